import type { Invocation, NodeMove } from '../../shared/commands/types';
import { renamesInPlace } from '../../shared/commands/element-commands';
import { descendantsOf } from '../../shared/commands/group-membership';
import type { DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { EdgeId, NodeId } from '../../shared/model/ids';
import type { Selection } from '../state/selection';

/**
 * The commands that delete a selection: the selected nodes (their edges go with them) and the
 * selected edges not already going with a node.
 */
export function deleteCommands(diagram: DiagramFile, selection: Selection): Invocation[] {
  const diagramId = diagram.id;
  // Locked nodes are not deleted (nor, with them, their edges). A deleted group takes its
  // members, and their edges, with it.
  const nodeIds: NodeId[] = diagram.nodes
    .filter((n) => selection.nodes.has(n.id) && !n.locked)
    .map((n) => n.id);
  const gone = new Set<string>([...nodeIds, ...descendantsOf(diagram.nodes, nodeIds)]);
  const edgeIds: EdgeId[] = diagram.edges
    .filter((e) => selection.edges.has(e.id) && !gone.has(e.source) && !gone.has(e.target))
    .map((e) => e.id);
  const out: Invocation[] = [];
  if (nodeIds.length > 0) out.push({ name: 'element.delete', args: { diagramId, ids: nodeIds } });
  if (edgeIds.length > 0) out.push({ name: 'edge.delete', args: { diagramId, ids: edgeIds } });
  return out;
}

/** Where the selected nodes go when nudged by (dx, dy); locked ones stay. */
export function nudgeMoves(
  diagram: DiagramFile,
  selection: Selection,
  dx: number,
  dy: number,
): NodeMove[] {
  return diagram.nodes
    .filter((n) => selection.nodes.has(n.id) && !n.locked)
    .map((n) => ({ id: n.id, x: n.x + dx, y: n.y + dy }));
}

/**
 * The one selected node the user can rename in place (see `renamesInPlace`): a box, note, text
 * or group, or a company process that processes.json still holds.
 */
export function renamableNode(
  diagram: DiagramFile,
  selection: Selection,
  processes: readonly { id: string }[],
): NodeId | null {
  const node = soleNode(diagram, selection);
  return node && renamesInPlace(node, processes) ? node.id : null;
}

/** The one selected node, when nothing else is selected. */
export function soleNode(diagram: DiagramFile, selection: Selection): DiagramNode | null {
  if (selection.nodes.size !== 1 || selection.edges.size !== 0) return null;
  const [id] = selection.nodes;
  return diagram.nodes.find((n) => n.id === id) ?? null;
}

/** The one selected connection, when nothing else is selected. */
export function singleEdge(diagram: DiagramFile, selection: Selection): EdgeId | null {
  if (selection.edges.size !== 1 || selection.nodes.size !== 0) return null;
  const [id] = selection.edges;
  return diagram.edges.some((e) => e.id === id) ? (id ?? null) : null;
}
