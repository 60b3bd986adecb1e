import type { NodeOrder } from '../../../shared/commands/types';
import type { DiagramNode } from '../../../shared/model/diagram-schema';
import { inDrawingOrder } from '../to-flow';

/** The four ways to change what is drawn over what. */
export type ZMove = 'forward' | 'backward' | 'front' | 'back';

/** The drawing order after moving the selected nodes (`chosen`) one way; bottom first. */
function reordered(
  order: readonly DiagramNode[],
  chosen: ReadonlySet<string>,
  move: 'forward' | 'backward',
): DiagramNode[] {
  const out = order.slice();
  // One step past the nearest unselected neighbour; a run of selected nodes moves as one.
  if (move === 'forward') {
    for (let i = out.length - 2; i >= 0; i -= 1) {
      const here = out[i] as DiagramNode;
      const next = out[i + 1] as DiagramNode;
      if (chosen.has(here.id) && !chosen.has(next.id)) [out[i], out[i + 1]] = [next, here];
    }
  } else {
    for (let i = 1; i < out.length; i += 1) {
      const here = out[i] as DiagramNode;
      const prev = out[i - 1] as DiagramNode;
      if (chosen.has(here.id) && !chosen.has(prev.id)) [out[i], out[i - 1]] = [prev, here];
    }
  }
  return out;
}

/**
 * The drawing orders (`z`) that move the chosen nodes forward, backward, to the front or to
 * the back. Nodes are numbered 1, 2, 3... in their new order and only those whose number
 * changes are returned, so on a diagram already numbered that way a step touches a few nodes.
 */
export function zOrders(
  nodes: readonly DiagramNode[],
  chosen: ReadonlySet<string>,
  move: ZMove,
): NodeOrder[] {
  const order = inDrawingOrder(nodes);
  // To the front or back, only the chosen nodes change: above the top, below the bottom.
  if (move === 'front' || move === 'back') {
    const picked = order.filter((n) => chosen.has(n.id));
    const rest = order.filter((n) => !chosen.has(n.id));
    if (picked.length === 0 || rest.length === 0) return [];
    const zs = rest.map((n) => n.z ?? 0);
    const base = move === 'front' ? Math.max(...zs) + 1 : Math.min(...zs) - picked.length;
    const already =
      move === 'front'
        ? picked.every((n) => (n.z ?? 0) > Math.max(...zs))
        : picked.every((n) => (n.z ?? 0) < Math.min(...zs));
    return already ? [] : picked.map((n, i) => ({ id: n.id, z: base + i }));
  }
  const next = reordered(order, chosen, move);
  return next.flatMap((n, i) => (n.z === i + 1 ? [] : [{ id: n.id, z: i + 1 }]));
}
