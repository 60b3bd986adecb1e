import type { ElkNode } from 'elkjs/lib/elk-api';
import type { NodeMove } from '../../../shared/commands/types';
import type { DiagramEdge, DiagramNode } from '../../../shared/model/diagram-schema';

/** Which way a layered layout reads: flows run left to right, or top to bottom. */
export type LayoutDirection = 'right' | 'down';

/** Room between nodes of one layer and between layers: enough for an arrow and its label. */
const SPACING = { node: 40, layer: 80 } as const;

/**
 * The ELK graph of some nodes and the edges between them, for a layered layout. Edges with an
 * end outside the set are left out (they do not constrain it).
 */
export function elkGraphOf(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  direction: LayoutDirection,
): ElkNode {
  const ids = new Set<string>(nodes.map((n) => n.id));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'right' ? 'RIGHT' : 'DOWN',
      'elk.spacing.nodeNode': String(SPACING.node),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.layer),
      'elk.spacing.componentComponent': String(SPACING.layer),
      'elk.edgeRouting': 'ORTHOGONAL',
    },
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: edges
      .filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

/**
 * The moves that put nodes where a layout placed them, the laid-out group keeping the top-left
 * corner the nodes had before, so a layout of a selection stays where the selection was.
 * Positions are rounded to whole units; nodes that do not move are left out.
 */
export function movesFromLayout(nodes: readonly DiagramNode[], laidOut: ElkNode): NodeMove[] {
  const placed = new Map((laidOut.children ?? []).map((c) => [c.id, c]));
  if (nodes.length === 0) return [];
  const left = Math.min(...nodes.map((n) => n.x));
  const top = Math.min(...nodes.map((n) => n.y));
  const xs = [...placed.values()].map((c) => c.x ?? 0);
  const ys = [...placed.values()].map((c) => c.y ?? 0);
  const originX = xs.length > 0 ? Math.min(...xs) : 0;
  const originY = ys.length > 0 ? Math.min(...ys) : 0;
  return nodes.flatMap((n) => {
    const c = placed.get(n.id);
    if (!c) return [];
    const x = Math.round(left + (c.x ?? 0) - originX);
    const y = Math.round(top + (c.y ?? 0) - originY);
    return x === n.x && y === n.y ? [] : [{ id: n.id, x, y }];
  });
}
