import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';

/** The kinds of special file a hostile workspace can hold where a JSON file should be. */
export type SpecialKind = 'fifo' | 'socket' | 'directory';
export const SPECIAL_KINDS: ReadonlyArray<SpecialKind> = ['fifo', 'socket', 'directory'];

const fifos = new Set<string>();
const servers: Server[] = [];

/** Makes a FIFO, a listening Unix socket or a directory at `target` (which must not exist). */
export async function makeSpecialFile(target: string, kind: SpecialKind): Promise<void> {
  if (kind === 'directory') return void (await mkdir(target));
  if (kind === 'fifo') {
    execFileSync('mkfifo', [target]);
    fifos.add(target);
    return;
  }
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(target, resolve);
  });
}

/**
 * Undoes what a blocking open of a FIFO does to the process: opens every FIFO made for
 * writing, without blocking, so a reader stuck in open() (one of libuv's four threads, with
 * the code before the fix) gets its end of file; and closes the sockets.
 */
export async function releaseSpecialFiles(): Promise<void> {
  for (const fifo of fifos) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: no reader is waiting, which is what a fixed reader leaves.
    }
  }
  fifos.clear();
  await Promise.all(servers.splice(0).map((server) => new Promise((r) => server.close(r))));
}

/** Resolves or rejects as `promise` does, or rejects once `ms` have passed: a hang fails. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
