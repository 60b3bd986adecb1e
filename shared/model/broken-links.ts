import { diagramFilePath, WORKSPACE_FILES, type WorkspaceDocument } from './document';

/** A link between the workspace's own files that names nothing: the file, the place, why. */
export interface BrokenLink {
  file: string;
  jsonPath: string;
  message: string;
}

/**
 * The links between the workspace's files that name nothing: a mapping from a company process
 * that processes.json does not have; on a diagram, a node of such a process (kept when its
 * process was deleted, shown as missing) and a mapping edge drawing a mapping that
 * mappings.json does not have (the app deletes a mapping's drawings with it; a hand edit or a
 * merge may not). Mappings come first, then the diagrams in document order, nodes before
 * edges. O(processes + mappings + nodes + edges).
 */
export function findBrokenLinks(document: WorkspaceDocument): BrokenLink[] {
  const found: BrokenLink[] = [];
  const processes = new Set<string>(document.processes.processes.map((p) => p.id));
  const mappings = new Set<string>(document.mappings.mappings.map((m) => m.id));
  document.mappings.mappings.forEach((mapping, index) => {
    if (!processes.has(mapping.processId)) {
      found.push({
        file: WORKSPACE_FILES.mappings,
        jsonPath: `mappings[${index}].processId`,
        message: `no company process "${mapping.processId}" in ${WORKSPACE_FILES.processes}`,
      });
    }
  });
  for (const diagram of document.diagrams) {
    diagram.nodes.forEach((node, index) => {
      if (node.kind === 'process' && !processes.has(node.processId)) {
        found.push({
          file: diagramFilePath(diagram.id),
          jsonPath: `nodes[${index}].processId`,
          message: `no company process "${node.processId}" in ${WORKSPACE_FILES.processes} (the diagram shows it as missing)`,
        });
      }
    });
    diagram.edges.forEach((edge, index) => {
      if (edge.mappingId !== undefined && !mappings.has(edge.mappingId)) {
        found.push({
          file: diagramFilePath(diagram.id),
          jsonPath: `edges[${index}].mappingId`,
          message: `no mapping "${edge.mappingId}" in ${WORKSPACE_FILES.mappings}`,
        });
      }
    });
  }
  return found;
}
