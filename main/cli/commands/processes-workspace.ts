import { realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import { holderIsGone, readLock, WORKSPACE_LOCK_NAME } from '../../services/workspace/lock-file';
import { readWorkspace, type LoadedWorkspace } from '../../services/workspace/workspace-reader';

/** The real path of the workspace folder a command names; NOT_FOUND when there is none. */
export async function workspaceRoot(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    throw new HostFailure({ code: 'NOT_FOUND', message: `${dir}: no such folder`, file: dir });
  }
}

/**
 * The workspace at `dir`, read and validated, with its real root. With `forWriting`, a
 * workspace open in a running app (a live lock) or open read-only is refused: the command line
 * must not write under an editor's feet.
 */
export async function loadCliWorkspace(
  dir: string,
  forWriting: boolean,
): Promise<{ root: string; loaded: LoadedWorkspace }> {
  const root = await workspaceRoot(dir);
  let loaded: LoadedWorkspace;
  try {
    loaded = await readWorkspace(root);
  } catch (error) {
    if (error instanceof HostFailure) {
      const where = error.error.file === undefined ? dir : `${dir}/${error.error.file}`;
      throw new HostFailure({ ...error.error, message: `${where}: ${error.error.message}` });
    }
    throw error;
  }
  if (forWriting) {
    if (loaded.readOnly !== null) {
      throw new HostFailure({ code: 'READ_ONLY', message: `${dir}: ${loaded.readOnly}` });
    }
    const lock = await readLock(path.join(root, WORKSPACE_LOCK_NAME));
    if (lock.kind === 'held' && !holderIsGone(lock)) {
      throw new HostFailure({
        code: 'LOCKED',
        message: `${dir} is open in eTOM Studio${lock.record ? ` (${lock.record.user}@${lock.record.host})` : ''}: close it there first`,
      });
    }
  }
  return { root, loaded };
}
