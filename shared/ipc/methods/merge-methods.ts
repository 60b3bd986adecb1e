import { z } from 'zod';
import { MODEL_FILE, type MergeRecord } from '../../merge/conflict-record-schema';
import { method } from '../define';
import type { HostError } from '../errors';

/** An open workspace's handle (workspace-methods.ts); these methods take no path at all. */
const handle = z.string().regex(/^ws-[a-z0-9]{8,40}$/);

/** The merge conflict records of an open workspace, and those that could not be read. */
export interface MergeRecords {
  records: MergeRecord[];
  problems: HostError[];
}

/** What the status bar shows for a workspace inside a git repository. */
export interface GitStatus {
  /** The branch checked out, or null when HEAD is detached (or there is no branch yet). */
  branch: string | null;
  /** The short hash of HEAD; null before the first commit. */
  head: string | null;
  /** Workspace files changed, added or deleted since the last commit (the first 200). */
  changed: string[];
  /** How many files changed in all. */
  count: number;
}

export const mergeMethods = {
  /** The conflict records the merge driver left in the workspace's `.etom-merge/` folder. */
  records: method<MergeRecords>()('merge.records', z.strictObject({ handle })),
  /**
   * Removes the record of one model file (`record`: its name inside the workspace, one of the
   * model files, never a path), after its conflicts were resolved and the workspace saved; only
   * while the record still has the bytes read (`hash`). True when removed.
   */
  removeRecord: method<boolean>()(
    'merge.removeRecord',
    z.strictObject({
      handle,
      record: z.string().max(200).regex(MODEL_FILE),
      hash: z.string().regex(/^[a-f0-9]{64}$/),
    }),
  ),
  /**
   * The branch and changed files of a workspace inside a git repository; null where git is
   * missing or the workspace is in no repository (the app works the same without git).
   */
  gitStatus: method<GitStatus | null>()('workspace.gitStatus', z.strictObject({ handle })),
} as const;
