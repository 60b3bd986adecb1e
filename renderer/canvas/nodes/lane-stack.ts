import type { DiagramNode } from '../../../shared/model/diagram-schema';

/**
 * Where a new lane goes on a diagram that has lanes: right under the lowest one, as wide and
 * starting where it does, so lanes stack into one pool (customer, service, resource, partner).
 * Null when the diagram has no lane yet.
 */
export function nextLaneSlot(
  nodes: readonly DiagramNode[],
): { x: number; y: number; width: number } | null {
  let lowest: DiagramNode | null = null;
  for (const node of nodes) {
    if (node.kind !== 'group' || node.variant !== 'lane' || node.parentId !== undefined) continue;
    if (!lowest || node.y + node.height > lowest.y + lowest.height) lowest = node;
  }
  return lowest ? { x: lowest.x, y: lowest.y + lowest.height, width: lowest.width } : null;
}
