import type { Rect } from '../../../shared/model/rect';
import type { SketchBox } from './sketch-picture';

/** A point in flow coordinates. */
type Point = Pick<Rect, 'x' | 'y'>;

/**
 * The sketched node under `point`, as a click finds it: the one drawn last (on top), and a
 * node before the container (group or lane) it lies on. Null over empty canvas.
 */
export function sketchedNodeAt(boxes: Iterable<SketchBox>, point: Point): string | null {
  let node: string | null = null;
  let container: string | null = null;
  for (const b of boxes) {
    if (point.x < b.x || point.x > b.x + b.width || point.y < b.y || point.y > b.y + b.height) {
      continue;
    }
    if (b.kind === 'group') container = b.id;
    else node = b.id;
  }
  return node ?? container;
}

/** The sketched nodes wholly inside `rect`, as a rubber band selects them. */
export function sketchedNodesInside(boxes: Iterable<SketchBox>, rect: Rect): string[] {
  const inside: string[] = [];
  for (const b of boxes) {
    if (
      b.x >= rect.x &&
      b.y >= rect.y &&
      b.x + b.width <= rect.x + rect.width &&
      b.y + b.height <= rect.y + rect.height
    ) {
      inside.push(b.id);
    }
  }
  return inside;
}
