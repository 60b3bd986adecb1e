import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';

/**
 * Writes `bytes` to a file the user chose; an existing file is kept unless `overwrite`
 * (ALREADY_EXISTS, asking for another name). A failure names the file and the OS code.
 */
export async function writeChosenFile(
  absolutePath: string,
  bytes: string | Uint8Array,
  overwrite: boolean,
): Promise<void> {
  try {
    await writeFile(absolutePath, bytes, { flag: overwrite ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const name = path.basename(absolutePath);
    throw new HostFailure({
      code: code === 'EEXIST' ? 'ALREADY_EXISTS' : 'IO_ERROR',
      message:
        code === 'EEXIST'
          ? `${name} exists; choose another name or allow overwriting`
          : `${name}: ${error instanceof Error ? error.message : String(error)}`,
      file: absolutePath,
      ...(code === undefined ? {} : { osCode: code }),
    });
  }
}
