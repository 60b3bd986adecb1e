import { DIAGRAM_SCHEMA_VERSION } from './diagram-schema';
import { MAPPINGS_SCHEMA_VERSION } from './mapping-schema';
import type { FileKind } from './migrations/types';
import { PROCESSES_SCHEMA_VERSION } from './process-schema';
import { SCOPE_SCHEMA_VERSION } from './scope-schema';
import { WORKSPACE_SCHEMA_VERSION } from './workspace-schema';

/**
 * The schema version this build writes, per file kind. Each kind moves on its own: a change to
 * diagrams raises the diagram version and migrates diagram files alone. Older files migrate
 * forward on open; newer ones open read-only (or are refused when they do not fit).
 */
export const SCHEMA_VERSIONS = {
  workspace: WORKSPACE_SCHEMA_VERSION,
  processes: PROCESSES_SCHEMA_VERSION,
  mappings: MAPPINGS_SCHEMA_VERSION,
  scope: SCOPE_SCHEMA_VERSION,
  diagram: DIAGRAM_SCHEMA_VERSION,
} as const satisfies { readonly [K in FileKind]: number };
