import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import { nodeAtomicFs, type AtomicFs, type WritableHandle } from './atomic-fs';
import { sha256 } from './file-hash';
import { ownerTag } from './lock-owner';

/** Every temp file an atomic write makes ends with this; the open-time sweep looks for it. */
export const TEMP_SUFFIX = '.etom-tmp';
/**
 * `.<target name>.<pid>-<host tag>.<random>.etom-tmp`: hidden, next to its target,
 * recognisable by the sweep, and naming the process that writes it. Names from before the owner
 * was added (`.<target name>.<random>.etom-tmp`) match too.
 */
export const TEMP_NAME_PATTERN = /^\..+\.[a-z0-9]{8,}\.etom-tmp$/;
const OWNED_TEMP_PATTERN = /^\..+\.(\d{1,10})-([0-9a-f]{8})\.[a-z0-9]{8,}\.etom-tmp$/;

/** The temp name for a write of `targetName` by `owner` (this process by default). */
export function tempNameFor(targetName: string, random: string, owner = ownerTag()): string {
  return `.${targetName}.${owner}.${random}${TEMP_SUFFIX}`;
}

/** The process a temp file name says wrote it, or null for a name without an owner. */
export function tempOwnerOf(name: string): { pid: number; hostTag: string } | null {
  const match = OWNED_TEMP_PATTERN.exec(name);
  if (!match?.[1] || !match[2]) return null;
  return { pid: Number(match[1]), hostTag: match[2] };
}

/** The step of an atomic write that failed, as reported in errors and logs. */
export type AtomicStep =
  'resolve' | 'open' | 'write' | 'fsync' | 'close' | 'verify' | 'rename' | 'dir-fsync';

