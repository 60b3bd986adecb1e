import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/run-cli';
import type { CliIo } from '../../../../main/cli/cli-io';
import { dispatch } from '../../../../main/host/dispatch';
import { createHostHandlers, type HostServices } from '../../../../main/host/host-handlers';
import { parseCsv } from '../../../../shared/codecs/csv';
import type { FrameworkProcessId } from '../../../../shared/model/ids';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import { companyProcess, mappingTo, TEST_FRAMEWORK } from '../../../fixtures/model-builders';
import { readPdf } from '../../../support/pdf-reader';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';

let dir: string;
let cleanup: () => Promise<void>;
let services: HostServices;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-report-host-'));
  services = createHostHandlers({
    appDataDir: path.join(dir, 'app-data'),
    host: 'browser',
    version: '0',
  });
});
afterEach(async () => {
  await services.dispose();
  await cleanup();
});

const decision = (id: string) => ({
  target: { pack: TEST_FRAMEWORK.pack, release: '25.5', id: id as FrameworkProcessId },
  status: 'in' as const,
  review: 'agreed' as const,
});

/** 1.3.7 (six L3s) in scope, two of them mapped, one from a process named like a formula. */
function document(): WorkspaceDocument {
  const base = buildDocument({ processes: 0, diagrams: 0 });
  return {
    ...base,
    processes: {
      ...base.processes,
      processes: [
        companyProcess('c1', '=HYPERLINK("http://evil","x")', null, { code: '@C1' }),
        companyProcess('c2', 'Open trouble ticket'),
      ],
    },
    mappings: {
      ...base.mappings,
      mappings: [
        mappingTo('m1', 'c1', '1.3.7.1', 'full'),
        mappingTo('m2', 'c2', '1.3.7.5', 'partial', { rationale: '-1 day SLA' }),
      ],
    },
    scope: { ...base.scope, entries: [decision('1.3.7')] },
  };
}

async function exportTo(
  file: string,
  kind: string,
  format: string,
  extra: Record<string, unknown> = {},
) {
  const { workspace, processes, mappings, scope } = document();
  return dispatch(services.handlers, 'report.export', {
    path: path.join(dir, file),
    kind,
    format,
    workspace,
    processes,
    mappings,
    scope,
    ...extra,
  });
}

async function cliCoverage(format: 'csv' | 'json'): Promise<string> {
  const folder = path.join(dir, `ws-${format}`);
  await writeWorkspaceFiles(folder, document());
  const io: CliIo & { out: string } = {
    out: '',
    env: { ETOM_STUDIO_DATA_DIR: path.join(dir, 'app-data') },
    stdout: (text: string) => void (io.out += text),
    stderr: () => undefined,
  };
  expect(await runCli(['coverage', folder, '--format', format], io)).toBe(0);
  return io.out;
}

