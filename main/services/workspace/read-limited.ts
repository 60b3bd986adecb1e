import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';
import { lstat, open, stat, type FileHandle } from 'node:fs/promises';
import { HostFailure } from '../../../shared/ipc/errors';
import { LIMITS } from '../../../shared/model/limits';

/**
 * Reading a file the user (or anyone) chose, safely. Anything that is not a regular file is
 * refused before it is read, without blocking: a FIFO opened the ordinary way waits for a
 * writer for ever, holding one of libuv's four threadpool threads (four of them freeze every
 * file operation of the process), and a socket or device is never a file of ours. So the path
 * is lstat-ed (and a symlink's target stat-ed) first, then opened with O_NONBLOCK (which makes
 * even a FIFO swapped in meanwhile open at once) and fstat-ed again before a byte is read.
 */

/** Bytes read at a time by readChunks, and by readFileLimited. */
export const READ_CHUNK_BYTES = 1024 * 1024;
const GROWTH_PROBE_BYTES = 64 * 1024;

// O_NONBLOCK does not exist on Windows, where named pipes are not files in a folder anyway.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function osCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isMissing(error: unknown): boolean {
  const code = osCodeOf(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function describeType(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function notRegular(file: string, stats: Stats): HostFailure {
  const what = describeType(stats);
  return new HostFailure({
    code: 'IO_ERROR',
    message: `${file} is ${what === 'not a regular file' ? what : `${what}, not a regular file`}; eTOM Studio reads only regular files.`,
    file,
  });
}

function tooLarge(file: string, size: number, maxBytes: number): HostFailure {
  return new HostFailure({
    code: 'TOO_LARGE',
    message: `${file} is ${formatMb(size)}; the largest file eTOM Studio reads here is ${formatMb(maxBytes)}.`,
    file,
  });
}

function grew(file: string): HostFailure {
  return new HostFailure({
    code: 'TOO_LARGE',
    message: `${file} grew past the size limit while being read.`,
    file,
  });
}

function formatMb(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function ioError(file: string, error: unknown): HostFailure {
  const osCode = osCodeOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  return new HostFailure({
    code: 'IO_ERROR',
    message: `Could not read ${file}${osCode ? ` (${osCode})` : ''}: ${reason}`,
    file,
    ...(osCode ? { osCode } : {}),
  });
}

/** A regular file no larger than the limit, opened for reading; null when there is none. */
export interface OpenedFile {
  handle: FileHandle;
  size: number;
}

/**
 * Checks, without opening it, that `absolutePath` is a regular file of at most `maxBytes`
 * (following a symlink), and returns its size; null when there is no such path or the
 * symlink leads nowhere. Anything else is refused: IO_ERROR naming what it is, or TOO_LARGE.
 */
export async function regularFileSize(
  absolutePath: string,
  file: string,
  maxBytes: number,
): Promise<number | null> {
  let stats: Stats;
  try {
    stats = await lstat(absolutePath);
    if (stats.isSymbolicLink()) stats = await stat(absolutePath);
  } catch (error) {
    if (isMissing(error)) return null;
    throw ioError(file, error);
  }
  if (!stats.isFile()) throw notRegular(file, stats);
  if (stats.size > maxBytes) throw tooLarge(file, stats.size, maxBytes);
  return stats.size;
}

/**
 * Opens `absolutePath` for reading if it is a regular file of at most `maxBytes`, else
 * refuses it (see regularFileSize) without reading or blocking. A path that does not exist,
 * or a symlink to nothing, is null. The caller closes the handle.
 */
export async function openRegularFile(
  absolutePath: string,
  file: string,
  maxBytes: number,
): Promise<OpenedFile | null> {
  if ((await regularFileSize(absolutePath, file, maxBytes)) === null) return null;
  let handle: FileHandle;
  try {
    handle = await open(absolutePath, OPEN_FLAGS);
  } catch (error) {
    if (isMissing(error)) return null;
    throw ioError(file, error);
  }
  try {
    // What was opened may not be what was lstat-ed: the path can be swapped in between.
    const opened = await handle.stat();
    if (!opened.isFile()) throw notRegular(file, opened);
    if (opened.size > maxBytes) throw tooLarge(file, opened.size, maxBytes);
    return { handle, size: opened.size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error instanceof HostFailure ? error : ioError(file, error);
  }
}

/**
 * Reads a whole regular file of at most `maxBytes` (see openRegularFile). A missing file
 * resolves to null. `file` names it in errors (TOO_LARGE, IO_ERROR with the OS code).
 */
export async function readFileLimited(
  absolutePath: string,
  file: string,
  maxBytes: number = LIMITS.maxFileBytes,
): Promise<Buffer | null> {
  const opened = await openRegularFile(absolutePath, file, maxBytes);
  if (opened === null) return null;
  const { handle, size } = opened;
  try {
    // One buffer of the size fstat gave; its pages are only touched as bytes arrive.
    let buffer = Buffer.allocUnsafeSlow(size);
    let length = 0;
    for (;;) {
      if (length < buffer.length) {
        const want = Math.min(READ_CHUNK_BYTES, buffer.length - length);
        const { bytesRead } = await handle.read(buffer, length, want, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        continue;
      }
      // All that fstat promised is read; more means the file grew meanwhile (rare).
      const more = Buffer.allocUnsafe(GROWTH_PROBE_BYTES);
      const { bytesRead } = await handle.read(more, 0, more.length, length);
      if (bytesRead === 0) break;
      if (length + bytesRead > maxBytes) throw grew(file);
      const bigger = Buffer.allocUnsafeSlow(
        Math.min(maxBytes, Math.max(2 * length, length + bytesRead, 4096)),
      );
      buffer.copy(bigger, 0, 0, length);
      more.copy(bigger, length, 0, bytesRead);
      buffer = bigger;
      length += bytesRead;
    }
    return length === buffer.length ? buffer : buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    throw ioError(file, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Reads a regular file of at most `maxBytes` a chunk at a time through one small buffer,
 * keeping nothing: `onChunk` sees each chunk (valid only during the call). False when there
 * is no such file. For a check or a hash of a file that may be refused: it costs a megabyte
 * whatever the size.
 */
export async function readChunks(
  absolutePath: string,
  file: string,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<boolean> {
  const opened = await openRegularFile(absolutePath, file, maxBytes);
  if (opened === null) return false;
  const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, Math.max(opened.size, 1)));
  try {
    for (let total = 0; ;) {
      const { bytesRead } = await opened.handle.read(buffer, 0, buffer.length, total);
      if (bytesRead === 0) return true;
      total += bytesRead;
      if (total > maxBytes) throw grew(file);
      onChunk(buffer.subarray(0, bytesRead));
    }
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    throw ioError(file, error);
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}

/**
 * readFileLimited for the few reads that must be synchronous (the settings file, read before
 * anything else starts): the same checks, the same refusal of anything not a regular file.
 */
export function readFileLimitedSync(
  absolutePath: string,
  file: string,
  maxBytes: number,
): Buffer | null {
  let stats: Stats;
  try {
    stats = lstatSync(absolutePath);
    if (stats.isSymbolicLink()) stats = statSync(absolutePath);
  } catch (error) {
    if (isMissing(error)) return null;
    throw ioError(file, error);
  }
  if (!stats.isFile()) throw notRegular(file, stats);
  if (stats.size > maxBytes) throw tooLarge(file, stats.size, maxBytes);
  let fd: number;
  try {
    fd = openSync(absolutePath, OPEN_FLAGS);
  } catch (error) {
    if (isMissing(error)) return null;
    throw ioError(file, error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw notRegular(file, opened);
    if (opened.size > maxBytes) throw tooLarge(file, opened.size, maxBytes);
    // As much as fstat said; what a writer appends meanwhile is for the next read.
    const buffer = Buffer.alloc(opened.size);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    throw ioError(file, error);
  } finally {
    closeSync(fd);
  }
}
