import type { HandleSide } from '../../../shared/model/diagram-schema';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The side of `to` that faces `from`: where a connection dropped on the body of `to` (not on
 * one of its handles) is attached. The axis along which the centres lie further apart, relative
 * to the boxes' sizes, decides: a node to the left is met on the left side.
 */
export function facingSide(from: Box, to: Box): HandleSide {
  const dx = from.x + from.width / 2 - (to.x + to.width / 2);
  const dy = from.y + from.height / 2 - (to.y + to.height / 2);
  const across = Math.abs(dx) / Math.max(1, (from.width + to.width) / 2);
  const down = Math.abs(dy) / Math.max(1, (from.height + to.height) / 2);
  if (across >= down) return dx < 0 ? 'left' : 'right';
  return dy < 0 ? 'top' : 'bottom';
}
