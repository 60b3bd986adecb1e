import type { WorkspaceDocument } from '../model/document';
import { diagramFilePath, WORKSPACE_FILES } from '../model/document';
import type { CatalogueLookup } from './pack-references';

/** A framework reference that names no process: the file, the JSON path and why. */
export interface UnknownReference {
  file: string;
  jsonPath: string;
  message: string;
}

/**
 * Lists every framework reference of `document` (framework nodes on diagrams, mappings'
 * targets) whose pack is not available through `lookup`, or whose pack has no process of that
 * id. References are judged in their own pack, never by bare id. Diagrams come first, in
 * document order, then mappings.
 */
export function findUnknownReferences(
  document: WorkspaceDocument,
  lookup: CatalogueLookup,
): UnknownReference[] {
  const found: UnknownReference[] = [];
  const judge = (pack: string, id: string, file: string, jsonPath: string): void => {
    const catalogue = lookup(pack);
    if (catalogue === undefined) {
      found.push({ file, jsonPath, message: `framework pack "${pack}" is not available` });
    } else if (catalogue.byId(id) === undefined) {
      found.push({ file, jsonPath, message: `no process "${id}" in framework pack "${pack}"` });
    }
  };
  for (const diagram of document.diagrams) {
    diagram.nodes.forEach((node, index) => {
      if (node.kind === 'framework') {
        judge(node.pack, node.processId, diagramFilePath(diagram.id), `nodes[${index}].processId`);
      }
    });
  }
  document.mappings.mappings.forEach((mapping, index) => {
    judge(
      mapping.target.pack,
      mapping.target.id,
      WORKSPACE_FILES.mappings,
      `mappings[${index}].target.id`,
    );
  });
  return found;
}
