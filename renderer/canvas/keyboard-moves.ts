import type { NodeChange } from '@xyflow/react';
import type { NodeId } from '../../shared/model/ids';
import type { ElementNode } from './to-flow';

/**
 * The finished moves in a batch of React Flow changes: position changes that are not part of
 * a drag in progress. Outside a drag these come from the arrow keys on a focused node.
 */
export function keyboardMoves(
  changes: readonly NodeChange<ElementNode>[],
): { id: NodeId; x: number; y: number }[] {
  const moves: { id: NodeId; x: number; y: number }[] = [];
  for (const change of changes) {
    if (change.type !== 'position' || change.dragging || !change.position) continue;
    moves.push({ id: change.id as NodeId, x: change.position.x, y: change.position.y });
  }
  return moves;
}
