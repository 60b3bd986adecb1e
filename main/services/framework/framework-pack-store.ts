import { mkdir, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure, formatJsonPath, type HostError } from '../../../shared/ipc/errors';
import { parseJsonBytes } from '../../../shared/codecs/safe-json';
import type { FrameworkPack } from '../../../shared/etom/pack-model';
import {
  PACK_ID_PATTERN,
  USER_PACK_FORMAT,
  USER_PACK_VERSION,
  userPackFileSchema,
  type UserPackFile,
} from '../../../shared/etom/pack-schema';
import { atomicWrite } from '../workspace/atomic-write';
import { readFileLimited } from '../workspace/read-limited';

/**
 * User packs live in `<appDataDir>/packs/<pack-id>.json`: on the user's machine, never in a
 * workspace or the project, because they hold TM Forum's licensed description text.
 */
export const USER_PACKS_FOLDER = 'packs';
/** A user pack file is at most this big (GB921 v25.5 with descriptions is about 3 MB). */
export const MAX_USER_PACK_BYTES = 40 * 1024 * 1024;

/** The folder user packs are kept in. */
export function userPacksDir(appDataDir: string): string {
  return path.join(appDataDir, USER_PACKS_FOLDER);
}

/** The file of one user pack; refuses ids that are not plain file names. */
export function userPackPath(appDataDir: string, packId: string): string {
  if (!PACK_ID_PATTERN.test(packId) || packId.length > 80) {
    throw new HostFailure({
      code: 'INVALID_ARGUMENT',
      message: `"${packId.slice(0, 100)}" is not a pack id (lower-case letters and digits joined by "-" or ".").`,
    });
  }
  return path.join(userPacksDir(appDataDir), `${packId}.json`);
}

/** Writes a user pack atomically, creating the packs folder when needed. */
export async function writeUserPack(appDataDir: string, file: UserPackFile): Promise<string> {
  const target = userPackPath(appDataDir, file.pack.id);
  await mkdir(userPacksDir(appDataDir), { recursive: true });
  await atomicWrite(target, `${JSON.stringify(file)}\n`, { file: target });
  return target;
}

/** Reads and validates one user pack file; NOT_FOUND when there is none. */
export async function readUserPackFile(appDataDir: string, packId: string): Promise<UserPackFile> {
  const target = userPackPath(appDataDir, packId);
  const bytes = await readFileLimited(target, target, MAX_USER_PACK_BYTES);
  if (bytes === null) {
    throw new HostFailure({
      code: 'NOT_FOUND',
      message: `There is no imported framework pack "${packId}".`,
      file: target,
    });
  }
  const parsed = userPackFileSchema.safeParse(parseJsonBytes(bytes, target));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const jsonPath = issue ? formatJsonPath(issue.path) : '(root)';
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${target} is not a valid ${USER_PACK_FORMAT} v${USER_PACK_VERSION} file: ${jsonPath}: ${issue?.message ?? 'rejected'}`,
      file: target,
      jsonPath,
    });
  }
  if (parsed.data.pack.id !== packId) {
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${target} holds pack "${parsed.data.pack.id}", not "${packId}".`,
      file: target,
      jsonPath: 'pack.id',
    });
  }
  return parsed.data;
}

/** A user pack with its descriptions. */
export async function loadUserPack(appDataDir: string, packId: string): Promise<FrameworkPack> {
  return (await readUserPackFile(appDataDir, packId)).pack;
}

/** Every readable user pack file, by id; unreadable ones are reported, not thrown. */
export async function listUserPackFiles(
  appDataDir: string,
): Promise<{ files: UserPackFile[]; problems: HostError[] }> {
  let names: string[];
  try {
    names = await readdir(userPacksDir(appDataDir));
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { files: [], problems: [] };
    throw new HostFailure({
      code: 'IO_ERROR',
      message: `Could not list ${userPacksDir(appDataDir)}: ${error instanceof Error ? error.message : String(error)}`,
      file: userPacksDir(appDataDir),
    });
  }
  const ids = names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((id) => PACK_ID_PATTERN.test(id))
    .sort();
  const files: UserPackFile[] = [];
  const problems: HostError[] = [];
  for (const id of ids) {
    try {
      files.push(await readUserPackFile(appDataDir, id));
    } catch (error) {
      if (error instanceof HostFailure) problems.push(error.error);
      else throw error;
    }
  }
  return { files, problems };
}
