import * as path from 'node:path';
import { formatPath, type MergeConflict } from '../../../shared/merge/merge-conflict';
import type { ConflictRecordFile as ConflictRecord } from '../../../shared/merge/conflict-record-schema';
import type { FileKind } from '../../../shared/model/validate';

/** The folder, inside a workspace, where the merge driver leaves what it could not decide. */
export const CONFLICTS_FOLDER = '.etom-merge';

/**
 * Where the record of `file` (as git names it, relative to the repository) goes: the
 * workspace's own `.etom-merge/` folder, which the app's loader never takes for a model file.
 */
export function recordPlace(file: string, kind: FileKind): { workspace: string; relative: string } {
  const parts = file.split(/[\\/]/);
  const depth = kind === 'diagram' ? 2 : 1;
  return {
    workspace: parts.slice(0, -depth).join('/'),
    relative: parts.slice(-depth).join('/'),
  };
}

export function recordFile(repositoryRoot: string, file: string, kind: FileKind): string {
  const place = recordPlace(file, kind);
  return path.join(repositoryRoot, place.workspace, CONFLICTS_FOLDER, place.relative);
}

export function conflictRecord(
  file: string,
  kind: FileKind,
  conflicts: readonly MergeConflict[],
): ConflictRecord {
  return {
    format: 'etom-studio.merge-conflicts',
    schemaVersion: 1,
    file: recordPlace(file, kind).relative,
    conflicts: conflicts.map((conflict) => ({ ...conflict, path: formatPath(conflict.path) })),
  };
}
