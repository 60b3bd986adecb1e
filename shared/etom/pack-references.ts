import type { DiagramId, FrameworkProcessId, MappingId, NodeId } from '../model/ids';
import type { WorkspaceDocument } from '../model/document';
import { diagramFilePath, WORKSPACE_FILES } from '../model/document';
import type { FrameworkCatalogue } from './catalogue';

/** A reference in a workspace to a framework process the target pack does not hold. */
export type MissingReference =
  | {
      kind: 'diagram-node';
      processId: FrameworkProcessId;
      diagramId: DiagramId;
      nodeId: NodeId;
      /** Workspace-relative file and the place in it, for messages. */
      file: string;
      jsonPath: string;
    }
  | {
      kind: 'mapping';
      processId: FrameworkProcessId;
      mappingId: MappingId;
      file: string;
      jsonPath: string;
    };

/**
 * Lists every framework reference in `document` (framework nodes on diagrams, mappings'
 * `target.id`) that `target` does not hold: what would break on switching packs.
 * Diagrams and mappings come in document order.
 */
export function findMissingReferences(
  document: WorkspaceDocument,
  target: FrameworkCatalogue,
): MissingReference[] {
  const missing: MissingReference[] = [];
  for (const diagram of document.diagrams) {
    diagram.nodes.forEach((node, index) => {
      if (node.kind !== 'framework' || target.has(node.processId)) return;
      missing.push({
        kind: 'diagram-node',
        processId: node.processId,
        diagramId: diagram.id,
        nodeId: node.id,
        file: diagramFilePath(diagram.id),
        jsonPath: `nodes[${index}].processId`,
      });
    });
  }
  document.mappings.mappings.forEach((mapping, index) => {
    if (target.has(mapping.target.id)) return;
    missing.push({
      kind: 'mapping',
      processId: mapping.target.id,
      mappingId: mapping.id,
      file: WORKSPACE_FILES.mappings,
      jsonPath: `mappings[${index}].target.id`,
    });
  });
  return missing;
}
