import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { importFrameworkWorkbook } from '../../../../../main/services/framework/framework-import';
import {
  loadUserPack,
  userPackPath,
} from '../../../../../main/services/framework/framework-pack-store';
import { GB921_HEADER, GOOD_ROWS, makeWorkbook } from '../../../shared/codecs/workbook-fixture';
import {
  SHEET_HEAD,
  SHEET_TAIL,
  deflateRepeated,
  inlineRow,
  workbookParts,
  zipOf,
} from '../../../../support/zip-parts';

const REAL_WORKBOOK = path.resolve(
  import.meta.dirname,
  '../../../../../../shared/reference/etom/GB921_Business_Process_Framework_Processes_Excel_v25.5.xlsx',
);

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'etom-import-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function failureOf(promise: Promise<unknown>): Promise<HostFailure> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(HostFailure);
  return caught as HostFailure;
}

describe('importFrameworkWorkbook', () => {
  it('stores the processes with descriptions as a user pack in the app-data folder only', async () => {
    const appDataDir = await tempDir();
    const inbox = await tempDir();
    const source = path.join(inbox, 'GB921 test.xlsx');
    await writeFile(source, await makeWorkbook(GOOD_ROWS));
    const report = await importFrameworkWorkbook({
      appDataDir,
      path: source,
      now: () => new Date('2026-01-02T03:04:05Z'),
    });
    expect(report).toMatchObject({
      packId: 'gb921-v25.5-licensed',
      release: '25.5',
      file: 'GB921 test.xlsx',
      sheet: 'eTOM25,5',
      rowsRead: 4,
      processCount: 5,
      countsByLevel: { 1: 2, 2: 2, 3: 1 },
      synthesized: ['1.3', '1.7'],
      rejected: [],
      rejectedCount: 0,
      replaced: false,
    });
    expect(await readdir(path.join(appDataDir, 'packs'))).toEqual(['gb921-v25.5-licensed.json']);
    expect(await readdir(inbox)).toEqual(['GB921 test.xlsx']);
    const pack = await loadUserPack(appDataDir, 'gb921-v25.5-licensed');
    expect(pack.source).toBe('user');
    expect(pack.processes.find((p) => p.id === '1.3.1')?.briefDescription).toBe('Alpha short');
    const stored = JSON.parse(await readFile(userPackPath(appDataDir, pack.id), 'utf8')) as {
      importedAt: string;
      importedFrom: string;
    };
    expect(stored.importedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(stored.importedFrom).toBe('GB921 test.xlsx');

    const again = await importFrameworkWorkbook({
      appDataDir,
      path: source,
      packId: 'my-pack',
      label: 'Mine',
    });
    expect(again).toMatchObject({ packId: 'my-pack', label: 'Mine', replaced: false });
    const third = await importFrameworkWorkbook({ appDataDir, path: source, packId: 'my-pack' });
    expect(third.replaced).toBe(true);
  });

  it('reports bad rows and still imports the good ones', async () => {
    const appDataDir = await tempDir();
    const source = path.join(await tempDir(), 'rows.xlsx');
    const rows = [...GOOD_ROWS, ['Orphan', '1.9.9.9', 3, '', '', 'X', null, null, null, null]];
    await writeFile(source, await makeWorkbook(rows));
    const report = await importFrameworkWorkbook({ appDataDir, path: source });
    expect(report.processCount).toBe(5);
    expect(report.rejected).toEqual([
      { row: 6, reason: 'process 1.9.9.9: parent 1.9.9 is not in the workbook' },
    ]);
  });

  it('refuses a wrong layout with the file, sheet and column, writing nothing', async () => {
    const appDataDir = await tempDir();
    const source = path.join(await tempDir(), 'layout.xlsx');
    await writeFile(
      source,
      await makeWorkbook(GOOD_ROWS, { header: GB921_HEADER.filter((h) => h !== 'Level') }),
    );
    const failure = await failureOf(importFrameworkWorkbook({ appDataDir, path: source }));
    expect(failure.error).toMatchObject({
      code: 'SCHEMA_ERROR',
      file: source,
      message: 'layout.xlsx, sheet "eTOM25,5": missing column "Level" in header row 1',
    });
    expect(existsSync(path.join(appDataDir, 'packs'))).toBe(false);
  });

  it('refuses missing files, other file types, relative paths, built-in ids and empty sheets', async () => {
    const appDataDir = await tempDir();
    const dir = await tempDir();
    expect(
      (await failureOf(importFrameworkWorkbook({ appDataDir, path: path.join(dir, 'none.xlsx') })))
        .error.code,
    ).toBe('NOT_FOUND');
    expect(
      (await failureOf(importFrameworkWorkbook({ appDataDir, path: path.join(dir, 'a.csv') })))
        .error.code,
    ).toBe('UNSUPPORTED');
    expect(
      (await failureOf(importFrameworkWorkbook({ appDataDir, path: 'rel.xlsx' }))).error.code,
    ).toBe('INVALID_ARGUMENT');
    const good = path.join(dir, 'good.xlsx');
    await writeFile(good, await makeWorkbook(GOOD_ROWS));
    const builtIn = await failureOf(
      importFrameworkWorkbook({ appDataDir, path: good, packId: 'gb921-v25.5' }),
    );
    expect(builtIn.error.code).toBe('ALREADY_EXISTS');
    const empty = path.join(dir, 'empty.xlsx');
    await writeFile(empty, await makeWorkbook([]));
    const none = await failureOf(importFrameworkWorkbook({ appDataDir, path: empty }));
    expect(none.error).toMatchObject({
      code: 'SCHEMA_ERROR',
      message: 'empty.xlsx, sheet "eTOM25,5": no process could be imported.',
    });
    const junk = path.join(dir, 'junk.xlsx');
    await writeFile(junk, 'not a workbook');
    expect((await failureOf(importFrameworkWorkbook({ appDataDir, path: junk }))).error.code).toBe(
      'SCHEMA_ERROR',
    );
  });

  it('refuses a workbook that unpacks to far more than it weighs, before ExcelJS loads it', async () => {
    const dir = await tempDir();
    const sheet = await deflateRepeated(
      inlineRow(['1.1.1', 'Market']),
      3_000_000,
      SHEET_HEAD,
      SHEET_TAIL,
    );
    const bomb = path.join(dir, 'bomb.xlsx');
    await writeFile(bomb, zipOf(workbookParts({ deflated: sheet })));
    const refused = await failureOf(importFrameworkWorkbook({ appDataDir: dir, path: bomb }));
    expect(refused.error).toMatchObject({ code: 'TOO_LARGE', file: bomb });
    expect(refused.error.message).toMatch(/^bomb\.xlsx: it unpacks to \d+ MB, and a workbook may/);
  });

  it.skipIf(!existsSync(REAL_WORKBOOK))(
    "imports TM Forum's real v25.5 workbook: 2,901 processes in the CSV's level counts",
    async () => {
      const appDataDir = await tempDir();
      const report = await importFrameworkWorkbook({ appDataDir, path: REAL_WORKBOOK });
      console.log(`real workbook imported in ${report.durationMs} ms`);
      expect(report).toMatchObject({
        packId: 'gb921-v25.5-licensed',
        rowsRead: 3167,
        processCount: 2901,
        countsByLevel: { 1: 8, 2: 120, 3: 630, 4: 1459, 5: 450, 6: 167, 7: 67 },
        rejectedCount: 0,
      });
      const pack = await loadUserPack(appDataDir, report.packId);
      expect(pack.processes).toHaveLength(2901);
      const l2 = pack.processes.filter((p) => p.level === 2);
      expect(l2.every((p) => (p.briefDescription ?? '').length > 0)).toBe(true);
    },
    60_000,
  );
});
