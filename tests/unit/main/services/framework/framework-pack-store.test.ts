import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import {
  listUserPackFiles,
  loadUserPack,
  userPackPath,
  writeUserPack,
} from '../../../../../main/services/framework/framework-pack-store';
import type { UserPackFile } from '../../../../../shared/etom/pack-schema';
import type { FrameworkProcessId, PackId } from '../../../../../shared/model/ids';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function appData(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'etom-store-'));
  temps.push(dir);
  return dir;
}

const file = (id: string): UserPackFile => ({
  format: 'etom-studio.framework-pack',
  version: 1,
  importedAt: '2026-01-01T00:00:00.000Z',
  importedFrom: 'x.xlsx',
  pack: {
    id: id as PackId,
    label: 'Mine',
    release: '25.5',
    attribution: 'a',
    reconstructed: false,
    source: 'user',
    processes: [
      {
        id: '1.1' as FrameworkProcessId,
        level: 1,
        name: 'One',
        parentId: null,
        domain: 'D',
        verticalGroups: [],
      },
    ],
  },
});

describe('user pack store', () => {
  it('writes, lists and loads user packs', async () => {
    const dir = await appData();
    await writeUserPack(dir, file('b-pack'));
    await writeUserPack(dir, file('a-pack'));
    const { files, problems } = await listUserPackFiles(dir);
    expect(files.map((f) => f.pack.id)).toEqual(['a-pack', 'b-pack']);
    expect(problems).toEqual([]);
    expect((await loadUserPack(dir, 'a-pack')).processes[0]?.name).toBe('One');
  });

  it('lists nothing when the packs folder does not exist', async () => {
    expect(await listUserPackFiles(await appData())).toEqual({ files: [], problems: [] });
  });

  it('reports broken files by name and path instead of failing the list', async () => {
    const dir = await appData();
    await writeUserPack(dir, file('good'));
    await writeFile(userPackPath(dir, 'truncated'), '{"format":"etom-studio.framework-pack","ver');
    await writeFile(userPackPath(dir, 'wrong'), JSON.stringify({ ...file('wrong'), version: 99 }));
    await writeFile(userPackPath(dir, 'other-id'), JSON.stringify(file('elsewhere')));
    await writeFile(path.join(dir, 'packs', 'Not A Pack.json'), '{}');
    const { files, problems } = await listUserPackFiles(dir);
    expect(files.map((f) => f.pack.id)).toEqual(['good']);
    expect(problems.map((p) => [p.code, path.basename(p.file ?? '')])).toEqual([
      ['SCHEMA_ERROR', 'other-id.json'],
      ['PARSE_ERROR', 'truncated.json'],
      ['SCHEMA_ERROR', 'wrong.json'],
    ]);
    expect(problems[2]?.jsonPath).toBe('version');
  });

  it('refuses pack ids that are not plain file names and unknown packs', async () => {
    const dir = await appData();
    for (const id of ['../escape', 'a/b', 'UPPER', '', 'a..b']) {
      expect(() => userPackPath(dir, id)).toThrow(HostFailure);
    }
    await mkdir(path.join(dir, 'packs'));
    await expect(loadUserPack(dir, 'absent')).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});
