import type { LockHolder } from '../../../shared/ipc/methods/workspace-methods';
import type { WorkspaceDocument } from '../../../shared/model/document';
import type { KnownFiles } from './workspace-save';
import type { WorkspaceLock } from './workspace-lock';

/** One open workspace, as the store holds it. */
export interface OpenWorkspace extends KnownFiles {
  handle: string;
  name: string;
  /** Why it must not be saved: `filesReadOnly`, else the lock held by `lockedBy`; or null. */
  readOnly: string | null;
  /** Why the files or the folder forbid saving (a newer version, a folder that cannot be written). */
  filesReadOnly: string | null;
  /** The instance that holds the workspace lock, when that is not this one. */
  lockedBy: LockHolder | null;
  lock: WorkspaceLock;
  /** The document as loaded or last saved. */
  document: WorkspaceDocument;
  /** More than zero while a save or reload is writing or reading its files. */
  busy: number;
  /** Counts saves and reloads begun, so a watcher check that overlapped one is redone. */
  revision: number;
  /** The end of this workspace's queue of disk operations: they run one at a time. */
  tail: Promise<unknown>;
}
