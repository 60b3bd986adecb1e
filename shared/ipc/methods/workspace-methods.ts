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

export interface OpenedWorkspace {
  handle: string;
  /** Absolute, real path of the workspace folder. */
  path: string;
  document: WorkspaceDocument;
  /** Set when the workspace must not be saved (e.g. written by a newer version). */
  readOnly: string | null;
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