describe('report.export', () => {
  it('writes the coverage as CSV and JSON with the same rows as the command line', async () => {
    const csv = await exportTo('coverage.csv', 'coverage', 'csv');
    expect(csv).toMatchObject({ ok: true, value: { rows: 42 } });
    const text = await readFile(path.join(dir, 'coverage.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text)).toEqual(parseCsv(await cliCoverage('csv')));
    const cells = parseCsv(text).flat();
    expect(cells).toContain(`'=HYPERLINK("http://evil","x")`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

    expect(await exportTo('coverage.json', 'coverage', 'json')).toMatchObject({ ok: true });
    const json = await readFile(path.join(dir, 'coverage.json'), 'utf8');
    expect(JSON.parse(json)).toEqual(JSON.parse(await cliCoverage('json')));
  });

  it('writes the coverage XLSX as a summary and a sheet per level, with no mappings', async () => {
    expect(await exportTo('coverage.xlsx', 'coverage', 'xlsx')).toMatchObject({ ok: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'coverage.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'L2', 'L3', 'L4']);
    expect(book.getWorksheet('L2')!.getRow(2).values).toEqual(
      expect.arrayContaining(['1.3.7', 2, 6, 25]),
    );
  });

  it('writes the mapping table as CSV and XLSX, names and labels resolved, cells neutralised', async () => {
    expect(await exportTo('mappings.csv', 'mappings', 'csv')).toMatchObject({
      ok: true,
      value: { rows: 2 },
    });
    const rows = parseCsv(await readFile(path.join(dir, 'mappings.csv'), 'utf8'));
    expect(rows[0]?.slice(0, 10)).toEqual([
      'mapping_id',
      'company_process',
      'company_code',
      'pack',
      'release',
      'framework_id',
      'framework_level',
      'framework_name',
      'alignment',
      'status',
    ]);
    const open = rows.find((r) => r[0] === 'm2')!;
    expect(open.slice(1, 11)).toEqual([
      'Open trouble ticket',
      '',
      'gb921-v25.5',
      '25.5',
      '1.3.7.5',
      '3',
      expect.stringMatching(/\w/) as string,
      'Partial',
      'draft',
      `'-1 day SLA`,
    ]);
    const hostile = rows.find((r) => r[0] === 'm1')!;
    expect(hostile.slice(1, 3)).toEqual([`'=HYPERLINK("http://evil","x")`, `'@C1`]);

    expect(await exportTo('mappings.xlsx', 'mappings', 'xlsx')).toMatchObject({ ok: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'mappings.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Mappings']);
    const sheet = book.getWorksheet('Mappings')!;
    expect(sheet.rowCount).toBe(3);
    const ids = [2, 3].map((r) => sheet.getRow(r).getCell(1).value);
    expect(ids.sort()).toEqual(['m1', 'm2']);
  });

  it('writes the alignment report as HTML and XLSX', async () => {
    expect(await exportTo('report.html', 'report', 'html')).toMatchObject({ ok: true });
    const html = await readFile(path.join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('data-n-m="2/6"');
    expect(html).not.toMatch(/<script/i);
    expect(await exportTo('report.xlsx', 'report', 'xlsx')).toMatchObject({ ok: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'report.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'L2', 'L3', 'L4', 'Mappings']);
  });

  it('writes the alignment report as PDF, with the rows of the HTML report', async () => {
    expect(await exportTo('report.pdf', 'report', 'pdf')).toMatchObject({ ok: true });
    const pdf = await readPdf(await readFile(path.join(dir, 'report.pdf')));
    const text = pdf.pages.map((p) => p.text).join('\n');
    expect(text).toMatch(/Scope \[2\/6\]/);
    expect(text).toContain('=HYPERLINK("http://evil","x")');
    expect(text).toContain('-1 day SLA');
  });

  it('writes the alignment report as CSV: the sections of the HTML report as rows of one table', async () => {
    expect(await exportTo('report.csv', 'report', 'csv')).toMatchObject({ ok: true });
    const rows = parseCsv((await readFile(path.join(dir, 'report.csv'), 'utf8')).slice(1));
    const sections = new Set(rows.slice(1).map((r) => r[0]));
    expect([...sections]).toEqual(expect.arrayContaining(['coverage', 'mapping', 'gap']));
    expect(rows).toContainEqual(expect.arrayContaining(['coverage', '1.3.7', 'Scope [2/6]']));
  });

  it('keeps an existing file unless told to replace it, and refuses a wrong name or format', async () => {
    await writeFile(path.join(dir, 'kept.csv'), 'mine');
    expect(await exportTo('kept.csv', 'mappings', 'csv')).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_EXISTS' },
    });
    expect(await readFile(path.join(dir, 'kept.csv'), 'utf8')).toBe('mine');
    expect(await exportTo('kept.csv', 'mappings', 'csv', { overwrite: true })).toMatchObject({
      ok: true,
    });
    expect(await exportTo('wrong.xlsx', 'mappings', 'csv')).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/ending in \.csv/) as string,
      },
    });
    expect(await exportTo('report.json', 'report', 'json')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await exportTo('no/such/folder/x.csv', 'mappings', 'csv')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('checks the files it is sent like files read from disk', async () => {
    const { workspace, processes, mappings, scope } = document();
    const result = await dispatch(services.handlers, 'report.export', {
      path: path.join(dir, 'bad.csv'),
      kind: 'mappings',
      format: 'csv',
      workspace,
      processes: {
        ...processes,
        processes: [...processes.processes, companyProcess('c9', 'Loop', 'c9')],
      },
      mappings,
      scope,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});
