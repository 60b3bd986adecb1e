import type { NodeChange } from '@xyflow/react';
import { descendantsOf } from '../../../shared/commands/group-membership';
import type { DiagramNode } from '../../../shared/model/diagram-schema';
import type { ElementNode } from '../to-flow';

/**
 * `changes` with the members of every group being dragged moved along on screen by the same
 * distance, so a lane carries its processes while the mouse moves. (When the drag ends, the
 * move command moves them in the model the same way.) A member dragged itself keeps its own.
 */
export function withMembersFollowing(
  changes: NodeChange<ElementNode>[],
  current: readonly ElementNode[],
  model: readonly DiagramNode[],
): NodeChange<ElementNode>[] {
  if (!changes.some((c) => c.type === 'position')) return changes;
  const groups = new Set<string>(model.flatMap((n) => (n.kind === 'group' ? [n.id] : [])));
  const groupMoves = changes.filter(
    (c): c is Extract<NodeChange<ElementNode>, { type: 'position' }> =>
      c.type === 'position' && c.position !== undefined && groups.has(c.id),
  );
  if (groupMoves.length === 0) return changes;
  const positions = new Map(current.map((n) => [n.id, n.position]));
  const moving = new Set(changes.flatMap((c) => (c.type === 'position' ? [c.id] : [])));
  const extra: NodeChange<ElementNode>[] = [];
  for (const move of groupMoves) {
    const before = positions.get(move.id);
    if (!before || !move.position) continue;
    const dx = move.position.x - before.x;
    const dy = move.position.y - before.y;
    for (const id of descendantsOf(model, [move.id])) {
      const at = positions.get(id);
      if (!at || moving.has(id)) continue;
      moving.add(id);
      extra.push({
        type: 'position',
        id,
        position: { x: at.x + dx, y: at.y + dy },
        ...(move.dragging === undefined ? {} : { dragging: move.dragging }),
      });
    }
  }
  return [...changes, ...extra];
}
