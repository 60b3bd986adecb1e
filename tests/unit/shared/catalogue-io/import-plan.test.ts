import { describe, expect, it } from 'vitest';
import { guessColumns, columnsFromPairs } from '../../../../shared/catalogue-io/columns';
import { planImport, type ImportContext } from '../../../../shared/catalogue-io/import-plan';
import { parseTableText } from '../../../../shared/catalogue-io/table-text';
import { treeOrder } from '../../../../shared/commands/process-tree';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import { companyProcess } from '../../../fixtures/model-builders';
import type { CompanyProcess } from '../../../../shared/model/process-schema';

function context(existing: CompanyProcess[] = []): ImportContext {
  let n = 0;
  return {
    existing,
    framework: { pack: 'gb921-v25.5', release: '25.5' },
    alignments: DEFAULT_ALIGNMENTS,
    frameworkIds: new Map([
      ['1.3.3', 'uid-133'],
      ['1.2', undefined],
    ]),
    newId: (prefix) => `${prefix}-${(n += 1)}`,
    now: '2026-11-30T00:00:00Z',
  };
}

function plan(text: string, existing: CompanyProcess[] = []) {
  const table = parseTableText(text, 'test.csv');
  return planImport(table, guessColumns(table.header), context(existing));
}

function tree(processes: readonly CompanyProcess[]): string[] {
  return treeOrder(processes).map(({ process, depth }) => `${'.'.repeat(depth)}${process.name}`);
}

describe('planImport', () => {
  it('guesses the columns from the header and builds the tree from parent codes in any order', () => {
    const text =
      'Process name,Code,Parent,Owner,Level,Tags\nCapture,S-1-1,S-1,Ops,2,core; order\nSales,S,,,0,\nOrders,S-1,S,,1,\n';
    const result = plan(text);
    expect(result.problems).toEqual([]);
    expect(tree(result.processes)).toEqual(['Sales', '.Orders', '..Capture']);
    expect(result.processes[0]).toMatchObject({
      name: 'Capture',
      owner: 'Ops',
      level: 2,
      tags: ['core', 'order'],
    });
  });

  it('builds the tree from paths, finding parts by name and making the missing ones', () => {
    const existing = [companyProcess('sales', 'Sales', null, { order: 0 })];
    const text =
      'Path,Name\nSales/Orders/Capture,\nsales / orders,Validate\nBilling/Invoices,Invoices\nSales/Orders,\n';
    const result = plan(text, existing);
    expect(result.problems).toEqual([]);
    expect(tree([...existing, ...result.processes])).toEqual([
      'Sales',
      '.Orders',
      '..Capture',
      '..Validate',
      'Billing',
      '.Invoices',
    ]);
    // "Orders" is a row of its own (the last): the path of the first row found it, not a copy.
    expect(result.createdForPaths).toBe(1);
  });

  it('lists duplicate and taken codes, unknown parents and cycles by row and column', () => {
    const existing = [companyProcess('b', 'Billing', null, { code: 'B' })];
    const text = 'Name,Code,Parent code\nA,X,\nA2,x,\nB2,b,\nC,C,NOPE\nD,D,E\nE,E,D\nF,F,F\n';
    const result = plan(text, existing);
    expect(result.problems).toEqual([
      { row: 3, column: 'Code', message: 'the code "x" is also row 2\'s' },
      { row: 4, column: 'Code', message: 'the code "b" is already used by "Billing"' },
      { row: 5, column: 'Parent code', message: 'no process has the code "NOPE"' },
      { row: 8, column: 'Parent code', message: 'a process cannot be its own parent' },
      { row: 6, column: 'Parent code', message: 'the parent codes go round in a circle' },
      { row: 7, column: 'Parent code', message: 'the parent codes go round in a circle' },
    ]);
  });

  it('creates mappings in the workspace pack with the UID, and refuses an unknown id or alignment', () => {
    const text =
      'Name,eTOM id,Alignment\nCapture,1.3.3,Partial\nBoth,"1.3.3; 1.2",\nBad,9.9,full\nOdd,1.2,sideways\nLonely,,full\n';
    const result = plan(text);
    expect(result.mappings.map((m) => [m.target.id, m.target.uid, m.alignment])).toEqual([
      ['1.3.3', 'uid-133', 'partial'],
      ['1.3.3', 'uid-133', 'full'],
      ['1.2', undefined, 'full'],
    ]);
    expect(result.mappings[0]).toMatchObject({
      status: 'draft',
      target: { pack: 'gb921-v25.5', release: '25.5' },
    });
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [4, 'eTOM id'],
      [5, 'Alignment'],
      [6, 'Alignment'],
    ]);
  });

  it('takes formula-like text as text, and reads back a neutralised cell as what it stood for', () => {
    const result = plan(
      'Name,Description\n"=HYPERLINK(""http://x"")","\'=1+1"\n\'-Retail,\'@home\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.processes.map((p) => [p.name, p.description])).toEqual([
      ['=HYPERLINK("http://x")', '=1+1'],
      ['-Retail', '@home'],
    ]);
  });

  it('says which row lacks a name, and that a level or flag does not fit', () => {
    const result = plan('Name,Level,Not in eTOM\n,1,\nX,high,maybe\nY,3,yes\n');
    expect(result.problems).toEqual([
      { row: 2, column: 'Name', message: 'a process needs a name' },
      { row: 3, column: 'Level', message: '"high" is not a level from 0 to 20' },
      { row: 3, column: 'Not in eTOM', message: '"maybe" is neither yes nor no' },
    ]);
    expect(result.processes[2]).toMatchObject({ name: 'Y', level: 3, extension: true });
  });

  it('maps columns from the command line pairs, naming a wrong field or column', () => {
    const header = ['Process', 'Ref', 'Up'];
    expect(columnsFromPairs(header, 'name=process,code=Ref,parentCode=UP')).toEqual({
      name: 0,
      code: 1,
      parentCode: 2,
    });
    expect(() => columnsFromPairs(header, 'colour=Ref')).toThrow(/"colour" is not a field/);
    expect(() => columnsFromPairs(header, 'name=Title')).toThrow(/no column "Title"/);
  });

  it('plans 5,000 rows with a 10-wide tree', () => {
    const lines = ['Name,Code,Parent code'];
    for (let i = 0; i < 5000; i += 1)
      lines.push(`Process ${i},C${i},${i === 0 ? '' : `C${Math.floor((i - 1) / 10)}`}`);
    const result = plan(lines.join('\r\n'));
    expect(result.problems).toEqual([]);
    expect(result.processes).toHaveLength(5000);
    expect(tree(result.processes)[1]).toBe('.Process 1');
  });
});
