import { createHash, randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';

/** Who holds a lock: enough for a person to recognise it and for a program to test it. */
export interface LockOwner {
  /** Random per app instance (per store), so two instances in one process differ. */
  instance: string;
  pid: number;
  host: string;
  user: string;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry (some containers): the environment is the best remaining guess.
    return process.env.USER ?? process.env.USERNAME ?? 'unknown user';
  }
}

/** This process as a lock owner, with a fresh instance id. */
export function currentOwner(): LockOwner {
  return {
    instance: randomBytes(8).toString('hex'),
    pid: process.pid,
    host: hostname(),
    user: currentUser(),
  };
}

/** A short, file-name-safe tag of a host name (host names may hold any character). */
export function hostTag(host: string): string {
  return createHash('sha256').update(host).digest('hex').slice(0, 8);
}

/**
 * The owner as it appears in temp file names, `<pid>-<host tag>`: enough for a sweep to tell
 * whether the process that made a temp file may still be writing it.
 */
export function ownerTag(pid = process.pid, host = hostname()): string {
  return `${pid}-${hostTag(host)}`;
}

/**
 * True while process `pid` runs on this machine. Signal 0 tests without signalling: ESRCH
 * means gone; EPERM means it exists but belongs to another user, so it is alive.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}
