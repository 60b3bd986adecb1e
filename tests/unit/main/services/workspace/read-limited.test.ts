import { symlink, truncate, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import {
  readChunks,
  readFileLimited,
  readFileLimitedSync,
} from '../../../../../main/services/workspace/read-limited';
import { failureOf, failureOfSync } from '../../../helpers/host-failure';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import {
  makeSpecialFile,
  releaseSpecialFiles,
  SPECIAL_KINDS,
  within,
} from '../../../../support/special-files';

let dir: string;
let cleanup: () => Promise<void>;
let count = 0;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-read-'));
});
afterEach(() => releaseSpecialFiles());
afterAll(() => cleanup());

const fresh = (name: string): string => path.join(dir, `${(count += 1)}-${name}`);
const WHAT = { fifo: 'a named pipe (FIFO)', socket: 'a socket', directory: 'a folder' } as const;

describe('readFileLimited', () => {
  it('reads a regular file whole, and a missing one as null', async () => {
    const file = fresh('a.json');
    const content = Buffer.alloc(2.5 * 1024 * 1024, 'ab');
    await writeFile(file, content);
    expect((await readFileLimited(file, 'a.json', 10 * 1024 * 1024))?.equals(content)).toBe(true);
    expect(await readFileLimited(fresh('missing.json'), 'missing.json')).toBeNull();
  });

  it('readChunks goes through a file a megabyte at a time, and stops where told', async () => {
    const file = fresh('b.json');
    await writeFile(file, Buffer.alloc(2.5 * 1024 * 1024));
    const sizes: number[] = [];
    expect(await readChunks(file, 'b.json', 10 * 1024 * 1024, (c) => sizes.push(c.length))).toBe(
      true,
    );
    expect(sizes).toEqual([1024 * 1024, 1024 * 1024, 512 * 1024]);
    let seen = 0;
    const stop = (): void => {
      seen += 1;
      throw new HostFailure({ code: 'PARSE_ERROR', message: 'stop' });
    };
    expect(await failureOf(readChunks(file, 'b.json', 10 * 1024 * 1024, stop))).toMatchObject({
      message: 'stop',
    });
    expect(seen).toBe(1);
    expect(await readChunks(fresh('none.json'), 'none.json', 1, stop)).toBe(false);
  });

  it('refuses a file past the limit by its size, before reading', async () => {
    const file = fresh('c.json');
    await writeFile(file, '');
    await truncate(file, 64 * 1024 ** 3);
    expect(await failureOf(readFileLimited(file, 'c.json', 1024))).toMatchObject({
      code: 'TOO_LARGE',
      file: 'c.json',
    });
  });

  it.each(SPECIAL_KINDS)('refuses a %s at once, naming it, and through a symlink', async (kind) => {
    const target = fresh(`${kind}.json`);
    await makeSpecialFile(target, kind);
    const link = fresh(`link-to-${kind}.json`);
    await symlink(target, link);
    for (const [where, name] of [
      [target, 'x.json'],
      [link, 'link.json'],
    ] as const) {
      const error = await within(
        2_000,
        `reading a ${kind}`,
        failureOf(readFileLimited(where, name)),
      );
      expect(error).toMatchObject({ code: 'IO_ERROR', file: name });
      expect(error.message).toContain(`${name} is ${WHAT[kind]}, not a regular file`);
      const sync = failureOfSync(() => readFileLimitedSync(where, name, 1024));
      expect(sync.message).toContain(WHAT[kind]);
    }
  });

  it('never waits on a FIFO, even four at once: other reads go on', async () => {
    const fifos = await Promise.all(
      [1, 2, 3, 4].map(async (i) => {
        const fifo = fresh(`pipe-${i}.json`);
        await makeSpecialFile(fifo, 'fifo');
        return fifo;
      }),
    );
    const plain = fresh('plain.json');
    await writeFile(plain, '{}');
    const refusals = fifos.map((fifo) => failureOf(readFileLimited(fifo, 'pipe.json')));
    const after = await within(2_000, 'a plain read after four FIFOs', readFileLimited(plain, 'p'));
    expect(after?.toString()).toBe('{}');
    for (const refusal of await within(2_000, 'the FIFO refusals', Promise.all(refusals))) {
      expect(refusal.code).toBe('IO_ERROR');
    }
  });
});
