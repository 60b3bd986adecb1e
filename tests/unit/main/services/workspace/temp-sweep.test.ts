import { readdir, utimes, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempNameFor } from '../../../../../main/services/workspace/atomic-write';
import { ownerTag } from '../../../../../main/services/workspace/lock-owner';
import { sweepOrphanTemps } from '../../../../../main/services/workspace/temp-sweep';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { deadPid, liveProcess } from '../../../../fixtures/lock-fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-sweep-'));
});
afterEach(() => cleanup());

async function plant(name: string, ageMs = 0): Promise<string> {
  await writeFile(path.join(dir, name), 'half a file');
  const at = new Date(Date.now() - ageMs);
  await utimes(path.join(dir, name), at, at);
  return name;
}

describe('sweepOrphanTemps', () => {
  it('keeps the temp files of a live process on this machine and removes the rest', async () => {
    const other = liveProcess();
    try {
      const live = await plant(tempNameFor('processes.json', 'aaaaaaaa11', ownerTag(other.pid)));
      const dead = await plant(
        tempNameFor('processes.json', 'bbbbbbbb22', ownerTag(await deadPid())),
      );
      const ours = await plant(tempNameFor('workspace.json', 'cccccccc33'));
      const elsewhere = await plant(
        tempNameFor('mappings.json', 'dddddddd44', ownerTag(other.pid, 'another-machine')),
      );
      const legacyOld = await plant('.mappings.json.eeeeeeee55.etom-tmp', 5 * 60_000);
      const legacyYoung = await plant('.mappings.json.ffffffff66.etom-tmp');
      const notOurs = await plant('notes.etom-tmp.txt');

      const result = await sweepOrphanTemps([dir]);

      expect(result).toEqual({ found: 6, removed: 4, kept: 2 });
      expect((await readdir(dir)).sort()).toEqual([live, legacyYoung, notOurs].sort());
      // Removed: a dead process's, this process's (its saves hold the save lock, as the sweep
      // does), another machine's (it writes only holding the locks the sweep holds), and an
      // owner-less one older than any save.
      for (const gone of [dead, ours, elsewhere, legacyOld]) {
        expect(await readdir(dir)).not.toContain(gone);
      }
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('skips folders that do not exist', async () => {
    expect(await sweepOrphanTemps([path.join(dir, 'missing')])).toEqual({
      found: 0,
      removed: 0,
      kept: 0,
    });
  });
});
