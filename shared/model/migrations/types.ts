/** The four kinds of file in a workspace; each has its own schema and migrations. */
export type FileKind = 'workspace' | 'processes' | 'mappings' | 'diagram';

/** Every file kind, in the order files are read. */
export const FILE_KINDS: ReadonlyArray<FileKind> = [
  'workspace',
  'processes',
  'mappings',
  'diagram',
];

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
  migrate(file: Readonly<Record<string, unknown>>): Record<string, unknown>;
}
