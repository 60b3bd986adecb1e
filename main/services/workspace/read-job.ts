import { createHash } from 'node:crypto';
import { HostFailure, formatJsonPath, type HostError } from '../../../shared/ipc/errors';
import { toCanonicalJson } from '../../../shared/codecs/canonical-json';
import { JsonScanner, type JsonScanLimits } from '../../../shared/codecs/json-scan';
import { parseScannedJson, scanFailure } from '../../../shared/codecs/safe-json';
import { FILE_JSON_LIMITS } from '../../../shared/model/file-limits';
import { LIMITS } from '../../../shared/model/limits';
import { validateFileValue, type FileKind } from '../../../shared/model/validate';
import { journalFileSchema } from './journal-schema';
import { openRegularFile, READ_CHUNK_BYTES, readFileLimited } from './read-limited';

/** What is read: a workspace file of a kind, or a recovery journal. */
export type ReadKind = FileKind | 'journal';

/** One JSON file to read, check, parse and validate (on this thread or in the read worker). */
export interface ReadJob {
  kind: ReadKind;
  /** The absolute path to read. */
  path: string;
  /** How errors name the file (workspace-relative for workspace files). */
  file: string;
  /** The largest file read at all. */
  maxBytes: number;
}

/** A file that was read and is valid. */
export interface ReadValue {
  ok: true;
  value: unknown;
  /** For workspace files: the schemaVersion found, and whether it is newer than ours. */
  version: number | null;
  newer: boolean;
  /** SHA-256 of the bytes read. */
  hash: string;
  /** For workspace files: the canonical text of the value (saves compare against it). */
  text: string | null;
}

/** A file that exists but was refused; `hash` is its bytes' hash where they could be read. */
export interface ReadRefusal {
  ok: false;
  error: HostError;
  hash: string | null;
}

export type ReadOutcome = ReadValue | ReadRefusal | { ok: null; missing: true };

interface Reader {
  limits: JsonScanLimits;
  validate(
    value: unknown,
    file: string,
  ): { value: unknown; version: number | null; newer: boolean };
  canonical: boolean;
}

function workspaceFileReader(kind: FileKind): Reader {
  return {
    limits: FILE_JSON_LIMITS[kind],
    validate: (value, file) => validateFileValue(kind, value, file),
    canonical: true,
  };
}

const READERS: Readonly<Record<ReadKind, Reader>> = {
  workspace: workspaceFileReader('workspace'),
  processes: workspaceFileReader('processes'),
  mappings: workspaceFileReader('mappings'),
  diagram: workspaceFileReader('diagram'),
  journal: {
    // A journal carries a whole document: its strings are workspace strings, its values many.
    limits: { ...FILE_JSON_LIMITS.workspace, maxValues: LIMITS.maxDocumentJsonValues },
    validate: (value, file) => {
      const parsed = journalFileSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const jsonPath = formatJsonPath(issue?.path ?? []);
        throw new HostFailure({
          code: 'SCHEMA_ERROR',
          message: `${file}, ${jsonPath}: ${issue?.message ?? 'invalid'}.`,
          file,
          jsonPath,
        });
      }
      return { value: parsed.data, version: null, newer: false };
    },
    canonical: false,
  },
};

/** The SHA-256 of a regular file, read a chunk at a time into one reused buffer. */
async function hashFile(job: ReadJob): Promise<string | null> {
  const opened = await openRegularFile(job.path, job.file, job.maxBytes).catch(() => null);
  if (opened === null) return null;
  const hasher = createHash('sha256');
  const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, Math.max(opened.size, 1)));
  try {
    for (let position = 0; ;) {
      const { bytesRead } = await opened.handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return hasher.digest('hex');
      hasher.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } catch {
    return null;
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}

function refusal(error: unknown, file: string, hash: string | null): ReadRefusal {
  if (error instanceof HostFailure) return { ok: false, error: error.error, hash };
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message: `${file}: ${reason}`, file }, hash };
}

/**
 * Reads, checks, parses and validates one JSON file. The bytes are scanned as they are read
 * (json-scan.ts), so a file past a limit is refused after reading only as far as the problem;
 * its hash is then taken in a second pass that keeps no bytes. Never throws: every problem is
 * a refusal naming the file and, where it has one, the JSON path.
 */
export async function runReadJob(job: ReadJob): Promise<ReadOutcome> {
  const reader = READERS[job.kind];
  const scanner = new JsonScanner(reader.limits);
  const hasher = createHash('sha256');
  let refusedWhileReading = false;
  let bytes: Buffer | null;
  try {
    bytes = await readFileLimited(job.path, job.file, job.maxBytes, (chunk) => {
      hasher.update(chunk);
      const problem = scanner.push(chunk);
      if (problem) {
        refusedWhileReading = true;
        throw scanFailure(problem, job.file);
      }
    });
  } catch (error) {
    return refusal(error, job.file, refusedWhileReading ? await hashFile(job) : null);
  }
  if (bytes === null) return { ok: null, missing: true };
  const hash = hasher.digest('hex');
  try {
    const problem = scanner.end();
    if (problem) throw scanFailure(problem, job.file);
    const parsed = parseScannedJson(bytes, job.file);
    bytes = null;
    const validated = reader.validate(parsed, job.file);
    const text = reader.canonical ? toCanonicalJson(validated.value) : null;
    return { ok: true, ...validated, hash, text };
  } catch (error) {
    return refusal(error, job.file, hash);
  }
}
