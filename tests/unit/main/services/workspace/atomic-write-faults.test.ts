import { chmod, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { atomicWrite } from '../../../../../main/services/workspace/atomic-write';
import { nodeAtomicFs, type AtomicFs } from '../../../../../main/services/workspace/atomic-fs';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { reportFigures } from '../../../../support/scorecard';

/*
 * Save fault injection (RELIABILITY A.2): each step of an atomic write fails with each code.
 * The failure is injected at the AtomicFs seam, the only way to make a real disk fail on cue;
 * every other call goes to the real file system in a real temp folder.
 */
const STEPS = ['open', 'write', 'fsync', 'close', 'rename', 'dir-fsync'] as const;
const CODES = ['ENOSPC', 'EACCES', 'EPERM', 'EBUSY', 'EXDEV', 'EIO'] as const;
type Step = (typeof STEPS)[number];

function injected(code: string): Error {
  return Object.assign(new Error(`injected ${code}`), { code });
}

function faultyFs(step: Step, code: string): AtomicFs {
  return {
    ...nodeAtomicFs,
    async open(p, flags, mode) {
      const isDir = flags === 'r';
      if (step === 'open' && !isDir) throw injected(code);
      const handle = await nodeAtomicFs.open(p, flags, mode);
      const fails = (s: Step): boolean => step === s && (s === 'dir-fsync' ? isDir : !isDir);
      return {
        write: (data) => (fails('write') ? Promise.reject(injected(code)) : handle.write(data)),
        sync: () =>
          fails('fsync') || fails('dir-fsync') ? Promise.reject(injected(code)) : handle.sync(),
        chmod: (m) => handle.chmod(m),
        async close() {
          await handle.close();
          if (fails('close')) throw injected(code);
        },
      };
    },
    rename: (from, to) =>
      step === 'rename' ? Promise.reject(injected(code)) : nodeAtomicFs.rename(from, to),
  };
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-faults-'));
});
afterAll(() => cleanup());

const ORIGINAL = Buffer.from('{\n  "original": true\n}\n');
const results: string[] = [];

describe.each(STEPS)('atomicWrite failing at %s', (step) => {
  it.each(CODES)('with %s: original byte-identical, no temp left, code kept', async (code) => {
    const caseDir = path.join(dir, `${step}-${code}`);
    await import('node:fs/promises').then((fs) => fs.mkdir(caseDir));
    const target = path.join(caseDir, 'processes.json');
    await writeFile(target, ORIGINAL);
    await chmod(target, 0o640);

    let failure: unknown = null;
    try {
      await atomicWrite(target, '{\n  "original": false\n}\n', {
        fs: faultyFs(step, code),
        renameRetryDelaysMs: [1, 1, 1],
        log: () => undefined,
        platform: 'linux',
      });
    } catch (error) {
      failure = error;
    }

    expect(failure).toBeInstanceOf(HostFailure);
    expect((failure as HostFailure).error).toMatchObject({ code: 'IO_ERROR', osCode: code });
    expect((failure as HostFailure).message).toContain(step);
    expect(Buffer.compare(await readFile(target), ORIGINAL)).toBe(0);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(caseDir)).toEqual(['processes.json']);
    results.push(`${step}/${code}`);
  });
});

describe('fault injection summary', () => {
  it('ran all 36 cases', () => {
    reportFigures('A.2', 'atomic write failing at each step with each code', {
      'cases (6 steps x 6 codes)': STEPS.length * CODES.length,
      passed: results.length,
    });
    expect(results).toHaveLength(36);
  });

  it('a failed folder sync on a new file leaves no file at all', async () => {
    const target = path.join(dir, 'new.json');
    await expect(
      atomicWrite(target, 'x', {
        fs: faultyFs('dir-fsync', 'EIO'),
        log: () => undefined,
        platform: 'linux',
      }),
    ).rejects.toBeInstanceOf(HostFailure);
    expect((await readdir(dir)).filter((n) => n.includes('new.json'))).toEqual([]);
  });
});
