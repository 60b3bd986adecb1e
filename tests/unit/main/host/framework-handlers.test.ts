import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_METHODS } from '../../../../shared/ipc/contract';
import { createFrameworkHandlers } from '../../../../main/host/framework-handlers';
import { GOOD_ROWS, makeWorkbook } from '../../shared/codecs/workbook-fixture';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('createFrameworkHandlers', () => {
  it('offers every framework method of the contract', () => {
    const handlers = createFrameworkHandlers({ appDataDir: os.tmpdir() });
    const contractNames = Object.keys(HOST_METHODS).filter((name) => name.startsWith('framework.'));
    expect(Object.keys(handlers).sort()).toEqual(contractNames.sort());
  });

  it('lists the built-in packs, then imported ones, and loads an imported pack', async () => {
    const appDataDir = await mkdtemp(path.join(os.tmpdir(), 'etom-handlers-'));
    temps.push(appDataDir);
    const handlers = createFrameworkHandlers({ appDataDir });
    const before = await handlers['framework.listPacks']({});
    expect(before.problems).toEqual([]);
    expect(before.packs.map((pack) => [pack.id, pack.processCount, pack.hasDescriptions])).toEqual([
      ['gb921-v25.5', 2901, false],
      ['classic-r14', 448, false],
    ]);
    expect(before.packs[1]?.countsByLevel).toEqual({ 0: 3, 1: 15, 2: 104, 3: 326 });

    const source = path.join(appDataDir, 'in.xlsx');
    await writeFile(source, await makeWorkbook(GOOD_ROWS));
    const report = await handlers['framework.importWorkbook']({ path: source });
    const after = await handlers['framework.listPacks']({});
    expect(after.packs.map((pack) => pack.id)).toEqual([
      'gb921-v25.5',
      'classic-r14',
      report.packId,
    ]);
    expect(after.packs[2]).toMatchObject({
      source: 'user',
      hasDescriptions: true,
      importedFrom: 'in.xlsx',
      processCount: 5,
    });
    const pack = await handlers['framework.loadUserPack']({ packId: report.packId });
    expect(pack.processes).toHaveLength(5);
  });

  it('validates its arguments through the contract schemas', () => {
    expect(HOST_METHODS['framework.loadUserPack'].args.safeParse({ packId: '../x' }).success).toBe(
      false,
    );
    expect(HOST_METHODS['framework.importWorkbook'].args.safeParse({ path: '' }).success).toBe(
      false,
    );
    expect(HOST_METHODS['framework.listPacks'].args.safeParse({ extra: 1 }).success).toBe(false);
  });
});
