import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/cli-io';
import { runCli } from '../../../../main/cli/run-cli';
import { parseCsv } from '../../../../shared/codecs/csv';
import type { FrameworkProcessId } from '../../../../shared/model/ids';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import { companyProcess, mappingTo, TEST_FRAMEWORK } from '../../../fixtures/model-builders';
import { buildDocument, writeWorkspaceFiles } from '../../../fixtures/workspace-builder';

let temp = '';
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'etom-cli-coverage-'));
  await mkdir(path.join(temp, 'app-data'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

function bufferIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env: { ETOM_STUDIO_DATA_DIR: path.join(temp, 'app-data') },
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

const decision = (id: string) => ({
  target: { pack: TEST_FRAMEWORK.pack, release: '25.5', id: id as FrameworkProcessId },
  status: 'in' as const,
  review: 'agreed' as const,
});

/** A workspace with 1.3.7 (six L3s) in scope, two of them mapped, one by a hostile name. */
async function workspace(name: string): Promise<string> {
  const base = buildDocument({ processes: 0, diagrams: 0 });
  const document: WorkspaceDocument = {
    ...base,
    processes: {
      ...base.processes,
      processes: [
        companyProcess('c1', '=HYPERLINK("http://evil","x")'),
        companyProcess('c2', 'Open trouble ticket'),
        companyProcess('c3', '<script>alert(1)</script>'),
      ],
    },
    mappings: {
      ...base.mappings,
      mappings: [
        mappingTo('m1', 'c1', '1.3.7.1', 'full'),
        mappingTo('m2', 'c2', '1.3.7.5', 'partial', { rationale: '<b>not bold</b>' }),
      ],
    },
    scope: { ...base.scope, entries: [decision('1.3.7')] },
  };
  const dir = path.join(temp, name);
  await writeWorkspaceFiles(dir, document);
  return dir;
}

describe('coverage command', () => {
  it('prints the roll-up of every in-scope process as CSV, formulas neutralised', async () => {
    const dir = await workspace('csv');
    const io = bufferIo();
    expect(await runCli(['coverage', dir], io)).toBe(0);
    const rows = parseCsv(io.out);
    expect(rows[0]).toEqual([
      'pack',
      'id',
      'level',
      'name',
      'scope_from',
      'covered_children',
      'in_scope_children',
      'score_percent',
      'weight_percent',
      'covered',
      'direct_mappings',
      'company_processes',
    ]);
    const l2 = rows.find((r) => r[1] === '1.3.7')!;
    expect(l2.slice(4, 10)).toEqual(['own', '2', '6', '25', '25', 'yes']);
    const hostile = rows.find((r) => r[1] === '1.3.7.1')!;
    expect(hostile[11]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows.every((r) => r.every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);
  });

  it('prints the same numbers as JSON', async () => {
    const dir = await workspace('json');
    const io = bufferIo();
    expect(await runCli(['coverage', dir, '--format', 'json'], io)).toBe(0);
    const parsed = JSON.parse(io.out) as { pack: string; rows: Array<Record<string, unknown>> };
    expect(parsed.pack).toBe('gb921-v25.5');
    expect(parsed.rows.find((r) => r.id === '1.3.7')).toMatchObject({
      coveredChildren: 2,
      inScopeChildren: 6,
      scorePercent: 25,
    });
  });

  it('names the folder and the file when the workspace cannot be read', async () => {
    const io = bufferIo();
    expect(await runCli(['coverage', path.join(temp, 'nowhere')], io)).toBe(1);
    expect(io.err).toMatch(/nowhere: no such folder/);
    const usage = bufferIo();
    expect(await runCli(['coverage', temp, '--format', 'xml'], usage)).toBe(2);
    expect(usage.err).toMatch(/--format must be one of csv, json/);
  });
});

describe('report command', () => {
  it('writes a self-contained HTML report with every user string escaped', async () => {
    const dir = await workspace('html');
    const out = path.join(temp, 'report.html');
    expect(await runCli(['report', dir, '--format', 'html', '--out', out], bufferIo())).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<b>not bold/);
    expect(html).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    expect(html).not.toMatch(/\b(?:src|href)=/i);
    expect(html).toContain('data-n-m="2/6"');
    expect(html).toContain('Scope [0/m]');
  });

  it('writes an XLSX with a summary, a sheet per level in scope and the mappings', async () => {
    const dir = await workspace('xlsx');
    const out = path.join(temp, 'report.xlsx');
    expect(await runCli(['report', dir, '--format', 'xlsx', '--out', out], bufferIo())).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const names = book.worksheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['Summary', 'L2', 'L3']);
    expect(names[names.length - 1]).toBe('Mappings');
    const l2 = book.getWorksheet('L2')!;
    expect(l2.getRow(2).values).toEqual(expect.arrayContaining(['1.3.7', 2, 6, 25]));
    const mapped = book.getWorksheet('Mappings')!.getRow(2).getCell(2).value;
    expect(mapped).toBe(`'=HYPERLINK("http://evil","x")`);
  });

  it('writes the report as one CSV table, each row naming its section, formulas neutralised', async () => {
    const dir = await workspace('csv-report');
    const out = path.join(temp, 'report.csv');
    expect(await runCli(['report', dir, '--format', 'csv', '--out', out], bufferIo())).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'section',
      'framework_id',
      'framework_level',
      'framework_name',
      'scope',
      'coverage_percent',
      'company_process',
      'alignment',
      'status',
      'rationale',
    ]);
    const of = (section: string) => rows.filter((r) => r[0] === section);
    // 1.3.7 in scope: one of its six L3s mapped fully, one partly: 2 of 6, (1 + 1/2) / 6.
    expect(of('coverage')).toEqual([
      [
        'coverage',
        '1.3.7',
        '2',
        expect.any(String) as unknown,
        'Scope [2/6]',
        '25',
        '',
        '',
        '',
        '',
      ],
    ]);
    expect(of('mapping').map((r) => [r[1], r[6], r[7], r[9]])).toEqual([
      ['1.3.7.1', `'=HYPERLINK("http://evil","x")`, 'Full', ''],
      ['1.3.7.5', 'Open trouble ticket', 'Partial', '<b>not bold</b>'],
    ]);
    expect(of('gap').map((r) => r[1])).toEqual(['1.3.7.2', '1.3.7.3', '1.3.7.4', '1.3.7.6']);
    expect(of('extension')).toEqual([
      ['extension', '', '', '', '', '', '<script>alert(1)</script>', '', 'no mapping yet', ''],
    ]);
  });

  it('refuses a file name that does not match the format', async () => {
    const dir = await workspace('wrong-ext');
    const io = bufferIo();
    expect(
      await runCli(['report', dir, '--format', 'xlsx', '--out', path.join(temp, 'r.html')], io),
    ).toBe(1);
    expect(io.err).toMatch(/must be a file ending in \.xlsx/);
  });
});
