import { constants } from 'node:fs';
import { link, open, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { tempNameFor } from './atomic-write';
import { isProcessAlive, type LockOwner } from './lock-owner';

/** Says which instance has the workspace open for editing; lives as long as that. */
export const WORKSPACE_LOCK_NAME = '.etom-studio.lock';
/** Exists only while an instance saves or changes the workspace lock. */
export const SAVE_LOCK_NAME = '.etom-studio.save.lock';

/** True for the names of the lock files, which are never model files. */
export function isLockFileName(name: string): boolean {
  return name === WORKSPACE_LOCK_NAME || name === SAVE_LOCK_NAME;
}

/** What a lock file holds: its owner, when it was taken and how often it is refreshed. */
export interface LockRecord extends LockOwner {
  app: 'eTOM Studio';
  /** When the lock was taken (ISO 8601). */
  since: string;
  /** The owner refreshes the file's modification time this often (the heartbeat). */
  heartbeatMs: number;
}

const recordSchema = z.object({
  app: z.literal('eTOM Studio'),
  instance: z.string().min(1).max(64),
  pid: z.number().int().positive(),
  host: z.string().max(255),
  user: z.string().max(255),
  since: z.string().max(64),
  heartbeatMs: z.number().int().positive(),
});

/** A lock file as found on disk. `record` is null when it cannot be read or makes no sense. */
export type LockState =
  { kind: 'free' } | { kind: 'held'; record: LockRecord | null; heartbeatAt: Date; ino: number };

/** Lock files are tiny; anything larger was not written by us. */
const MAX_LOCK_BYTES = 4_096;
/** A lock file is created, then written: a reader may catch it empty for a moment. */
const PARTIAL_RETRIES = 3;
const PARTIAL_WAIT_MS = 20;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Creates `file` holding `record`, only if no such file exists (O_EXCL: of two instances
 * racing, exactly one succeeds). Returns false when the file exists already.
 */
export async function createLock(file: string, record: LockRecord): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o644);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    // No fsync: a lock file lost to a power cut only frees a lock no process holds any more.
    await handle.writeFile(`${JSON.stringify(record, null, 2)}\n`);
    await handle.close();
    return true;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw error;
  }
}

async function readOnce(file: string): Promise<LockState | 'partial'> {
  let handle;
  try {
    // Non-blocking and without following a link: a FIFO or a planted link never hangs us.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { kind: 'free' };
    if (codeOf(error) === 'ELOOP') {
      const stats = await stat(file).catch(() => null);
      return { kind: 'held', record: null, heartbeatAt: stats?.mtime ?? new Date(0), ino: -1 };
    }
    throw error;
  }
  try {
    const stats = await handle.stat();
    const held = { kind: 'held' as const, heartbeatAt: stats.mtime, ino: stats.ino };
    if (!stats.isFile() || stats.size > MAX_LOCK_BYTES) return { ...held, record: null };
    const text = (await handle.readFile()).toString('utf8');
    if (text.trim() === '') return 'partial';
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return 'partial';
    }
    const checked = recordSchema.safeParse(parsed);
    return { ...held, record: checked.success ? checked.data : null };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads the lock file at `file`: free, or held (by a readable record or by something else). */
export async function readLock(file: string): Promise<LockState> {
  for (let attempt = 1; ; attempt += 1) {
    const state = await readOnce(file);
    if (state !== 'partial') return state;
    if (attempt >= PARTIAL_RETRIES) {
      const stats = await stat(file).catch(() => null);
      if (!stats) return { kind: 'free' };
      return { kind: 'held', record: null, heartbeatAt: stats.mtime, ino: stats.ino };
    }
    await sleep(PARTIAL_WAIT_MS);
  }
}

/**
 * Why a held lock may be taken over, or null while its holder may still be at work: on this
 * machine, the holder's process is gone; anywhere, the heartbeat is older than `staleAfterBeats`
 * of the holder's own intervals (a crash on another machine, or a process id reused since).
 */
export function staleReason(
  state: Extract<LockState, { kind: 'held' }>,
  staleAfterBeats: number,
  fallbackHeartbeatMs: number,
  now = Date.now(),
): string | null {
  const { record } = state;
  if (record && record.host === hostname() && !isProcessAlive(record.pid)) {
    return `process ${record.pid} on this computer is no longer running`;
  }
  const limit = (record?.heartbeatMs ?? fallbackHeartbeatMs) * staleAfterBeats;
  const age = now - state.heartbeatAt.getTime();
  if (age > limit) return `its heartbeat stopped ${Math.round(age / 1000)} s ago`;
  return null;
}

/** True when the holder's process is certainly gone (this machine, no such process). */
export function holderIsGone(state: Extract<LockState, { kind: 'held' }>): boolean {
  const { record } = state;
  return record !== null && record.host === hostname() && !isProcessAlive(record.pid);
}

/**
 * A name for a scratch file next to `file`, in the temp-file pattern, so that a crash between
 * its creation and its removal leaves something the workspace sweep recognises.
 */
function scratchName(file: string): string {
  return path.join(
    path.dirname(file),
    tempNameFor(path.basename(file), randomBytes(8).toString('hex')),
  );
}

/**
 * Puts `record` in place of whatever lock file is at `file`, in one rename (readers see the
 * old or the new lock, never none). Callers hold the save lock, so no other instance replaces
 * or removes the workspace lock meanwhile.
 */
export async function replaceLock(file: string, record: LockRecord): Promise<void> {
  const scratch = scratchName(file);
  try {
    await writeFile(scratch, `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx', mode: 0o644 });
    await rename(scratch, file);
  } catch (error) {
    await unlink(scratch).catch(() => undefined);
    throw error;
  }
}

/** The heartbeat: the file's modification time says the holder is alive. */
export async function touchLock(file: string, now = new Date()): Promise<void> {
  await utimes(file, now, now);
}

/**
 * Removes a stale lock found as `judged`, but never a newer lock that replaced it since it was
 * judged: the file is renamed aside first (only one remover wins), and if what was moved is
 * not the judged file, it is linked back (unless yet another lock has taken the place).
 */
export async function breakLock(
  file: string,
  judged: Extract<LockState, { kind: 'held' }>,
): Promise<void> {
  const aside = scratchName(file);
  try {
    await rename(file, aside);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await stat(aside).catch(() => null);
  if (moved && judged.ino !== -1 && moved.ino !== judged.ino) {
    await link(aside, file).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

/** Removes `file` when it is still the lock of `instance`; returns whether it did. */
export async function removeOwnLock(file: string, instance: string): Promise<boolean> {
  const state = await readLock(file);
  if (state.kind !== 'held' || state.record?.instance !== instance) return false;
  await unlink(file).catch((error: unknown) => {
    if (codeOf(error) !== 'ENOENT') throw error;
  });
  return true;
}
