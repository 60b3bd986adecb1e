import type { z } from 'zod';
import { HostFailure, MAX_LISTED_PROBLEMS, formatJsonPath, type HostError } from '../ipc/errors';
import { parseJsonSafe } from '../codecs/safe-json';
import { FILE_JSON_LIMITS } from './file-limits';
import { FORMAT, workspaceFileSchema, type WorkspaceFile } from './workspace-schema';
import { processesFileSchema, type ProcessesFile } from './process-schema';
import { mappingsFileSchema, type MappingsFile } from './mapping-schema';
import { diagramFileSchema, type DiagramFile } from './diagram-schema';
import { scopeFileSchema, type ScopeFile } from './scope-schema';
import { MIGRATIONS } from './migrations/registry';
import { SCHEMA_VERSIONS } from './schema-versions';
import { MigrationError, runMigrations } from './migrations/run';
import type { FileKind, MigrationContext, MigrationStep } from './migrations/types';

export type { FileKind, MigrationContext } from './migrations/types';

/** The typed content of each kind of workspace file. */
export interface FileTypes {
  workspace: WorkspaceFile;
  processes: ProcessesFile;
  mappings: MappingsFile;
  scope: ScopeFile;
  diagram: DiagramFile;
}

const SCHEMAS: { [K in FileKind]: z.ZodType<FileTypes[K]> } = {
  workspace: workspaceFileSchema,
  processes: processesFileSchema,
  mappings: mappingsFileSchema,
  scope: scopeFileSchema,
  diagram: diagramFileSchema,
};

/** A file that passed validation, and which version it was written in. */
export interface ValidatedFile<K extends FileKind> {
  value: FileTypes[K];
  /** The schemaVersion found in the file. */
  version: number;
  /** True when written by a newer version: readable, but must not be saved over. */
  newer: boolean;
}

function schemaError(
  file: string,
  path: ReadonlyArray<PropertyKey>,
  message: string,
  listed: Pick<HostError, 'problems' | 'problemCount'> = {},
): HostFailure {
  const jsonPath = formatJsonPath(path);
  return new HostFailure({
    code: 'SCHEMA_ERROR',
    message: `${file}, ${jsonPath}: ${message}`,
    file,
    jsonPath,
    ...listed,
  });
}

/** Checks the envelope every file has and returns its schema version. */
function checkEnvelope(kind: FileKind, value: unknown, file: string): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw schemaError(file, [], 'expected a JSON object.');
  }
  const record = value as Record<string, unknown>;
  if (record.format !== FORMAT[kind]) {
    throw schemaError(
      file,
      ['format'],
      `expected "${FORMAT[kind]}"; this is not an eTOM Studio ${kind} file.`,
    );
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw schemaError(file, ['schemaVersion'], 'expected a whole number.');
  }
  return version;
}

function checkSchema<K extends FileKind>(kind: K, value: unknown, file: string): FileTypes[K] {
  const result = SCHEMAS[kind].safeParse(value);
  if (result.success) return result.data;
  const { issues } = result.error;
  const [issue] = issues;
  const more = issues.length - 1;
  throw schemaError(
    file,
    issue?.path ?? [],
    `${issue?.message ?? 'invalid'}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}.`,
    {
      problems: issues
        .slice(0, MAX_LISTED_PROBLEMS)
        .map((each) => `${file}, ${formatJsonPath(each.path)}: ${each.message}.`),
      problemCount: issues.length,
    },
  );
}

/**
 * Validates a parsed `kind` file: the envelope first, then migration of older versions, then
 * the current schema of that kind (each kind has its own version, SCHEMA_VERSIONS). A file from a newer version is read as if it were current when it fits
 * the current schema (`newer: true`, so it is opened read-only), else refused NEWER_VERSION.
 * Errors are HostFailures naming `file` and, where known, the JSON path.
 */
export function validateFileValue<K extends FileKind>(
  kind: K,
  value: unknown,
  file: string,
  context: MigrationContext = {},
  steps: ReadonlyArray<MigrationStep> = MIGRATIONS,
): ValidatedFile<K> {
  const version = checkEnvelope(kind, value, file);
  const record = value as Record<string, unknown>;
  const latest = SCHEMA_VERSIONS[kind];
  if (version > latest) {
    try {
      const asCurrent = checkSchema(kind, { ...record, schemaVersion: latest }, file);
      return { value: asCurrent, version, newer: true };
    } catch {
      throw new HostFailure({
        code: 'NEWER_VERSION',
        message: `${file} was written by a newer version of eTOM Studio (schema version ${version}; this version reads up to ${latest}). Update eTOM Studio to open it.`,
        file,
        jsonPath: 'schemaVersion',
      });
    }
  }
  let current: unknown = record;
  if (version < latest) {
    try {
      current = runMigrations(kind, record, steps, latest, context);
    } catch (error) {
      if (!(error instanceof MigrationError)) throw error;
      throw schemaError(file, ['schemaVersion'], `${error.message}.`);
    }
  }
  return { value: checkSchema(kind, current, file), version, newer: false };
}

/**
 * Parses (safely, see parseJsonBytes, within the kind's FILE_JSON_LIMITS) and validates the
 * text of a `kind` file.
 */
export function validateFileText<K extends FileKind>(
  kind: K,
  text: string,
  file: string,
  context: MigrationContext = {},
  steps: ReadonlyArray<MigrationStep> = MIGRATIONS,
): ValidatedFile<K> {
  return validateFileValue(
    kind,
    parseJsonSafe(text, file, FILE_JSON_LIMITS[kind]),
    file,
    context,
    steps,
  );
}
