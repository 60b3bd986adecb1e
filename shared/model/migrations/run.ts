import { SCHEMA_VERSIONS } from '../schema-versions';
import type { FileKind, MigrationContext, MigrationStep } from './types';

/** Raised when a file cannot be brought to the current version; validate.ts names the file. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Brings a parsed `kind` file of version `file.schemaVersion` up to `target` (by default the
 * version this build writes for `kind`), one step at a
 * time. The input is not modified. A missing step or a step that throws is a MigrationError.
 */
export function runMigrations(
  kind: FileKind,
  file: Readonly<Record<string, unknown>>,
  steps: ReadonlyArray<MigrationStep>,
  target: number = SCHEMA_VERSIONS[kind],
  context: MigrationContext = {},
): Record<string, unknown> {
  let current: Record<string, unknown> = { ...file };
  const start = current.schemaVersion;
  if (typeof start !== 'number' || !Number.isInteger(start)) {
    throw new MigrationError('schemaVersion is not a whole number');
  }
  let version: number = start;
  while (version < target) {
    const from: number = version;
    const step = steps.find((s) => s.kind === kind && s.from === from);
    if (!step) throw new MigrationError(`no migration from version ${from} for ${kind} files`);
    if (step.to !== from + 1) {
      throw new MigrationError(`migration ${kind} v${from} goes to v${step.to}, not v${from + 1}`);
    }
    try {
      current = { ...step.migrate(current, context), schemaVersion: step.to };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`migrating from version ${from} to ${step.to} failed: ${reason}`);
    }
    version = step.to;
  }
  return current;
}
