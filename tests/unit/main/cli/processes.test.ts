import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows, xlsxOfRows } from '../../../../main/services/catalogue/xlsx-table';
import { readWorkspace } from '../../../../main/services/workspace/workspace-reader';
import { treeOrder } from '../../../../shared/commands/process-tree';
import { parseCsv } from '../../../../shared/codecs/csv';
import { buildDocument, writeWorkspaceFiles } from '../../../fixtures/workspace-builder';
import { reportFigures } from '../../../support/scorecard';
import { cliInProcess } from './cli-in-process';

const fixture = path.resolve(
  import.meta.dirname,
  '../../../fixtures/catalogue/operator-processes.csv',
);

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'etom-cli-processes-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function workspace(name: string): Promise<string> {
  const dir = path.join(temp, name);
  await writeWorkspaceFiles(dir, buildDocument({ processes: 0, diagrams: 1, nodesPerDiagram: 0 }));
  return dir;
}

const cli = (...argv: string[]) => cliInProcess(argv);

describe('processes import / export', () => {
  it('imports a semicolon CSV with codes, a quoted line break, a formula and a mapping', async () => {
    const dir = await workspace('import');
    const result = await cli('processes', 'import', dir, fixture);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^Imported 17 processes and 1 mappings from 17 rows/);
    const { document } = await readWorkspace(dir);
    const tree = treeOrder(document.processes.processes).map(
      ({ process, depth }) => `${'.'.repeat(depth)}${process.code}`,
    );
    expect(tree.slice(0, 3)).toEqual(['OTA', '.OTA-01', '.OTA-02']);
    const ota = document.processes.processes.find((p) => p.code === 'OTA');
    expect(ota?.description).toBe('End to end: from a signed order\nto a working service');
    expect(document.mappings.mappings).toMatchObject([
      { target: { pack: 'gb921-v25.5', id: '1.3.3' }, alignment: 'full', status: 'draft' },
    ]);
    // The same file again: every code is taken now, so nothing is written.
    const again = await cli('processes', 'import', dir, fixture);
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      'operator-processes.csv:2: Code: the code "OTA" is already used by "Order to activate"',
    );
    expect((await readWorkspace(dir)).document.processes.processes).toHaveLength(17);
  });

  it('exports CSV with formulas neutralised and XLSX that imports back to the same tree', async () => {
    const dir = await workspace('export');
    await cli('processes', 'import', dir, fixture);
    const csvOut = path.join(temp, 'out.csv');
    expect((await cli('processes', 'export', dir, '--format', 'csv', '--out', csvOut)).code).toBe(
      0,
    );
    const rows = parseCsv((await readFile(csvOut, 'utf8')).replace(/^\uFEFF/, ''));
    expect(rows.find((row) => row[0] === 'OTA-05')?.[5]).toBe('\'=HYPERLINK("http://x")');
    expect((await cli('processes', 'export', dir, '--format', 'csv', '--out', csvOut)).err).toMatch(
      /exists/,
    );
    const xlsxOut = path.join(temp, 'out.xlsx');
    expect((await cli('processes', 'export', dir, '--out', xlsxOut)).code).toBe(0);
    const copy = await workspace('copy');
    const back = await cli('processes', 'import', copy, xlsxOut);
    expect(back.err).toBe('');
    const names = async (d: string) =>
      treeOrder((await readWorkspace(d)).document.processes.processes).map(
        ({ process, depth }) =>
          `${depth}:${process.code}:${process.name}:${process.description ?? ''}`,
      );
    expect(await names(copy)).toEqual(await names(dir));
  });

  it('says what is wrong: a missing name column, an unknown --map column, an unreadable file', async () => {
    const dir = await workspace('errors');
    const noName = path.join(temp, 'no-name.csv');
    await writeFile(noName, 'Ref,Boss\nA,B\n');
    expect((await cli('processes', 'import', dir, noName)).err).toMatch(
      /no column gives the process name/,
    );
    const mapped = await cli('processes', 'import', dir, noName, '--map', 'name=Title');
    expect(mapped.code).toBe(2);
    expect(mapped.err).toMatch(/no column "Title"/);
    expect(
      (await cli('processes', 'import', dir, noName, '--map', 'name=Ref', '--dry-run')).out,
    ).toMatch(/Would import 1 processes/);
    const latin1 = path.join(temp, 'latin1.csv');
    await writeFile(
      latin1,
      Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
    );
    expect((await cli('processes', 'import', dir, latin1)).err).toMatch(/latin1\.csv: not UTF-8/);
    const broken = path.join(temp, 'broken.xlsx');
    await writeFile(broken, 'not a zip');
    expect((await cli('processes', 'import', dir, broken)).err).toMatch(
      /broken\.xlsx: not an XLSX workbook/,
    );
    expect((await cli('processes', 'import', dir, path.join(temp, 'none.csv'))).err).toMatch(
      /none\.csv: no such file/,
    );
  });

  it('imports 5,000 processes from CSV and from XLSX (figures)', async () => {
    const header = ['Name', 'Code', 'Parent code', 'Description', 'Owner'];
    const rows = [header];
    for (let i = 0; i < 5000; i += 1) {
      rows.push([
        `Process ${i}`,
        `C${i}`,
        i === 0 ? '' : `C${Math.floor((i - 1) / 10)}`,
        `Does thing ${i}, "well"`,
        'Ops',
      ]);
    }
    const csvFile = path.join(temp, 'big.csv');
    await writeFile(
      csvFile,
      rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'),
    );
    const xlsxFile = path.join(temp, 'big.xlsx');
    await writeFile(xlsxFile, await xlsxOfRows('Processes', rows));
    expect(await readXlsxRows(await readFile(xlsxFile), 'big.xlsx')).toHaveLength(5001);
    const timed = async (file: string, name: string) => {
      const dir = await workspace(name);
      const started = performance.now();
      const result = await cli('processes', 'import', dir, file);
      const ms = Math.round(performance.now() - started);
      expect(result.err).toBe('');
      expect((await readWorkspace(dir)).document.processes.processes).toHaveLength(5000);
      return ms;
    };
    const csvMs = await timed(csvFile, 'big-csv');
    const xlsxMs = await timed(xlsxFile, 'big-xlsx');
    reportFigures(
      'I.8',
      'catalogue import of 5,000 processes, read + plan + save (shared 2-core machine)',
      {
        'CSV ms': csvMs,
        'XLSX ms': xlsxMs,
      },
    );
    // A generous bound only: figures are reported, not asserted.
    expect(csvMs).toBeLessThan(60_000);
  }, 120_000);
});
