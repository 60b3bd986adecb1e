import * as path from 'node:path';
import type { LockHolder } from '../../../shared/ipc/methods/workspace-methods';
import { WORKSPACE_FILES } from '../../../shared/model/document';
import type { OpenWorkspace } from './open-workspace';
import { sweepOrphanTemps } from './temp-sweep';
import { lockedMessage } from './workspace-lock';

/** OS codes that say the folder cannot take a lock file, i.e. cannot be written at all. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Records who holds the lock (null: this instance or no one) and what that makes read-only;
 * `why` replaces the usual reason, as when the holder took the lock from this instance.
 */
export function setLockedBy(
  workspace: OpenWorkspace,
  holder: LockHolder | null,
  why: string | null = null,
): void {
  workspace.lockedBy = holder;
  workspace.readOnly =
    workspace.filesReadOnly ?? (holder === null ? null : (why ?? lockedMessage(holder)));
}

/**
 * Takes the workspace's lock if it is not held yet and the files may be written, then sweeps;
 * or, if held, confirms that no other instance took it over. A folder that cannot take a lock
 * file cannot take a save either: it opens read-only.
 */
export async function lockAndSweep(
  workspace: OpenWorkspace,
  log: (message: string) => void,
): Promise<void> {
  if (workspace.filesReadOnly !== null) return;
  if (workspace.lock.held) {
    setLockedBy(workspace, await workspace.lock.confirm());
    return;
  }
  let holder: LockHolder | null;
  try {
    holder = await workspace.lock.acquire();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !UNWRITABLE.has(code)) throw error;
    workspace.filesReadOnly = `The workspace folder cannot be written (${code}), so it is open read-only.`;
    setLockedBy(workspace, null);
    return;
  }
  setLockedBy(workspace, holder);
  if (holder === null) await sweepTemps(workspace, log);
}

/**
 * Removes temp files of interrupted saves, holding the workspace lock and, for the sweep, the
 * save lock: no other instance is saving, so what is left is no one's work in progress.
 */
export async function sweepTemps(
  workspace: OpenWorkspace,
  log: (message: string) => void,
): Promise<void> {
  const { root } = workspace;
  try {
    const swept = await workspace.lock.underSaveLock(() =>
      sweepOrphanTemps([root, path.join(root, WORKSPACE_FILES.diagramsDir)], { log }),
    );
    if (swept.found > 0) {
      const kept = swept.kept > 0 ? ` (${swept.kept} kept: their process still runs)` : '';
      log(
        `Removed ${swept.removed} of ${swept.found} temp files left by an interrupted save in ${root}${kept}`,
      );
    }
  } catch (error) {
    // Orphan temps are clutter, not danger: the open goes on and the next one sweeps.
    log(`Could not sweep temp files in ${root}: ${String(error)}`);
  }
}
