import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseJsonBytes } from '../../../shared/codecs/safe-json';
import { settingsSchema, type Settings } from '../../../shared/model/settings-schema';
import { readFileLimitedSync } from '../workspace/read-limited';

/** The settings file's name inside the app-data folder (electron-store's default name too). */
export const CONFIG_FILE = 'config.json';

/** Settings files are tiny; anything this big is not ours and is set aside unread. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ConfigLoad {
  /** The valid settings on disk, or null when there were none (absent or set aside). */
  settings: Settings | null;
  /** Where a corrupt file was moved, so the user can still recover it by hand. */
  setAsideTo: string | null;
  /** Why the file was set aside, for the log. */
  problem: string | null;
}

/**
 * Reads `file` and checks it against the settings schema. A file that is empty, truncated,
 * not JSON or fails the schema is renamed to `config.corrupt-<timestamp>.json` (never deleted)
 * so that the app starts on defaults and the next save cannot overwrite the user's old data.
 * Both settings backends call this before anything else touches the file.
 */
export function loadConfigFile(file: string, now: Date = new Date()): ConfigLoad {
  let problem: string;
  try {
    // Never a blocking read: a FIFO or a folder in its place is refused and set aside.
    const bytes = readFileLimitedSync(file, file, MAX_CONFIG_BYTES);
    if (bytes === null) return { settings: null, setAsideTo: null, problem: null };
    if (bytes.toString('utf8').trim() === '') problem = 'the file is empty';
    else {
      const parsed = settingsSchema.safeParse(parseJsonBytes(bytes, file));
      if (parsed.success) return { settings: parsed.data, setAsideTo: null, problem: null };
      problem = `it does not match the settings schema (${parsed.error.issues[0]?.message ?? 'invalid'})`;
    }
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  const setAsideTo = freeCorruptPath(file, now);
  renameSync(file, setAsideTo);
  return { settings: null, setAsideTo, problem };
}

/** `config.corrupt-<time>.json`, numbered when one from the same millisecond is already kept. */
function freeCorruptPath(file: string, now: Date): string {
  const stem = basename(file).replace(/\.json$/, '');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n++) {
    const candidate = join(dirname(file), `${stem}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}.json`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Writes the settings atomically: a temp file in the same folder, fsync, rename over the old
 * file. A crash mid-write leaves either the old or the new settings, never half a file.
 */
export function writeConfigFile(file: string, settings: Settings): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(settings, null, 2)}\n`);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * The same atomic write without blocking the thread: the write and the fsync run in libuv's
 * thread pool (an fsync took up to 115 ms on this machine's disk, and the main process answers
 * every call of the window). A write that `superseded()` says a newer one has replaced is
 * dropped before its rename, so an older write finishing late never replaces newer settings.
 */
export async function writeConfigFileAsync(
  file: string,
  settings: Settings,
  superseded: () => boolean = () => false,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(settings, null, 2)}\n`);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  if (superseded()) {
    await rm(temp, { force: true });
    return;
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
