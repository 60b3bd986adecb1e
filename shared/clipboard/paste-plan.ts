import { topZ } from '../commands/element-commands';
import type { Invocation } from '../commands/types';
import type { WorkspaceDocument } from '../model/document';
import type { DiagramEdge, DiagramFile, DiagramNode } from '../model/diagram-schema';
import { newId, type DiagramId, type EdgeId, type NodeId } from '../model/ids';
import type { Clip } from './clipboard-format';

/** What a paste will do, before it is done. */
export interface PastePlan {
  /** The one command that inserts everything: one undo step. */
  invocation: Invocation;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Process nodes whose company process this workspace lacks, pasted as boxes with its name. */
  asBoxes: number;
  /** Mapping edges whose mapping this workspace lacks: left out. */
  droppedMappings: number;
}

/** Where the pasted elements go: moved by (dx, dy) from where they were copied. */
export interface PasteOffset {
  dx: number;
  dy: number;
}

/**
 * The offset of a paste with no pointer to go to: one step down and right of the originals,
 * or more steps while a node of the diagram already sits where the first copy would, so that
 * pasting three times gives three visible copies.
 */
export function cascadeOffset(diagram: DiagramFile, clip: Clip, step = 24): PasteOffset {
  const first = clip.nodes[0];
  if (!first) return { dx: step, dy: step };
  const corners = new Set(diagram.nodes.map((n) => `${n.x},${n.y}`));
  let k = 1;
  while (k < 1000 && corners.has(`${first.x + k * step},${first.y + k * step}`)) k += 1;
  return { dx: k * step, dy: k * step };
}

/**
 * Plans pasting a clip into a diagram of a document: every node and edge gets a new id (from
 * `makeId`), edges, containment and drawing order follow the renumbering, the copies are drawn
 * above everything there is in their copied order, and references the document cannot resolve
 * are made safe: a company process it lacks becomes a box named after it, a mapping edge whose
 * mapping it lacks is left out.
 */
export function planPaste(
  document: WorkspaceDocument,
  diagram: DiagramFile,
  clip: Clip,
  offset: PasteOffset,
  makeId: (prefix: 'n' | 'e') => string = newId,
): PastePlan {
  const diagramId: DiagramId = diagram.id;
  const ids = new Map<string, NodeId>(clip.nodes.map((n) => [n.id, makeId('n') as NodeId]));
  const knownProcesses = new Set<string>(document.processes.processes.map((p) => p.id));
  const clipProcesses = new Map<string, string>(clip.processes.map((p) => [p.id, p.name]));
  const knownMappings = new Set<string>(document.mappings.mappings.map((m) => m.id));
  const base = topZ(diagram.nodes);
  const order = [...clip.nodes].sort(
    (a, b) => (a.z ?? 0) - (b.z ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const zOf = new Map(order.map((n, i) => [n.id, base + 1 + i]));
  let asBoxes = 0;
  const kinds = new Map<string, DiagramNode['kind']>();
  const nodes = clip.nodes.map((source): DiagramNode => {
    const id = ids.get(source.id) as NodeId;
    const { parentId, ...rest } = source;
    const parent = parentId === undefined ? undefined : ids.get(parentId);
    const placed = {
      ...rest,
      id,
      x: source.x + offset.dx,
      y: source.y + offset.dy,
      z: zOf.get(source.id) ?? base + 1,
      ...(parent ? { parentId: parent } : {}),
    };
    if (placed.kind === 'process' && !knownProcesses.has(placed.processId)) {
      asBoxes += 1;
      const { processId, ...frame } = placed;
      const name = clipProcesses.get(processId) ?? `Process ${processId}`;
      kinds.set(id, 'box');
      return { ...frame, kind: 'box', label: name };
    }
    kinds.set(id, placed.kind);
    return placed;
  });
  let droppedMappings = 0;
  const edges: DiagramEdge[] = [];
  for (const source of clip.edges) {
    const from = ids.get(source.source);
    const to = ids.get(source.target);
    if (!from || !to) continue;
    if (source.kind === 'mapping') {
      const fits =
        source.mappingId !== undefined &&
        knownMappings.has(source.mappingId) &&
        kinds.get(from) === 'process' &&
        kinds.get(to) === 'framework';
      if (!fits) {
        droppedMappings += 1;
        continue;
      }
    }
    edges.push({ ...source, id: makeId('e') as EdgeId, source: from, target: to });
  }
  return {
    invocation: { name: 'element.insert', args: { diagramId, nodes, edges } },
    nodes,
    edges,
    asBoxes,
    droppedMappings,
  };
}
