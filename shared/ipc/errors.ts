/** Every way a host call can fail, as a code the renderer can act on. */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_A_WORKSPACE',
  'ALREADY_EXISTS',
  'NOT_EMPTY',
  'PARSE_ERROR',
  'SCHEMA_ERROR',
  'TOO_LARGE',
  'TOO_DEEP',
  'NEWER_VERSION',
  'CONFLICT',
  'READ_ONLY',
  'LOCKED',
  'OUTSIDE_WORKSPACE',
  'UNKNOWN_HANDLE',
  'UNSUPPORTED',
  /** The user cancelled a long operation (an export); nothing was written. */
  'CANCELLED',
  'IO_ERROR',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A failure that crosses the host contract: a code, a message a person can read, and where
 * relevant the file (relative to the workspace, or absolute outside one) and the JSON path in it.
 */
export interface HostError {
  code: ErrorCode;
  message: string;
  file?: string;
  jsonPath?: string;
  /** The operating system's code (ENOSPC, EACCES, ...) when the failure came from the disk. */
  osCode?: string;
  /** For CONFLICT: the workspace-relative files changed on disk since they were loaded. */
  files?: string[];
  /**
   * For SCHEMA_ERROR: the problems found in the file, each `file, path: message` (the first is
   * the one `message` names), at most MAX_LISTED_PROBLEMS of them; `problemCount` counts all.
   */
  problems?: string[];
  problemCount?: number;
}

/** The most problems of one file a SCHEMA_ERROR lists (`HostError.problems`). */
export const MAX_LISTED_PROBLEMS = 1000;

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

/** An exception carrying a HostError, thrown inside services and turned into a result once. */
export class HostFailure extends Error {
  readonly error: HostError;
  constructor(error: HostError) {
    super(error.message);
    this.name = 'HostFailure';
    this.error = error;
  }
}

/** Formats a JSON path such as `['nodes', 3, 'label']` as `nodes[3].label`. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
