import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { HostFailure, formatJsonPath, type HostError } from '../../../shared/ipc/errors';
import { fileText } from '../../../shared/model/file-text';
import { validateDocumentValue } from '../../../shared/model/validate-document';
import {
  JsonScanner,
  scanJson,
  type JsonScanError,
  type JsonScanLimits,
} from '../../../shared/codecs/json-scan';
import { parseScannedJson, scanFailure } from '../../../shared/codecs/safe-json';
import { FILE_JSON_LIMITS } from '../../../shared/model/file-limits';
import { LIMITS } from '../../../shared/model/limits';
import {
  validateFileValue,
  type FileKind,
  type FileTypes,
  type MigrationContext,
} from '../../../shared/model/validate';
import { journalFileSchema } from './journal-schema';
import { READ_CHUNK_BYTES, readChunks, readFileLimited, regularFileSize } from './read-limited';

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
  /** What migrating an older file may need from workspace.json (read first). */
  context?: MigrationContext;
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
    context: MigrationContext,
  ): { value: unknown; version: number | null; newer: boolean };
  /** Gives the text the value is written as, for the files of a workspace. */
  canonical: ((value: unknown) => string) | null;
}

function workspaceFileReader(kind: FileKind): Reader {
  return {
    limits: FILE_JSON_LIMITS[kind],
    validate: (value, file, context) => validateFileValue(kind, value, file, context),
    canonical: (value) => fileText(kind, value as FileTypes[typeof kind]),
  };
}

const READERS: Readonly<Record<ReadKind, Reader>> = {
  workspace: workspaceFileReader('workspace'),
  processes: workspaceFileReader('processes'),
  mappings: workspaceFileReader('mappings'),
  scope: workspaceFileReader('scope'),
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
      const document = validateDocumentValue(parsed.data.document, file);
      return { value: { ...parsed.data, document }, version: null, newer: false };
    },
    canonical: null,
  },
};

/** A file that passed the scan, with its bytes, or what the scan found; and its hash. */
type Scanned = { hash: string; bytes: Buffer } | { hash: string; problem: JsonScanError };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Scans and hashes a file a chunk at a time, keeping none of its bytes, so that a large file
 * refused by the scan costs a megabyte of memory whatever its size. The whole file is still
 * read, for its hash (a broken diagram stays watched for outside fixes).
 */
async function scanPass(
  job: ReadJob,
  limits: JsonScanLimits,
): Promise<{ hash: string; problem: JsonScanError | null } | null> {
  const scanner = new JsonScanner(limits);
  const hasher = createHash('sha256');
  let problem: JsonScanError | null = null;
  const found = await readChunks(job.path, job.file, job.maxBytes, (chunk) => {
    hasher.update(chunk);
    problem ??= scanner.push(chunk);
  });
  if (!found) return null;
  return { hash: hasher.digest('hex'), problem: problem ?? scanner.end() };
}

/**
 * The file's bytes, scanned. A small file is read once and scanned; a large one is scanned
 * first without keeping it (scanPass), and only read whole when it passed. Should it change
 * between the two reads, what was read the second time is scanned again.
 */
async function readScanned(job: ReadJob, limits: JsonScanLimits): Promise<Scanned | null> {
  const size = await regularFileSize(job.path, job.file, job.maxBytes);
  if (size === null) return null;
  let scannedHash: string | null = null;
  if (size > READ_CHUNK_BYTES) {
    const first = await scanPass(job, limits);
    if (first === null) return null;
    if (first.problem) return { hash: first.hash, problem: first.problem };
    scannedHash = first.hash;
  }
  const bytes = await readFileLimited(job.path, job.file, job.maxBytes);
  if (bytes === null) return null;
  const hash = sha256(bytes);
  const problem = hash === scannedHash ? null : scanJson(bytes, limits);
  return problem ? { hash, problem } : { hash, bytes };
}

function refusal(error: unknown, file: string, hash: string | null): ReadRefusal {
  if (error instanceof HostFailure) return { ok: false, error: error.error, hash };
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message: `${file}: ${reason}`, file }, hash };
}

/**
 * Reads, checks, parses and validates one JSON file. The bytes are scanned (json-scan.ts)
 * before they are decoded or parsed, and a large file before it is kept in memory. Never
 * throws: every problem is a refusal naming the file and, where it has one, the JSON path.
 */
export async function runReadJob(job: ReadJob): Promise<ReadOutcome> {
  const reader = READERS[job.kind];
  let scanned: Scanned | null;
  try {
    scanned = await readScanned(job, reader.limits);
  } catch (error) {
    return refusal(error, job.file, null);
  }
  if (scanned === null) return { ok: null, missing: true };
  const { hash } = scanned;
  if ('problem' in scanned) return refusal(scanFailure(scanned.problem, job.file), job.file, hash);
  // Only the parsed value is kept from here: the bytes can go before it is validated.
  let bytes: Buffer | null = scanned.bytes;
  scanned = null;
  try {
    // Parsing, validating and serialising are separate turns: read on the main thread (a
    // small file), each blocks it for a part of the time the three would together.
    const parsed = parseScannedJson(bytes, job.file);
    bytes = null;
    await nextTurn();
    const validated = reader.validate(parsed, job.file, job.context ?? {});
    await nextTurn();
    const text = reader.canonical ? reader.canonical(validated.value) : null;
    return { ok: true, ...validated, hash, text };
  } catch (error) {
    return refusal(error, job.file, hash);
  }
}
