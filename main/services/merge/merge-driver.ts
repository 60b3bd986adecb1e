import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import { fileKindOf, mergeFile } from '../../../shared/merge/merge-file';
import type { MergeConflict } from '../../../shared/merge/merge-conflict';
import { toCanonicalJson } from '../../../shared/codecs/canonical-json';
import { LIMITS } from '../../../shared/model/limits';
import { atomicWrite } from '../workspace/atomic-write';
import { readFileLimited } from '../workspace/read-limited';
import { conflictRecord, recordFile } from './conflict-record';

/** What git hands a merge driver: `%O %A %B %P`, run in the repository's top folder. */
export interface DriverFiles {
  base: string;
  /** Ours; the merged file is written here. */
  ours: string;
  theirs: string;
  /** The file's path in the repository, as git names it. */
  file: string;
  /** The repository's top folder (git runs the driver there). */
  root: string;
}

export interface DriverResult {
  conflicts: MergeConflict[];
  /** Where the conflicts were recorded, when there were any. */
  record: string | null;
}

async function text(place: string, name: string): Promise<string> {
  const bytes = await readFileLimited(place, name, LIMITS.maxFileBytes);
  return bytes === null ? '' : bytes.toString('utf8');
}

/**
 * Merges one workspace file for git: writes the merged file over ours (always a file the app
 * opens: ours for every field in conflict) and, when something could not be decided, a record
 * of it in the workspace's `.etom-merge/` folder; a clean merge removes an old record.
 */
export async function runMergeDriver(files: DriverFiles): Promise<DriverResult> {
  const kind = fileKindOf(files.file);
  if (kind === null) {
    throw new HostFailure({
      code: 'INVALID_ARGUMENT',
      message: `${files.file} is not a workspace file (workspace.json, processes.json, mappings.json, scope.json or diagrams/*.json).`,
      file: files.file,
    });
  }
  const merged = mergeFile(
    kind,
    {
      base: await text(files.base, `${files.file} (base)`),
      ours: await text(files.ours, `${files.file} (ours)`),
      theirs: await text(files.theirs, `${files.file} (theirs)`),
    },
    files.file,
  );
  await atomicWrite(files.ours, merged.text, { file: files.file });
  const record = recordFile(files.root, files.file, kind);
  if (merged.conflicts.length === 0) {
    await rm(record, { force: true });
    return { conflicts: [], record: null };
  }
  await mkdir(path.dirname(record), { recursive: true });
  await atomicWrite(record, toCanonicalJson(conflictRecord(files.file, kind, merged.conflicts)));
  return { conflicts: merged.conflicts, record };
}
