/** The kinds of file in a workspace; each has its own schema and migrations. */
export type FileKind = 'workspace' | 'processes' | 'mappings' | 'scope' | 'diagram';

/** Every file kind, in the order files are read (workspace.json first: it is the context). */
export const FILE_KINDS: ReadonlyArray<FileKind> = [
  'workspace',
  'processes',
  'mappings',
  'scope',
  'diagram',
];

/**
 * What a migration of one file may know of the rest of the workspace: the framework pack and
 * release of workspace.json (read first). Absent where a file is read on its own.
 */
export interface MigrationContext {
  framework?: { pack: string; release: string };
}

/**
 * One migration step: turns a `kind` file of schema version `from` into version `to`
 * (`to === from + 1`). `migrate` gets a parsed file that passed the envelope check (an object
 * whose `schemaVersion` is `from`) and returns the new object; the runner sets
 * `schemaVersion` itself, and the result is validated against the current schema at the end.
 */
export interface MigrationStep {
  kind: FileKind;
  from: number;
  to: number;
  migrate(
    file: Readonly<Record<string, unknown>>,
    context?: MigrationContext,
  ): Record<string, unknown>;
}
