import type { NodeMove } from '../../../shared/commands/types';
import type { DiagramNode } from '../../../shared/model/diagram-schema';

/** The six ways to line nodes up: by an edge or the centre, across or down. */
export type AlignEdge = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

/**
 * Where `nodes` go when aligned on `edge` of their common bounding box: left edges on its left,
 * centres on its centre, and so on. Only nodes that move are returned; fewer than two nodes
 * give nothing to do.
 */
export function alignMoves(nodes: readonly DiagramNode[], edge: AlignEdge): NodeMove[] {
  if (nodes.length < 2) return [];
  const left = Math.min(...nodes.map((n) => n.x));
  const right = Math.max(...nodes.map((n) => n.x + n.width));
  const top = Math.min(...nodes.map((n) => n.y));
  const bottom = Math.max(...nodes.map((n) => n.y + n.height));
  const target = (n: DiagramNode): { x: number; y: number } => {
    switch (edge) {
      case 'left':
        return { x: left, y: n.y };
      case 'centre':
        return { x: Math.round((left + right) / 2 - n.width / 2), y: n.y };
      case 'right':
        return { x: right - n.width, y: n.y };
      case 'top':
        return { x: n.x, y: top };
      case 'middle':
        return { x: n.x, y: Math.round((top + bottom) / 2 - n.height / 2) };
      case 'bottom':
        return { x: n.x, y: bottom - n.height };
    }
  };
  return nodes.flatMap((n) => {
    const to = target(n);
    return to.x === n.x && to.y === n.y ? [] : [{ id: n.id, ...to }];
  });
}

/**
 * Where `nodes` go when spread evenly across (`horizontal`) or down: the first and last stay,
 * the others are placed so that the gaps between neighbours are equal. Fewer than three nodes
 * give nothing to do.
 */
export function distributeMoves(
  nodes: readonly DiagramNode[],
  axis: 'horizontal' | 'vertical',
): NodeMove[] {
  if (nodes.length < 3) return [];
  const across = axis === 'horizontal';
  const start = (n: DiagramNode) => (across ? n.x : n.y);
  const size = (n: DiagramNode) => (across ? n.width : n.height);
  const sorted = [...nodes].sort((a, b) => start(a) + size(a) / 2 - (start(b) + size(b) / 2));
  const first = sorted[0] as DiagramNode;
  const last = sorted[sorted.length - 1] as DiagramNode;
  const span = start(last) + size(last) - start(first);
  const filled = sorted.reduce((sum, n) => sum + size(n), 0);
  const gap = (span - filled) / (sorted.length - 1);
  const moves: NodeMove[] = [];
  let at = start(first);
  for (const n of sorted) {
    const to = Math.round(at);
    if (n !== first && n !== last && to !== start(n)) {
      moves.push(across ? { id: n.id, x: to, y: n.y } : { id: n.id, x: n.x, y: to });
    }
    at += size(n) + gap;
  }
  return moves;
}
