import { HostFailure } from '../ipc/errors';
import type { WorkspaceDocument } from './document';
import { LIMITS } from './limits';
import { emptyScopeFile } from './empty-files';
import {
  validateFileValue,
  type FileKind,
  type FileTypes,
  type MigrationContext,
} from './validate';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(file: string, place: string, message: string): never {
  throw new HostFailure({
    code: 'SCHEMA_ERROR',
    message: `${file}, ${place}: ${message}`,
    file,
    jsonPath: place,
  });
}

/**
 * Validates a whole document kept somewhere other than its own files (the recovery journal),
 * each part as the file it stands for: older schema versions migrate forward exactly as files
 * on disk do, so a journal written before an upgrade is still offered back. A part written by
 * a newer version is refused. Errors name `file` and the part (`document.diagrams[2]`).
 */
export function validateDocumentValue(
  value: unknown,
  file: string,
  at = 'document',
): WorkspaceDocument {
  if (!isRecord(value)) refuse(file, at, 'expected a workspace document.');
  let context: MigrationContext = {};
  const part = <K extends FileKind>(kind: K, raw: unknown, place: string): FileTypes[K] => {
    const validated = validateFileValue(kind, raw, `${file} (${place})`, context);
    if (validated.newer) refuse(file, place, 'written by a newer version of eTOM Studio.');
    return validated.value;
  };
  const { diagrams } = value;
  if (!Array.isArray(diagrams)) refuse(file, `${at}.diagrams`, 'expected a list of diagrams.');
  if (diagrams.length > LIMITS.maxDiagrams) {
    refuse(file, `${at}.diagrams`, `more than ${LIMITS.maxDiagrams} diagrams.`);
  }
  const extra = Object.keys(value).filter(
    (key) => !['workspace', 'processes', 'mappings', 'scope', 'diagrams'].includes(key),
  );
  if (extra.length > 0) refuse(file, at, `unexpected key "${extra[0]}".`);
  const workspace = part('workspace', value.workspace, `${at}.workspace`);
  context = { framework: workspace.framework };
  return {
    workspace,
    processes: part('processes', value.processes, `${at}.processes`),
    mappings: part('mappings', value.mappings, `${at}.mappings`),
    // Journals written before scope decisions existed have none.
    scope: value.scope === undefined ? emptyScopeFile() : part('scope', value.scope, `${at}.scope`),
    diagrams: diagrams.map((diagram, index) =>
      part('diagram', diagram, `${at}.diagrams[${index}]`),
    ),
  };
}
