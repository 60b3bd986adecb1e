import { SCHEMA_VERSIONS } from './schema-versions';
import { FORMAT, type WorkspaceFile } from './workspace-schema';
import type { WorkspaceDocument } from './document';
import type { ScopeFile } from './scope-schema';

/** A scope.json with no decisions. */
export function emptyScopeFile(): ScopeFile {
  return { format: FORMAT.scope, schemaVersion: SCHEMA_VERSIONS.scope, entries: [] };
}

/** The document of a new workspace: no processes, mappings, decisions or diagrams yet. */
export function emptyDocument(
  name: string,
  framework: WorkspaceFile['framework'],
): WorkspaceDocument {
  return {
    workspace: {
      format: FORMAT.workspace,
      schemaVersion: SCHEMA_VERSIONS.workspace,
      name,
      framework,
    },
    processes: {
      format: FORMAT.processes,
      schemaVersion: SCHEMA_VERSIONS.processes,
      processes: [],
    },
    mappings: { format: FORMAT.mappings, schemaVersion: SCHEMA_VERSIONS.mappings, mappings: [] },
    scope: emptyScopeFile(),
    diagrams: [],
  };
}
