import { createHash } from 'node:crypto';
import { readdir, rmdir, unlink } from 'node:fs/promises';
import { parseJsonBytes } from '../../../shared/codecs/safe-json';
import { HostFailure, type HostError } from '../../../shared/ipc/errors';
import {
  conflictRecordSchema,
  MODEL_FILE,
  type MergeRecord,
} from '../../../shared/merge/conflict-record-schema';
import { LIMITS } from '../../../shared/model/limits';
import { resolveInside } from '../workspace/path-confinement';
import { readFileLimited } from '../workspace/read-limited';
import { CONFLICTS_FOLDER } from './conflict-record';

/** The conflict records of a workspace, and the ones that could not be read, each named. */
export interface WorkspaceRecords {
  records: MergeRecord[];
  problems: HostError[];
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The workspace files that have a record: `processes.json`, `diagrams/d-1.json`. */
async function recordedFiles(root: string): Promise<string[]> {
  const list = async (relative: string): Promise<string[]> => {
    try {
      const folder = await resolveInside(root, relative);
      return (await readdir(folder, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
        .map((entry) => entry.name);
    } catch {
      return []; // no record folder: nothing was left by a merge
    }
  };
  const top = await list(CONFLICTS_FOLDER);
  const diagrams = await list(`${CONFLICTS_FOLDER}/diagrams`);
  return [...top, ...diagrams.map((name) => `diagrams/${name}`)]
    .filter((file) => MODEL_FILE.test(file))
    .sort();
}

async function readRecord(root: string, file: string): Promise<MergeRecord> {
  const name = `${CONFLICTS_FOLDER}/${file}`;
  const bytes = await readFileLimited(await resolveInside(root, name), name, LIMITS.maxFileBytes);
  if (bytes === null) {
    throw new HostFailure({ code: 'NOT_FOUND', message: `${name} is gone.`, file: name });
  }
  const parsed = conflictRecordSchema.safeParse(parseJsonBytes(bytes, name));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${name} is not a merge conflict record: ${issue?.message ?? 'unreadable'}.`,
      file: name,
      jsonPath: issue?.path.join('.') ?? '',
    });
  }
  if (parsed.data.file !== file) {
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${name} says it is about ${parsed.data.file}; it is left as it is.`,
      file: name,
      jsonPath: 'file',
    });
  }
  return { file, hash: sha256(bytes), conflicts: parsed.data.conflicts };
}

/**
 * Reads every record the merge driver left in the workspace's `.etom-merge/` folder. A record
 * that cannot be read is reported by name, never dropped or deleted.
 */
export async function readConflictRecords(root: string): Promise<WorkspaceRecords> {
  const records: MergeRecord[] = [];
  const problems: HostError[] = [];
  for (const file of await recordedFiles(root)) {
    try {
      records.push(await readRecord(root, file));
    } catch (error) {
      if (!(error instanceof HostFailure)) throw error;
      problems.push(error.error);
    }
  }
  return { records, problems };
}

/**
 * Removes the record of `file` once its conflicts are resolved and saved, but only while it
 * still has the bytes the app read (`hash`): a record a new merge wrote meanwhile is kept.
 * Empty record folders go too. Resolves false when there was no record.
 */
export async function removeConflictRecord(
  root: string,
  file: string,
  hash: string,
): Promise<boolean> {
  let record: MergeRecord;
  try {
    record = await readRecord(root, file);
  } catch (error) {
    if (error instanceof HostFailure && error.error.code === 'NOT_FOUND') return false;
    throw error;
  }
  const name = `${CONFLICTS_FOLDER}/${file}`;
  if (record.hash !== hash) {
    throw new HostFailure({
      code: 'CONFLICT',
      message: `${name} changed since it was read (a new merge?); it is kept. Reopen the workspace to see it.`,
      file: name,
    });
  }
  await unlink(await resolveInside(root, name));
  for (const folder of [`${CONFLICTS_FOLDER}/diagrams`, CONFLICTS_FOLDER]) {
    await rmdir(await resolveInside(root, folder)).catch(() => undefined); // kept while not empty
  }
  return true;
}
