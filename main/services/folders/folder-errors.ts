import { HostFailure, type ErrorCode } from '../../../shared/ipc/errors';

function osCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const REASONS: Readonly<Record<string, { code: ErrorCode; says: (folder: string) => string }>> = {
  ENOENT: { code: 'NOT_FOUND', says: (f) => `The folder ${f} does not exist.` },
  ENOTDIR: { code: 'INVALID_ARGUMENT', says: (f) => `${f} is a file, not a folder.` },
  EACCES: { code: 'FORBIDDEN', says: (f) => `You are not allowed to open the folder ${f}.` },
  EPERM: { code: 'FORBIDDEN', says: (f) => `You are not allowed to open the folder ${f}.` },
  EEXIST: { code: 'ALREADY_EXISTS', says: (f) => `${f} already exists.` },
  ELOOP: { code: 'INVALID_ARGUMENT', says: (f) => `${f} is a loop of symbolic links.` },
  ENAMETOOLONG: { code: 'INVALID_ARGUMENT', says: (f) => `The path ${f} is too long.` },
};

/**
 * A file-system failure on `folder` as a HostFailure that names the folder and keeps the
 * operating system's code (EACCES, ENOENT, ENOTDIR...), so the user learns which folder and why.
 */
export function folderFailure(error: unknown, folder: string): HostFailure {
  if (error instanceof HostFailure) return error;
  const osCode = osCodeOf(error);
  const known = osCode === undefined ? undefined : REASONS[osCode];
  const detail = error instanceof Error ? error.message : String(error);
  return new HostFailure({
    code: known?.code ?? 'IO_ERROR',
    message: known ? known.says(folder) : `The folder ${folder} could not be read: ${detail}`,
    file: folder,
    ...(osCode === undefined ? {} : { osCode }),
  });
}
