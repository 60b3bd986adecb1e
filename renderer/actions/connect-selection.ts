import { makeEdge } from '../../shared/commands/factories';
import type { DiagramEdge, DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { NodeId } from '../../shared/model/ids';
import { connectionKind } from '../canvas/edges/connection-kind';

/** The sides a connection leaves and enters by, from where the two nodes are. */
function sides(
  from: DiagramNode,
  to: DiagramNode,
): Pick<DiagramEdge, 'sourceHandle' | 'targetHandle'> {
  const dx = to.x + to.width / 2 - (from.x + from.width / 2);
  const dy = to.y + to.height / 2 - (from.y + from.height / 2);
  if (Math.abs(dx) >= Math.abs(dy)) {
    return dx >= 0
      ? { sourceHandle: 'right', targetHandle: 'left' }
      : { sourceHandle: 'left', targetHandle: 'right' };
  }
  return dy >= 0
    ? { sourceHandle: 'bottom', targetHandle: 'top' }
    : { sourceHandle: 'top', targetHandle: 'bottom' };
}

/**
 * The connections that join the selected nodes one after the other, in the order they were
 * selected: a flow between processes and boxes, an association to or from a note or free text,
 * attached on the sides that face each other. Groups and lanes are skipped (they hold nodes,
 * they are not steps), and so is a pair already joined in that direction. The keyboard's way
 * to draw connections: select, then "Connect selected".
 */
export function connectionsFor(diagram: DiagramFile, order: Iterable<NodeId>): DiagramEdge[] {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const joined = new Set(diagram.edges.map((e) => `${e.source}\u0000${e.target}`));
  const chain = [...order].flatMap((id) => {
    const node = byId.get(id);
    return node && node.kind !== 'group' ? [node] : [];
  });
  const edges: DiagramEdge[] = [];
  for (let i = 1; i < chain.length; i += 1) {
    const from = chain[i - 1];
    const to = chain[i];
    if (!from || !to || joined.has(`${from.id}\u0000${to.id}`)) continue;
    edges.push({
      ...makeEdge(from.id, to.id, connectionKind(from.kind, to.kind)),
      ...sides(from, to),
    });
  }
  return edges;
}
