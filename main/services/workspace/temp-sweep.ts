import { lstat, readdir, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { TEMP_NAME_PATTERN, tempOwnerOf } from './atomic-write';
import { hostTag, isProcessAlive } from './lock-owner';

export interface SweepOptions {
  /** Temp files without an owner in their name (older versions) younger than this are kept. */
  unownedMinAgeMs?: number;
  now?: number;
  log?: (message: string) => void;
}

export interface SweepResult {
  found: number;
  removed: number;
  /** Temp files left because a live instance on this machine may still be writing them. */
  kept: number;
}

/** Longer than any save takes: an owner-less temp this old is no one's work in progress. */
const UNOWNED_MIN_AGE_MS = 60_000;

/**
 * Whether the temp file `name` may still be in use: written by a process on this machine that
 * still runs (not this one), or, for names from versions that did not record the owner, too
 * young to be sure. Other machines' temps are orphans once the caller holds the workspace lock
 * and the save lock: an instance writes temps only while holding both.
 */
function mayBeInUse(name: string, mtimeMs: number, now: number, minAgeMs: number): boolean {
  const owner = tempOwnerOf(name);
  if (owner === null) return now - mtimeMs < minAgeMs;
  if (owner.hostTag !== hostTag(hostname())) return false;
  return owner.pid !== process.pid && isProcessAlive(owner.pid);
}

/**
 * Removes the temp files an interrupted atomic write left in `dirs` (a crash or kill between
 * creating the temp and renaming it). The caller holds the workspace's lock and save lock, so
 * no other instance's save is under way; even so, a temp whose owner may still be writing it is
 * kept. Only names matching the atomic-write pattern are touched, and only regular files or
 * symlinks (unlinking a link never follows it). Missing folders are skipped.
 */
export async function sweepOrphanTemps(
  dirs: ReadonlyArray<string>,
  options: SweepOptions = {},
): Promise<SweepResult> {
  const now = options.now ?? Date.now();
  const minAge = options.unownedMinAgeMs ?? UNOWNED_MIN_AGE_MS;
  const log = options.log ?? ((message: string) => console.warn(message));
  const result: SweepResult = { found: 0, removed: 0, kept: 0 };
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMP_NAME_PATTERN.test(name)) continue;
      const full = path.join(dir, name);
      const stats = await lstat(full).catch(() => null);
      if (!stats || !(stats.isFile() || stats.isSymbolicLink())) continue;
      result.found += 1;
      if (mayBeInUse(name, stats.mtimeMs, now, minAge)) {
        result.kept += 1;
        continue;
      }
      try {
        await unlink(full);
        result.removed += 1;
      } catch (error) {
        log(`temp sweep: could not remove ${full}: ${String(error)}`);
      }
    }
  }
  return result;
}
