import { z } from 'zod';
import { method } from '../define';
import type { HostError } from '../errors';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../model/document';
import { frameworkRefSchema, nameText } from '../../model/workspace-schema';
import { PLACE_REQUIRED, hasPlace, placeFields, type OfferedPath } from '../path-ref';
/** An opaque id the host gives an open workspace; the renderer never sends file paths inside it. */
const handle = z.string().regex(/^ws-[a-z0-9]{8,40}$/);

/** Unsaved work found in the journal when a workspace is opened. */
export interface Recovery {
  savedAt: string;
  /** True when a file changed on disk after the journal was taken: restore only as a copy. */
  stale: boolean;
  document: WorkspaceDocument;
}

/**
 * Another app instance that holds a workspace's lock (has it open for editing). Fields are null
 * where the lock file could not be read (written by something else, or damaged).
 */
export interface LockHolder {
  user: string | null;
  host: string | null;
  pid: number | null;
  /** When it took the lock (ISO 8601). */
  since: string | null;
  /** Its last heartbeat (ISO 8601). */
  heartbeatAt: string;
  /** True when the holder runs on this machine. */
  sameHost: boolean;
  /**
   * Why the holder seems to be gone (its process ended, or its heartbeat stopped), so taking the
   * lock over loses nothing; null while it looks alive.
   */
  stale: string | null;
}

export interface OpenedWorkspace {
  handle: string;
  /** Absolute, real path of the workspace folder. */
  path: string;
  document: WorkspaceDocument;
  /**
   * Set when the workspace must not be saved (written by a newer version, or another instance
   * has it open for editing), saying why.
   */
  readOnly: string | null;
  /** Who holds the workspace's lock when that is why it is read-only; null otherwise. */
  lockedBy: LockHolder | null;
  /** Diagram files that could not be read; they are left untouched on disk. */
  problems: HostError[];
  recovery: Recovery | null;
}

export interface FolderInfo {
  /** The absolute, normalised path. */
  path: string;
  exists: boolean;
  isDirectory: boolean;
  isWorkspace: boolean;
  isEmpty: boolean;
  parentExists: boolean;
  workspaceName: string | null;
  /**
   * Why the folder's workspace.json cannot be used (file, place and reason), when it has one
   * that fails to read or validate; null otherwise.
   */
  workspaceProblem: string | null;
}

export interface SaveResult {
  savedAt: string;
  /** Workspace-relative files written or deleted; empty when nothing had changed. */
  written: string[];
}

export interface DiskChange {
  handle: string;
  /** Workspace-relative files whose content on disk no longer matches what the app holds. */
  files: string[];
  /**
   * Set when the workspace turned read-only here because another instance took its lock over
   * (this host's heartbeat or a refused save found out): why, and who holds it now.
   */
  lock?: { readOnly: string; lockedBy: LockHolder };
}

/*
 * Folders are places (path-ref.ts): a typed path, or the reference of a dialog answer, a recent
 * entry or a launch argument, which the desktop host requires.
 */
export const workspaceMethods = {
  /** What is at a place (a folder, or the file of an export); changes nothing. */
  inspectFolder: method<FolderInfo>()(
    'folder.inspect',
    z.strictObject({ ...placeFields }).refine(hasPlace, PLACE_REQUIRED),
  ),
  /** The native folder picker; null when cancelled. The browser host answers UNSUPPORTED. */
  pickFolder: method<OfferedPath | null>()(
    'dialog.pickFolder',
    z.strictObject({ purpose: z.enum(['open', 'create', 'copy']) }),
  ),
  create: method<OpenedWorkspace>()(
    'workspace.create',
    z
      .strictObject({ ...placeFields, name: nameText, framework: frameworkRefSchema })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
  open: method<OpenedWorkspace>()(
    'workspace.open',
    z.strictObject({ ...placeFields }).refine(hasPlace, PLACE_REQUIRED),
  ),
  reload: method<OpenedWorkspace>()('workspace.reload', z.strictObject({ handle })),
  save: method<SaveResult>()(
    'workspace.save',
    z.strictObject({
      handle,
      document: workspaceDocumentSchema,
      /** Write even where the disk changed since load ("keep mine"). */
      overwrite: z.boolean().optional(),
    }),
  ),
  saveAsCopy: method<OpenedWorkspace>()(
    'workspace.saveAsCopy',
    z
      .strictObject({ handle, ...placeFields, document: workspaceDocumentSchema })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
  close: method<null>()('workspace.close', z.strictObject({ handle })),
  /**
   * Takes over the lock of a workspace opened read-only because another instance holds it, and
   * reloads it from disk. Without `force` only a lock that is free or stale is taken (LOCKED
   * otherwise); with it (after the user confirmed) a live holder's lock too: that instance can
   * then no longer save.
   */
  takeOver: method<OpenedWorkspace>()(
    'workspace.takeOver',
    z.strictObject({ handle, force: z.boolean().optional() }),
  ),
  writeJournal: method<null>()(
    'journal.write',
    z.strictObject({ handle, document: workspaceDocumentSchema }),
  ),
  discardJournal: method<null>()('journal.discard', z.strictObject({ handle })),
  /**
   * Waits up to `waitMs` for outside changes to open workspaces and returns them (long poll).
   * Both hosts offer it, so the renderer needs no second event channel.
   */
  pollChanges: method<DiskChange[]>()(
    'workspace.pollChanges',
    z.strictObject({ waitMs: z.number().int().min(0).max(30_000) }),
  ),
} as const;
