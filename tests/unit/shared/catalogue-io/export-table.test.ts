import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../../shared/catalogue-io/cell-text';
import { catalogueCsv } from '../../../../shared/catalogue-io/export-table';
import { guessColumns } from '../../../../shared/catalogue-io/columns';
import { planImport, splitPath } from '../../../../shared/catalogue-io/import-plan';
import { parseTableText } from '../../../../shared/catalogue-io/table-text';
import { parseCsv } from '../../../../shared/codecs/csv';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import { companyProcess } from '../../../fixtures/model-builders';

const processes = [
  companyProcess('c', 'Capture', 'o', { order: 0, description: '=cmd|"/c calc"!A1' }),
  companyProcess('o', 'Orders', 's', { order: 0, code: '+O', owner: '@ops' }),
  companyProcess('s', 'Sales', null, {
    order: 0,
    code: 'S',
    tags: ['core', 'retail'],
    extension: true,
  }),
  companyProcess('t', '-Tab', null, { order: 1, description: '\tlead' }),
];

describe('catalogue export', () => {
  it('neutralises every cell a spreadsheet would take for a formula, and no other', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    for (const cell of ['1=1', 'a-b', '', "'quoted", ' =x'])
      expect(neutraliseCell(cell)).toBe(cell);
    const rows = parseCsv(catalogueCsv(processes));
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(rows[1]).toEqual(['S', 'Sales', 'Sales', '', '', '', '', 'core; retail', 'yes']);
    expect(rows[2]).toEqual(["'+O", 'Orders', 'Sales/Orders', 'S', '', '', "'@ops", '', '']);
    expect(rows[3]?.[5]).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('reads back as the same tree and fields through an import', () => {
    const text = catalogueCsv(processes);
    const table = parseTableText(text);
    const plan = planImport(table, guessColumns(table.header), {
      existing: [],
      framework: { pack: 'p', release: '1' },
      alignments: DEFAULT_ALIGNMENTS,
    });
    expect(plan.problems).toEqual([]);
    const strip = ({ id: _id, parentId: _p, ...rest }: (typeof processes)[number]) => rest;
    expect(plan.processes.map(strip)).toEqual([
      strip(processes[2]!),
      strip(processes[1]!),
      strip(processes[0]!),
      strip(processes[3]!),
    ]);
  });

  it('escapes / and \\ in the Path column, so names holding them read back as one process', () => {
    const slashed = [
      companyProcess('a', 'Sales/Marketing', null, { order: 0 }),
      companyProcess('b', 'Leads \\ referrals', 'a', { order: 0 }),
      companyProcess('c', 'Qualify 1/2', 'b', { order: 0 }),
      companyProcess('d', 'Sales', null, { order: 1 }),
      companyProcess('e', 'Marketing', 'd', { order: 0 }),
    ];
    const text = catalogueCsv(slashed);
    expect(parseCsv(text).map((row) => row[2])).toEqual([
      'Path',
      'Sales\\/Marketing',
      'Sales\\/Marketing/Leads \\\\ referrals',
      'Sales\\/Marketing/Leads \\\\ referrals/Qualify 1\\/2',
      'Sales',
      'Sales/Marketing',
    ]);
    const table = parseTableText(text);
    const plan = planImport(table, guessColumns(table.header), {
      existing: [],
      framework: { pack: 'p', release: '1' },
      alignments: DEFAULT_ALIGNMENTS,
    });
    expect(plan.problems).toEqual([]);
    expect(plan.createdForPaths).toBe(0);
    const byId = new Map(plan.processes.map((p) => [p.id, p]));
    const pathOf = (name: string): string[] => {
      let at = plan.processes.find((p) => p.name === name);
      const names: string[] = [];
      while (at) {
        names.unshift(at.name);
        at = at.parentId === null ? undefined : byId.get(at.parentId);
      }
      return names;
    };
    expect(plan.processes.map((p) => p.name)).toEqual(slashed.map((p) => p.name));
    expect(pathOf('Qualify 1/2')).toEqual(['Sales/Marketing', 'Leads \\ referrals', 'Qualify 1/2']);
    expect(pathOf('Marketing')).toEqual(['Sales', 'Marketing']);
  });

  it('reads an unescaped backslash in a path as text (files written before the escaping)', () => {
    expect(splitPath('Ops\\NOC / Alarms')).toEqual(['Ops\\NOC', 'Alarms']);
    expect(splitPath('A\\/B/C\\\\D')).toEqual(['A/B', 'C\\D']);
  });
});
