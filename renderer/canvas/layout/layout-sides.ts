import type { Invocation, NodeMove } from '../../../shared/commands/types';
import type { DiagramEdge, DiagramNode, HandleSide } from '../../../shared/model/diagram-schema';
import type { DiagramId } from '../../../shared/model/ids';
import type { LayoutDirection } from './elk-graph';

/** The sides a connection leaves and enters by, along the layout's direction. */
function sidesFor(
  direction: LayoutDirection,
  from: { x: number; y: number },
  to: { x: number; y: number },
): [HandleSide, HandleSide] {
  if (direction === 'right') return to.x >= from.x ? ['right', 'left'] : ['left', 'right'];
  return to.y >= from.y ? ['bottom', 'top'] : ['top', 'bottom'];
}

/**
 * After an auto-layout, the connections between laid-out nodes leave and enter by the sides
 * that face along the layout (right to left for a layout to the right, bottom to top for one
 * downwards; the other way for a connection that runs back): kept on their old sides, the
 * connections of a diagram drawn top to bottom looped round every node once laid out to the
 * right. `moves` are the layout's; the reconnects that change a side, as invocations.
 */
export function layoutReconnects(
  diagramId: DiagramId,
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  moves: readonly NodeMove[],
  direction: LayoutDirection,
): Invocation[] {
  const moved = new Map(moves.map((m) => [m.id, m]));
  const centres = new Map(
    nodes.map((n) => {
      const at = moved.get(n.id) ?? n;
      return [n.id, { x: at.x + n.width / 2, y: at.y + n.height / 2 }];
    }),
  );
  const out: Invocation[] = [];
  for (const edge of edges) {
    const from = centres.get(edge.source);
    const to = centres.get(edge.target);
    if (!from || !to || edge.source === edge.target) continue;
    const [sourceHandle, targetHandle] = sidesFor(direction, from, to);
    if (edge.sourceHandle === sourceHandle && edge.targetHandle === targetHandle) continue;
    out.push({
      name: 'edge.reconnect',
      args: {
        diagramId,
        id: edge.id,
        ends: { source: edge.source, target: edge.target, sourceHandle, targetHandle },
      },
    });
  }
  return out;
}
