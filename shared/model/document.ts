import { z } from 'zod';
import { workspaceFileSchema } from './workspace-schema';
import { processesFileSchema } from './process-schema';
import { mappingsFileSchema } from './mapping-schema';
import { diagramFileSchema } from './diagram-schema';
import { scopeFileSchema } from './scope-schema';
import { LIMITS } from './limits';

/**
 * A whole workspace in memory: exactly the files on disk, parsed. This is what crosses the
 * host contract on open and save, and what the journal keeps.
 */
export const workspaceDocumentSchema = z.strictObject({
  workspace: workspaceFileSchema,
  processes: processesFileSchema,
  mappings: mappingsFileSchema,
  scope: scopeFileSchema,
  diagrams: z.array(diagramFileSchema).max(LIMITS.maxDiagrams),
});
export type WorkspaceDocument = z.infer<typeof workspaceDocumentSchema>;

/** The relative path of each file of a workspace, always with forward slashes. */
export const WORKSPACE_FILES = {
  workspace: 'workspace.json',
  processes: 'processes.json',
  mappings: 'mappings.json',
  /** Added with scope decisions: a workspace without one has made none. */
  scope: 'scope.json',
  diagramsDir: 'diagrams',
} as const;

/** `diagrams/<id>.json` */
export function diagramFilePath(id: string): string {
  return `${WORKSPACE_FILES.diagramsDir}/${id}.json`;
}
