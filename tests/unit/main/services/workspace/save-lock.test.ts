import { readdir, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentOwner } from '../../../../../main/services/workspace/lock-owner';
import { createLock } from '../../../../../main/services/workspace/lock-file';
import { withSaveLock } from '../../../../../main/services/workspace/save-lock';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { deadPid, liveProcess } from '../../../../fixtures/lock-fixtures';
import { failureOf as failure } from '../../../helpers/host-failure';

const SAVE_LOCK = '.etom-studio.save.lock';
let dir: string;
let cleanup: () => Promise<void>;
let logs: string[];
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-save-lock-'));
  logs = [];
});
afterEach(() => cleanup());

const options = (waitMs = 5_000) => ({ waitMs, log: (m: string) => logs.push(m) });

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function plantSaveLock(pid: number, host: string, ageMs: number): Promise<void> {
  const owner = { ...currentOwner(), pid, host, user: 'mallory' };
  await createLock(path.join(dir, SAVE_LOCK), {
    app: 'eTOM Studio',
    ...owner,
    since: new Date().toISOString(),
    heartbeatMs: 2_000,
  });
  const at = new Date(Date.now() - ageMs);
  await utimes(path.join(dir, SAVE_LOCK), at, at);
}

describe('withSaveLock', () => {
  it('lets one instance at a time in, and removes its file afterwards', async () => {
    let inside = 0;
    let most = 0;
    const action = async (): Promise<void> => {
      inside += 1;
      most = Math.max(most, inside);
      await sleep(5);
      inside -= 1;
    };
    // Eight instances (each its own owner) contending at once.
    await Promise.all(
      Array.from({ length: 8 }, () => withSaveLock(dir, currentOwner(), options(), action)),
    );
    expect(most).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('breaks a save lock left by a process that is gone', async () => {
    await plantSaveLock(await deadPid(), hostname(), 0);
    expect(await withSaveLock(dir, currentOwner(), options(), () => Promise.resolve('saved'))).toBe(
      'saved',
    );
    expect(logs.join('\n')).toMatch(/Removing the save lock of mallory .* no longer running/);
  });

  it('breaks a save lock whose heartbeat stopped long ago, on any machine', async () => {
    await plantSaveLock(1, 'another-machine', 60_000);
    expect(await withSaveLock(dir, currentOwner(), options(), () => Promise.resolve(1))).toBe(1);
  });

  it('waits for a live holder, then answers LOCKED naming it', async () => {
    const other = liveProcess();
    try {
      await plantSaveLock(other.pid, hostname(), 0);
      let ran = false;
      const error = await failure(
        withSaveLock(dir, currentOwner(), options(150), () => {
          ran = true;
          return Promise.resolve();
        }),
      );
      expect(ran).toBe(false);
      expect(error.code).toBe('LOCKED');
      expect(error.message).toMatch(
        new RegExp(`mallory on .* \\(process ${other.pid}\\) has been saving this workspace`),
      );
      expect(await readdir(dir)).toEqual([SAVE_LOCK]);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
