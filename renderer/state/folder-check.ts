import type { FolderInfo } from '../../shared/ipc/methods/workspace-methods';
import type { FolderPurpose } from './studio-store';

export interface FolderVerdict {
  ok: boolean;
  message: string;
  /** The host has not answered yet: not a problem (shown neutral), but no go-ahead either. */
  pending?: boolean;
  /**
   * A folder on the way to a workspace (the home folder the dialog starts in, say): no go-ahead,
   * but not a mistake either, so shown neutral.
   */
  browsing?: boolean;
}

/** The verdict while `folder.inspect` looks at the typed path. */
export const CHECKING_FOLDER: FolderVerdict = { ok: false, pending: true, message: 'Checking…' };

/**
 * What the folder dialog says about a path, live as the user types: whether it can be used
 * for `purpose` and, either way, why. Opening needs a workspace; creating or copying needs an
 * empty or missing folder whose parent exists.
 */
export function describeFolder(info: FolderInfo, purpose: FolderPurpose): FolderVerdict {
  if (purpose === 'open') {
    if (!info.exists) {
      return {
        ok: false,
        message: info.parentExists ? 'Folder not found.' : 'Parent folder not found.',
      };
    }
    if (!info.isDirectory) return { ok: false, message: 'This is a file, not a folder.' };
    if (info.workspaceProblem) {
      return { ok: false, message: `This workspace cannot be opened: ${info.workspaceProblem}` };
    }
    if (!info.isWorkspace) {
      return {
        ok: false,
        browsing: true,
        message: 'Not an eTOM Studio workspace: open one of its folders, or type a path.',
      };
    }
    return { ok: true, message: `Workspace “${info.workspaceName ?? 'unnamed'}”.` };
  }
  if (!info.exists) {
    return info.parentExists
      ? { ok: true, message: 'A new folder will be created here.' }
      : { ok: false, message: 'Parent folder missing: create it first.' };
  }
  if (!info.isDirectory) return { ok: false, message: 'This is a file, not a folder.' };
  if (info.isWorkspace) {
    return {
      ok: false,
      message: `Already a workspace named “${info.workspaceName ?? 'unnamed'}”.`,
    };
  }
  if (!info.isEmpty) return { ok: false, message: 'Folder is not empty.' };
  return { ok: true, message: 'Empty folder: ready.' };
}
