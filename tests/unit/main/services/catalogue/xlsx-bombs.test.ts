import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxOfRows } from '../../../../../main/services/catalogue/xlsx-table';
import type { HostResult } from '../../../../../shared/ipc/errors';
import type { Table } from '../../../../../shared/catalogue-io/table-text';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { measure, startHostChild, type HostChild } from '../../../../support/host-harness';
import { reportFigures } from '../../../../support/scorecard';
import {
  SHEET_HEAD,
  SHEET_TAIL,
  deflateRepeated,
  inlineRow,
  workbookParts,
  zipOf,
} from '../../../../support/zip-parts';

/*
 * XLSX workbooks that unpack to far more than they weigh, through the real host services in a
 * child process (host-child.ts) with a ping every 10 ms: `catalogue.readTable` (the import of
 * company processes). Before, ExcelJS loaded them whole on the host's own thread: a 490 KB
 * file of three million rows blocked it for 12 s, and one of five large sheets killed it out of
 * memory after two minutes. Now the workbook is read in the read worker, after a check of what
 * it unpacks to (zip-inflation.ts). Times are reported, never asserted.
 */
const MB = 1024 * 1024;

let base: string;
let cleanup: () => Promise<void>;
let host: HostChild;

beforeAll(async () => {
  const temp = await makeTempDir('etom-xlsx-bombs-');
  base = temp.dir;
  cleanup = temp.cleanup;
  host = await startHostChild(path.join(base, 'app-data'));
}, 60_000);
afterAll(async () => {
  await host?.stop();
  await cleanup();
});

async function readTable(file: string) {
  const measured = await measure(host, () => host.call('catalogue.readTable', { path: file }));
  return { ...measured, result: measured.value.result as HostResult<Table> };
}

describe.skipIf(process.platform !== 'linux')('XLSX bombs in the process import', () => {
  it('refuses three million rows packed into a file of under 2 MB, and stays responsive', async () => {
    const sheet = await deflateRepeated(
      inlineRow(['Process', 'P-1', 'A description']),
      3_000_000,
      SHEET_HEAD,
      SHEET_TAIL,
    );
    const file = path.join(base, 'rows.xlsx');
    const bytes = zipOf(workbookParts({ deflated: sheet }));
    await writeFile(file, bytes);
    const read = await readTable(file);
    expect(read.result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', file } });
    expect(read.result.ok === false && read.result.error.message).toMatch(
      /^rows\.xlsx: it unpacks to \d+ MB, and a workbook may unpack to at most 64 MB/,
    );
    reportFigures('D.16', 'XLSX of 3 million rows, catalogue.readTable', {
      'file KB': Math.round(bytes.length / 1024),
      'unpacks to MB': Math.round(sheet.size / MB),
      refused: 'TOO_LARGE by what it unpacks to',
      crashes: 0,
      'peak RSS growth MB': read.peakRssGrowthMb,
      'longest ping ms': read.longestPingMs,
      'longest main-thread busy ms': read.longestBusyMs,
      'answered in ms': read.ms,
    });
    expect((await host.call('app.ping', {})).result).toEqual({ ok: true, value: 'pong' });
  }, 120_000);

  it('reads a real workbook of 5,000 rows in the worker', async () => {
    const rows = [
      ['Name', 'Code', 'Description'],
      ...Array.from({ length: 5_000 }, (_, i) => [`Process ${i}`, `P-${i}`, `Does step ${i}`]),
    ];
    const file = path.join(base, 'real.xlsx');
    await writeFile(file, await xlsxOfRows('Processes', rows));
    const read = await readTable(file);
    expect(read.result.ok).toBe(true);
    const table = read.result.ok ? read.result.value : null;
    expect(table?.rows).toHaveLength(5_000);
    expect(table?.rows[4_999]).toEqual(['Process 4999', 'P-4999', 'Does step 4999']);
    reportFigures('D.16', 'XLSX of 5,000 rows read, catalogue.readTable', {
      'longest ping ms': read.longestPingMs,
      'longest main-thread busy ms': read.longestBusyMs,
      'answered in ms': read.ms,
    });
  }, 120_000);
});
