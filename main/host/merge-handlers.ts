import type { Handlers } from '../../shared/ipc/handlers';
import { HostFailure } from '../../shared/ipc/errors';
import { gitStatus } from '../services/git/git-status';
import { readConflictRecords, removeConflictRecord } from '../services/merge/conflict-records';
import type { WorkspaceStore } from '../services/workspace/workspace-store';

/**
 * The merge resolution and git status of open workspaces. They name a workspace by its handle
 * and files by their place inside it (checked by resolveInside), never by a path from the
 * renderer, so no path-access rule is needed: the folder is the one the user opened.
 */
export function createMergeHandlers(
  store: WorkspaceStore,
): Handlers<'merge.records' | 'merge.removeRecord' | 'workspace.gitStatus'> {
  return {
    'merge.records': async ({ handle }) => readConflictRecords(store.get(handle).root),
    'merge.removeRecord': async ({ handle, record, hash }) => {
      const workspace = store.get(handle);
      if (workspace.readOnly !== null) {
        throw new HostFailure({ code: 'READ_ONLY', message: `Not changed: ${workspace.readOnly}` });
      }
      return removeConflictRecord(workspace.root, record, hash);
    },
    'workspace.gitStatus': async ({ handle }) => {
      try {
        return await gitStatus(store.get(handle).root);
      } catch (error) {
        const code = error instanceof HostFailure ? error.error.code : null;
        if (code === 'UNSUPPORTED' || code === 'NOT_FOUND') return null;
        throw error;
      }
    },
  };
}