export interface AtomicWriteOptions {
  /** The file system; tests pass a wrapper that injects faults. */
  fs?: AtomicFs;
  /** How the file is named in errors (e.g. workspace-relative); defaults to the target path. */
  file?: string;
  log?: (message: string) => void;
  randomId?: () => string;
  sleep?: (ms: number) => Promise<void>;
  /** Delays before each retry of a rename refused with EPERM / EBUSY / EACCES (Windows). */
  renameRetryDelaysMs?: ReadonlyArray<number>;
  platform?: NodeJS.Platform;
  /**
   * Runs right before the rename, after the new bytes are safe in the temp file; throwing
   * aborts the write (temp removed, target untouched) with that error. Saves re-check the
   * target's hash here, under the save lock.
   */
  beforeRename?: () => Promise<void>;
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
const DEFAULT_RETRY_DELAYS = [20, 50, 100, 200];
const TEMP_NAME_ATTEMPTS = 5;

function osCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Filesystems and platforms that cannot fsync a directory say so with these. */
function isDirSyncRefusal(error: unknown, platform: NodeJS.Platform): boolean {
  const code = osCodeOf(error);
  if (code === 'EISDIR' || code === 'EINVAL' || code === 'ENOTSUP') return true;
  return platform === 'win32' && (code === 'EPERM' || code === 'EACCES');
}

function defaultRandomId(): string {
  return randomBytes(8).toString('hex');
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function quietly(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch {
    // Cleanup after a failure: the first error is the one worth reporting.
  }
}

/**
 * Replaces `target` with `data` so that, whatever happens (a full disk, a crash, a kill), the
 * file holds either its old bytes or the new ones, never a mix:
 * temp file next to the target (exclusive create, so a planted symlink is never followed),
 * write, fsync, close, read back and compare the hash, rename over the target (retried on
 * Windows' transient EPERM/EBUSY/EACCES), fsync the folder. The target's mode is kept, and a
 * symlinked target is written through (the link stays a link).
 *
 * The old file is hard-linked aside just before the rename so that a failed folder fsync can
 * put it back. On any failure the temp is removed, the target is as it was, and a HostFailure
 * IO_ERROR carries the OS code.
 */
export async function atomicWrite(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeAtomicFs;
  const file = options.file ?? target;
  const log = options.log ?? ((message: string) => console.warn(message));
  const randomId = options.randomId ?? defaultRandomId;
  const sleep = options.sleep ?? defaultSleep;
  const platform = options.platform ?? process.platform;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;

  const fail = (step: AtomicStep, error: unknown): HostFailure => {
    const osCode = osCodeOf(error);
    const reason = error instanceof Error ? error.message : String(error);
    return new HostFailure({
      code: 'IO_ERROR',
      message: `Could not save ${file}: ${step} failed${osCode ? ` (${osCode})` : ''}. ${reason}`,
      file,
      ...(osCode ? { osCode } : {}),
    });
  };

  const { realTarget, mode } = await resolveTarget(fs, target).catch((error: unknown) => {
    throw fail('resolve', error);
  });
  const dir = path.dirname(realTarget);
  const base = path.basename(realTarget);

  let tempPath = '';
  let handle: WritableHandle | null = null;
  for (let attempt = 1; handle === null; attempt += 1) {
    tempPath = path.join(dir, tempNameFor(base, randomId()));
    try {
      handle = await fs.open(tempPath, 'wx', mode ?? 0o666);
    } catch (error) {
      if (osCodeOf(error) === 'EEXIST' && attempt < TEMP_NAME_ATTEMPTS) {
        log(
          `atomic-write: ${path.basename(tempPath)} already exists; not following it, trying another name`,
        );
        continue;
      }
      throw fail('open', error);
    }
  }

  let step: AtomicStep = 'write';
  try {
    await handle.write(bytes);
    // The create mode is filtered by the umask; set the old file's mode exactly.
    if (mode !== undefined) await handle.chmod(mode);
    step = 'fsync';
    await handle.sync();
  } catch (error) {
    await quietly(() => handle.close());
    await quietly(() => fs.unlink(tempPath));
    throw fail(step, error);
  }
  try {
    await handle.close();
  } catch (error) {
    await quietly(() => fs.unlink(tempPath));
    throw fail('close', error);
  }

  try {
    const readBack = await fs.readFile(tempPath);
    if (sha256(readBack) !== sha256(bytes)) {
      throw new Error('the bytes read back differ from the bytes written');
    }
  } catch (error) {
    await quietly(() => fs.unlink(tempPath));
    throw fail('verify', error);
  }

  let backup: string | null = null;
  if (mode !== undefined) {
    const candidate = path.join(dir, tempNameFor(base, randomId()));
    try {
      await fs.link(realTarget, candidate);
      backup = candidate;
    } catch (error) {
      log(`atomic-write: no rollback copy of ${file} (${osCodeOf(error) ?? 'error'}); continuing`);
    }
  }
  const dropBackup = async (): Promise<void> => {
    if (backup !== null) await quietly(() => fs.unlink(backup));
  };

  if (options.beforeRename) {
    try {
      await options.beforeRename();
    } catch (error) {
      await quietly(() => fs.unlink(tempPath));
      await dropBackup();
      throw error;
    }
  }

  const delays = options.renameRetryDelaysMs ?? DEFAULT_RETRY_DELAYS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(tempPath, realTarget);
      break;
    } catch (error) {
      const code = osCodeOf(error);
      const delay = delays[attempt];
      if (code !== undefined && RETRYABLE_RENAME.has(code) && delay !== undefined) {
        log(
          `atomic-write: rename of ${file} refused (${code}); retry ${attempt + 1} of ${delays.length} in ${delay} ms`,
        );
        await sleep(delay);
        continue;
      }
      await quietly(() => fs.unlink(tempPath));
      await dropBackup();
      throw fail('rename', error);
    }
  }

  try {
    await syncDirectory(fs, dir);
  } catch (error) {
    if (!isDirSyncRefusal(error, platform)) {
      await rollBack(fs, realTarget, mode !== undefined, backup, log, file);
      throw fail('dir-fsync', error);
    }
  }
  await dropBackup();
}

async function resolveTarget(
  fs: AtomicFs,
  target: string,
): Promise<{ realTarget: string; mode: number | undefined }> {
  try {
    const realTarget = await fs.realpath(target);
    const stats = await fs.stat(realTarget);
    return { realTarget, mode: stats.mode & 0o7777 };
  } catch (error) {
    if (osCodeOf(error) !== 'ENOENT') throw error;
    const realDir = await fs.realpath(path.dirname(target));
    return { realTarget: path.join(realDir, path.basename(target)), mode: undefined };
  }
}

async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await quietly(() => handle.close());
  }
}

/** After a rename whose durability is in doubt, puts the old file (or its absence) back. */
async function rollBack(
  fs: AtomicFs,
  realTarget: string,
  existed: boolean,
  backup: string | null,
  log: (message: string) => void,
  file: string,
): Promise<void> {
  try {
    if (backup !== null) await fs.rename(backup, realTarget);
    else if (!existed) await fs.unlink(realTarget);
    else log(`atomic-write: ${file} was replaced but the folder sync failed; no copy to restore`);
  } catch (error) {
    log(
      `atomic-write: could not restore ${file} after a failed folder sync (${osCodeOf(error) ?? 'error'})`,
    );
  }
}
