import type { Rect } from '../../../shared/model/rect';

/** Where a dragged rectangle goes once it snaps to the lines it nearly shares with others. */
export interface Guides {
  /** The rectangle's top-left corner after snapping. */
  position: { x: number; y: number };
  /** The x of the vertical guide it snapped to (a left, centre or right line), if any. */
  vertical: number | null;
  /** The y of the horizontal guide it snapped to (a top, middle or bottom line), if any. */
  horizontal: number | null;
}

/** How close two lines must be to snap, in screen pixels (divided by the zoom on the canvas). */
export const GUIDE_SNAP_PIXELS = 5;

/** The three lines of a rectangle along one axis: start, centre, end. */
function lines(start: number, size: number): [number, number, number] {
  return [start, start + size / 2, start + size];
}

/** The nearest line of `other` to any line of `moving` within `threshold`: [offset, line]. */
function nearest(
  moving: readonly number[],
  others: readonly Rect[],
  along: 'x' | 'y',
  threshold: number,
): [number, number] | null {
  let best: [number, number] | null = null;
  for (const other of others) {
    const theirs = along === 'x' ? lines(other.x, other.width) : lines(other.y, other.height);
    for (const line of theirs) {
      for (const mine of moving) {
        const offset = line - mine;
        if (Math.abs(offset) <= threshold && (!best || Math.abs(offset) < Math.abs(best[0]))) {
          best = [offset, line];
        }
      }
    }
  }
  return best;
}

/**
 * Helper lines for a rectangle being dragged: when its left, centre or right line comes within
 * `threshold` of another rectangle's left, centre or right line, it snaps there and a vertical
 * guide is drawn through that line (likewise top, middle and bottom for a horizontal guide).
 * The nearest line wins on each axis. O(others): `others` should be the nodes in view.
 */
export function snapToGuides(moving: Rect, others: readonly Rect[], threshold: number): Guides {
  const x = nearest(lines(moving.x, moving.width), others, 'x', threshold);
  const y = nearest(lines(moving.y, moving.height), others, 'y', threshold);
  return {
    position: { x: moving.x + (x?.[0] ?? 0), y: moving.y + (y?.[0] ?? 0) },
    vertical: x?.[1] ?? null,
    horizontal: y?.[1] ?? null,
  };
}
