import { open } from 'node:fs/promises';
import { HostFailure } from '../../../shared/ipc/errors';
import { LIMITS } from '../../../shared/model/limits';

function osCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Reads a whole file no larger than `maxBytes`. The size comes from fstat of the opened file,
 * before any byte is read, so a 60 MB or sparse 10 GB file costs nothing to refuse. A missing
 * file resolves to null. `file` names it in errors (TOO_LARGE, IO_ERROR with the OS code).
 */
export async function readFileLimited(
  absolutePath: string,
  file: string,
  maxBytes: number = LIMITS.maxFileBytes,
): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(absolutePath, 'r');
  } catch (error) {
    if (osCodeOf(error) === 'ENOENT') return null;
    throw ioError(file, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new HostFailure({ code: 'IO_ERROR', message: `${file} is not a regular file.`, file });
    }
    if (stats.size > maxBytes) {
      throw new HostFailure({
        code: 'TOO_LARGE',
        message: `${file} is ${formatMb(stats.size)}; the largest file eTOM Studio reads is ${formatMb(maxBytes)}.`,
        file,
      });
    }
    const bytes = await handle.readFile();
    // A file that grew between the stat and the read is still held to the limit.
    if (bytes.length > maxBytes) {
      throw new HostFailure({
        code: 'TOO_LARGE',
        message: `${file} grew past the size limit while being read.`,
        file,
      });
    }
    return bytes;
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    throw ioError(file, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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
