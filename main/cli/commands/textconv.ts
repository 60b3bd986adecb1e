import { readFile } from 'node:fs/promises';
import { fileWords } from '../../../shared/diff/file-words';
import { HostFailure } from '../../../shared/ipc/errors';
import { FILE_MAX_BYTES } from '../../../shared/model/file-limits';
import type { FileKind } from '../../../shared/model/migrations/types';
import { validateFileText } from '../../../shared/model/validate';
import { FORMAT } from '../../../shared/model/workspace-schema';

/**
 * One workspace file (any kind, told by its `format`) in words, for `git diff`'s textconv. A
 * file that is not a workspace file, or is broken, fails naming the file.
 */
export async function textconvFile(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new HostFailure({ code: 'NOT_FOUND', message: `${file}: cannot be read`, file });
  });
  const format = /"format"\s*:\s*"([^"]+)"/.exec(text.slice(0, 4096))?.[1];
  const kind = (Object.entries(FORMAT) as [FileKind, string][]).find(([, f]) => f === format)?.[0];
  if (kind === undefined) {
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${file}: not an eTOM Studio workspace file (no known "format").`,
      file,
    });
  }
  if (Buffer.byteLength(text) > FILE_MAX_BYTES[kind]) {
    throw new HostFailure({ code: 'TOO_LARGE', message: `${file}: too large to read`, file });
  }
  return fileWords(kind, validateFileText(kind, text, file).value);
}
