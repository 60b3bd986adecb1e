import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const referenceDir = path.resolve(root, '../shared/reference/etom');
const packsDir = path.join(root, 'shared/etom/packs');
const hasReference = existsSync(path.join(referenceDir, 'gb921-v25.5.csv'));
const run = promisify(execFile);

if (!hasReference) {
  console.warn(`build-packs test skipped: reference data not found at ${referenceDir}`);
}

describe.skipIf(!hasReference)('npm run build:packs', () => {
  const temps: string[] = [];
  afterAll(async () => {
    await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('regenerates exactly the committed pack files from the reference CSVs', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'etom-packs-'));
    temps.push(out);
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    await run(tsx, ['scripts/build-packs.ts', '--reference', referenceDir, '--out', out], {
      cwd: root,
    });
    const committed = (await readdir(packsDir)).filter((name) => name.endsWith('.json')).sort();
    expect((await readdir(out)).sort()).toEqual(committed);
    for (const name of committed) {
      const fresh = await readFile(path.join(out, name), 'utf8');
      const kept = await readFile(path.join(packsDir, name), 'utf8');
      expect(fresh === kept, `${name} differs from a fresh build: run npm run build:packs`).toBe(
        true,
      );
    }
  }, 60_000);
});
