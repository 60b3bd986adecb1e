import { z } from 'zod';
import type { WorkspaceDocument } from '../../model/document';
import { method } from '../define';
import { PLACE_REQUIRED, hasPlace, placeFields } from '../path-ref';

const handle = z.string().regex(/^ws-[a-z0-9]{8,40}$/);

/** One commit, as a history list shows it. */
export interface CompareRevision {
  hash: string;
  shortHash: string;
  /** ISO 8601 author date. */
  date: string;
  author: string;
  subject: string;
}

/** What the app can compare an open workspace with through git, or why it cannot. */
export type CompareGitInfo =
  | { state: 'missing' | 'no-repository'; message: string }
  | {
      state: 'ok';
      /** The branch checked out, or null (detached HEAD, or no commit yet). */
      branch: string | null;
      refs: { name: string; kind: 'branch' | 'tag'; hash: string; current: boolean }[];
      /** The latest commits that touched the workspace folder, newest first. */
      revisions: CompareRevision[];
    };

/** The other side of a compare: a workspace read (never written) from a folder or a revision. */
export interface ComparedSide {
  /** How the side is named to the user: the folder's path, or "main (1a2b3c4)". */
  label: string;
  document: WorkspaceDocument;
  /** Diagram files of that side that could not be read and are left out of the compare. */
  problems: { file: string; message: string }[];
}

/** At most this many revisions are listed (the dialog's list and a diagram's history). */
export const COMPARE_REVISIONS_MAX = 200;

export const compareMethods = {
  /**
   * Whether the open workspace can be compared through git: git present, the folder inside a
   * repository, and if so its branches, tags and the revisions that touched the workspace.
   * Runs git only when asked; never fails because git is absent (it says so).
   */
  gitInfo: method<CompareGitInfo>()('compare.gitInfo', z.strictObject({ handle })),
  /**
   * Another workspace folder, read as on open (same parser and validators), for comparing with
   * the open one. Nothing is locked, written or added to the recent list.
   */
  loadFolder: method<ComparedSide>()(
    'compare.loadFolder',
    z.strictObject({ ...placeFields }).refine(hasPlace, PLACE_REQUIRED),
  ),
  /** The open workspace as it was at `revision` (a branch, a tag, a commit), read from git. */
  loadRevision: method<ComparedSide>()(
    'compare.loadRevision',
    z.strictObject({ handle, revision: z.string().min(1).max(200) }),
  ),
  /** The revisions that touched one diagram's file, newest first. */
  history: method<CompareRevision[]>()(
    'compare.history',
    z.strictObject({
      handle,
      diagramId: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .max(80),
    }),
  ),
} as const;
