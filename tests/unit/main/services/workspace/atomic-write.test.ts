import {
  chmod,
  lstat,
  readFile,
  readdir,
  readlink,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import {
  atomicWrite,
  tempNameFor,
  tempOwnerOf,
  TEMP_NAME_PATTERN,
} from '../../../../../main/services/workspace/atomic-write';
import { hostTag } from '../../../../../main/services/workspace/lock-owner';
import { nodeAtomicFs } from '../../../../../main/services/workspace/atomic-fs';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { reportFigures } from '../../../../support/scorecard';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

async function rejection(promise: Promise<unknown>): Promise<HostFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostFailure) return error;
    throw error;
  }
  throw new Error('expected a HostFailure');
}

describe('atomicWrite', () => {
  it('creates a new file and replaces an existing one, leaving no temp', async () => {
    const target = path.join(dir, 'a.json');
    await atomicWrite(target, 'first\n');
    await atomicWrite(target, 'second\n');
    expect(await readFile(target, 'utf8')).toBe('second\n');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('keeps the mode of the file it replaces', async () => {
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await atomicWrite(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    reportFigures('A.6', 'atomic write over a 0640 file', { 'mode after the save': '0640' });
  });

  it('writes through a symlinked target and keeps the link', async () => {
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    await writeFile(real, 'old');
    await symlink(real, link);
    await atomicWrite(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
    reportFigures('A.5', 'save through a symlinked target', {
      'link kept': true,
      'target updated': true,
    });
  });

  it('never follows a symlink planted at the temp name', async () => {
    const target = path.join(dir, 'a.json');
    const victim = path.join(dir, 'victim.txt');
    await writeFile(target, 'old');
    await writeFile(victim, 'precious');
    const planted = path.join(dir, tempNameFor('a.json', 'aaaaaaaa'));
    await symlink(victim, planted);
    const ids = ['aaaaaaaa', 'bbbbbbbb', 'cccccccc'];
    const logs: string[] = [];
    await atomicWrite(target, 'new', {
      randomId: () => ids.shift() ?? 'dddddddd',
      log: (m) => logs.push(m),
    });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await lstat(planted)).isSymbolicLink()).toBe(true);
    expect(logs.some((m) => m.includes('not following'))).toBe(true);
    reportFigures('A.5', 'symlink planted at the temp name', {
      'followed (victim written)': 0,
      'save done under another temp name': true,
    });
  });

  it('names temps so the sweep recognises them, and the process that writes them', () => {
    const name = tempNameFor('processes.json', 'a1b2c3d4e5f6a7b8');
    expect(TEMP_NAME_PATTERN.test(name)).toBe(true);
    expect(TEMP_NAME_PATTERN.test('processes.json')).toBe(false);
    expect(tempOwnerOf(name)).toEqual({ pid: process.pid, hostTag: hostTag(hostname()) });
    // Temps of versions that did not record the owner are still temps, of no known owner.
    const legacy = '.processes.json.a1b2c3d4e5f6a7b8.etom-tmp';
    expect(TEMP_NAME_PATTERN.test(legacy)).toBe(true);
    expect(tempOwnerOf(legacy)).toBeNull();
  });

  it('aborts before the rename when beforeRename throws: target untouched, no temp left', async () => {
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'old');
    const refusal = new HostFailure({ code: 'CONFLICT', message: 'changed meanwhile' });
    const failure = await rejection(
      atomicWrite(target, 'new', { beforeRename: () => Promise.reject(refusal) }),
    );
    expect(failure).toBe(refusal);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  // Fault injection at the fs seam: a real disk cannot be made to fail on cue.
  it('retries a rename refused with EPERM three times, logs it, and succeeds', async () => {
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'old');
    let refusals = 3;
    const logs: string[] = [];
    const started = performance.now();
    await atomicWrite(target, 'new', {
      fs: {
        ...nodeAtomicFs,
        rename: (from, to) => {
          if (refusals-- > 0)
            return Promise.reject(Object.assign(new Error('busy'), { code: 'EPERM' }));
          return nodeAtomicFs.rename(from, to);
        },
      },
      log: (m) => logs.push(m),
    });
    const ms = performance.now() - started;
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(logs.filter((m) => m.includes('retry'))).toHaveLength(3);
    // The default retry delays: the bar is a save within 2 s (a figure, not an assertion).
    reportFigures('A.3', 'rename refused with EPERM x3, then allowed', {
      'retries logged': 3,
      saved: true,
      'save ms': Math.round(ms),
    });
  });

  it('fails after bounded retries on a permanent EPERM, keeping the old file', async () => {
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'old');
    let attempts = 0;
    const failure = await rejection(
      atomicWrite(target, 'new', {
        fs: {
          ...nodeAtomicFs,
          rename: () => {
            attempts += 1;
            return Promise.reject(Object.assign(new Error('locked'), { code: 'EPERM' }));
          },
        },
        renameRetryDelaysMs: [1, 1, 1, 1],
        log: () => undefined,
      }),
    );
    expect(attempts).toBe(5);
    expect(failure.error).toMatchObject({ code: 'IO_ERROR', osCode: 'EPERM' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.json']);
    reportFigures('A.3', 'permanent EPERM', {
      'rename attempts': attempts,
      'error code': 'EPERM',
      'old file kept': true,
    });
  });

  it('fails when the bytes read back differ, keeping the old file', async () => {
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'old');
    const failure = await rejection(
      atomicWrite(target, 'new', {
        fs: {
          ...nodeAtomicFs,
          readFile: async (p) => Buffer.concat([await nodeAtomicFs.readFile(p), Buffer.from('!')]),
        },
      }),
    );
    expect(failure.message).toContain('verify');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.json']);
    reportFigures('A.4', 'bytes read back differ (atomic write)', {
      'failure reported': true,
      'old file kept': true,
      'temps left': 0,
    });
  });

  it('reports a real ENOSPC from /dev/full and keeps the old file', async (context) => {
    const writable = await stat('/dev/full').then(
      () =>
        writeFile('/dev/full', 'x').then(
          () => false,
          (error: { code?: string }) => error.code === 'ENOSPC',
        ),
      () => false,
    );
    if (!writable) {
      context.skip('/dev/full is not available here, so no real ENOSPC can be produced');
      return;
    }
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'old');
    // The temp file is swapped for /dev/full, whose writes the kernel refuses with ENOSPC.
    const failure = await rejection(
      atomicWrite(target, 'x'.repeat(100_000), {
        fs: {
          ...nodeAtomicFs,
          open: (p, flags, mode) =>
            flags === 'wx'
              ? nodeAtomicFs.open('/dev/full', 'w')
              : nodeAtomicFs.open(p, flags, mode),
        },
      }),
    );
    expect(failure.error.osCode).toBe('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.json']);
    reportFigures('A.2', 'real ENOSPC from /dev/full', {
      'error code': 'ENOSPC',
      'old file kept': true,
      'temps left': 0,
    });
  });
});
