import type { DiagramId, FrameworkProcessId, MappingId, NodeId } from '../model/ids';
import type { WorkspaceDocument } from '../model/document';
import { diagramFilePath, WORKSPACE_FILES } from '../model/document';
import type { FrameworkCatalogue } from './catalogue';

/** Where a reference lives: a framework node on a diagram, or a mapping's target. */
export type ReferencePlace =
  | { kind: 'diagram-node'; diagramId: DiagramId; nodeId: NodeId }
  | { kind: 'mapping'; mappingId: MappingId };

/**
 * A reference in a workspace that would not mean the same process in the target pack: the
 * target lacks its id (`missing`), or holds that id under another name (`renamed`: GB921
 * and the classic scheme reuse ids for different processes).
 */
export type ChangedReference = ReferencePlace & {
  reason: 'missing' | 'renamed';
  /** The pack the reference names, and its id there. */
  pack: string;
  processId: FrameworkProcessId;
  /** The name in the reference's own pack; undefined when that pack is not available. */
  name: string | undefined;
  /** The name the target pack gives the id; undefined when it lacks it. */
  targetName: string | undefined;
  /** Workspace-relative file and the place in it, for messages. */
  file: string;
  jsonPath: string;
};

/** Finds the catalogue of a pack (built in or loaded), or undefined. */
export type CatalogueLookup = (packId: string) => FrameworkCatalogue | undefined;

/** Names compared as a reader would: case, spacing and `&`/`and` aside. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function judge(
  pack: string,
  processId: FrameworkProcessId,
  target: FrameworkCatalogue,
  lookup: CatalogueLookup,
): Pick<ChangedReference, 'reason' | 'name' | 'targetName'> | undefined {
  const targetName = target.byId(processId)?.name;
  // A reference to the target pack itself means the same process before and after.
  if (pack === target.pack.id && targetName !== undefined) return undefined;
  const name = lookup(pack)?.byId(processId)?.name;
  if (targetName === undefined) return { reason: 'missing', name, targetName };
  // Without the reference's own pack there is no name to compare: the id is all there is.
  if (name === undefined || sameName(name, targetName)) return undefined;
  return { reason: 'renamed', name, targetName };
}

/**
 * Lists every framework reference in `document` (framework nodes on diagrams, mappings'
 * targets) that would not name the same process in `target`: ids the target lacks, and ids
 * the target holds under another name (compared by pack and id, never by bare id). Each
 * reference's own name comes from `lookup(reference.pack)`. Diagrams and mappings come in
 * document order.
 */
export function findChangedReferences(
  document: WorkspaceDocument,
  target: FrameworkCatalogue,
  lookup: CatalogueLookup,
): ChangedReference[] {
  const changed: ChangedReference[] = [];
  for (const diagram of document.diagrams) {
    diagram.nodes.forEach((node, index) => {
      if (node.kind !== 'framework') return;
      const verdict = judge(node.pack, node.processId, target, lookup);
      if (!verdict) return;
      changed.push({
        kind: 'diagram-node',
        diagramId: diagram.id,
        nodeId: node.id,
        pack: node.pack,
        processId: node.processId,
        ...verdict,
        file: diagramFilePath(diagram.id),
        jsonPath: `nodes[${index}].processId`,
      });
    });
  }
  document.mappings.mappings.forEach((mapping, index) => {
    const verdict = judge(mapping.target.pack, mapping.target.id, target, lookup);
    if (!verdict) return;
    changed.push({
      kind: 'mapping',
      mappingId: mapping.id,
      pack: mapping.target.pack,
      processId: mapping.target.id,
      ...verdict,
      file: WORKSPACE_FILES.mappings,
      jsonPath: `mappings[${index}].target.id`,
    });
  });
  return changed;
}

/** The distinct packs `document`'s framework references name, to load before comparing. */
export function referencedPacks(document: WorkspaceDocument): string[] {
  const packs = new Set<string>();
  for (const diagram of document.diagrams) {
    for (const node of diagram.nodes) if (node.kind === 'framework') packs.add(node.pack);
  }
  for (const mapping of document.mappings.mappings) packs.add(mapping.target.pack);
  return [...packs];
}
