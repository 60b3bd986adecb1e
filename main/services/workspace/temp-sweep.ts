import { lstat, readdir, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { TEMP_NAME_PATTERN } from './atomic-write';

/**
 * Removes the temp files an interrupted atomic write left in `dirs` (a crash or kill between
 * creating the temp and renaming it). Only names matching the atomic-write pattern are touched,
 * and only regular files or symlinks (unlinking a link never follows it). Missing folders are
 * skipped. Returns how many were found and how many removed.
 */
export async function sweepOrphanTemps(
  dirs: ReadonlyArray<string>,
): Promise<{ found: number; removed: number }> {
  let found = 0;
  let removed = 0;
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
      found += 1;
      try {
        await unlink(full);
        removed += 1;
      } catch (error) {
        console.warn(`temp sweep: could not remove ${full}: ${String(error)}`);
      }
    }
  }
  return { found, removed };
}
