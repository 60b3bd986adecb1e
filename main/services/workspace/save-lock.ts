import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import {
  SAVE_LOCK_NAME,
  breakLock,
  createLock,
  readLock,
  removeOwnLock,
  staleReason,
  touchLock,
  type LockRecord,
} from './lock-file';
import type { LockOwner } from './lock-owner';

export interface SaveLockOptions {
  /** How long to wait for another instance's save (or lock change) to finish. */
  waitMs: number;
  log: (message: string) => void;
}

/** The save lock is refreshed this often while held, so a long save never looks abandoned. */
const SAVE_HEARTBEAT_MS = 2_000;
/** A save lock whose heartbeat is older than this many intervals was left by a crash. */
const SAVE_STALE_BEATS = 10;
const POLL_MS = 10;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function describeOwner(record: LockRecord | null): string {
  if (!record) return 'another program';
  return `${record.user} on ${record.host} (process ${record.pid})`;
}

/**
 * Runs `action` holding the save lock of the workspace at `root`: a file made with O_EXCL that
 * exists only while one instance checks hashes and renames files, or changes the workspace lock.
 * So the check that a file is unchanged and the rename that replaces it are atomic together
 * across instances: a second instance's save waits, then finds the new hash and gets CONFLICT.
 * A save lock left by a crash (its process gone, or its heartbeat long stopped) is broken.
 */
export async function withSaveLock<T>(
  root: string,
  owner: LockOwner,
  options: SaveLockOptions,
  action: () => Promise<T>,
): Promise<T> {
  const file = path.join(root, SAVE_LOCK_NAME);
  const record: LockRecord = {
    app: 'eTOM Studio',
    ...owner,
    since: new Date().toISOString(),
    heartbeatMs: SAVE_HEARTBEAT_MS,
  };
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    if (await createLock(file, record)) break;
    const state = await readLock(file);
    if (state.kind === 'free') continue;
    // Saves of one instance run one at a time, so a save lock of our own is a leftover.
    const stale =
      state.record?.instance === owner.instance
        ? 'it is a leftover of this instance'
        : staleReason(state, SAVE_STALE_BEATS, SAVE_HEARTBEAT_MS);
    if (stale !== null) {
      options.log(`Removing the save lock of ${describeOwner(state.record)} in ${root}: ${stale}`);
      await breakLock(file, state);
      continue;
    }
    if (Date.now() > deadline) {
      throw new HostFailure({
        code: 'LOCKED',
        message: `Not saved: ${describeOwner(state.record)} has been saving this workspace for more than ${Math.round(options.waitMs / 1000)} s. Try again in a moment.`,
        file: SAVE_LOCK_NAME,
      });
    }
    await sleep(POLL_MS + Math.random() * POLL_MS);
  }

  const heartbeat = setInterval(() => {
    touchLock(file).catch(() => undefined);
  }, SAVE_HEARTBEAT_MS);
  heartbeat.unref();
  try {
    return await action();
  } finally {
    clearInterval(heartbeat);
    await removeOwnLock(file, owner.instance).catch((error: unknown) =>
      options.log(`Could not remove the save lock in ${root}: ${String(error)}`),
    );
  }
}
