import type { DiagramNode } from '../../shared/model/diagram-schema';
import type { Rect } from '../../shared/model/rect';

/** Space kept free around a new element: enough for a visible connection arrow between two. */
export const PLACEMENT_GAP = 56;
const GAP = PLACEMENT_GAP;
/** How many lined-up columns and rows (each way) a crowded view is searched along. */
const ALIGNED_LINES = 80;

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x < b.x + b.width + GAP &&
    b.x < a.x + a.width + GAP &&
    a.y < b.y + b.height + GAP &&
    b.y < a.y + a.height + GAP
  );
}

/**
 * The free spot in `within` nearest `desired` among the spots lined up with the view's edges
 * and with the elements in `taken` (a gap away from one of their sides), or null.
 */
function alignedSpot(
  taken: readonly Rect[],
  desired: { x: number; y: number },
  size: { width: number; height: number },
  within: Rect,
): { x: number; y: number } | null {
  const xs = new Set([desired.x, within.x, within.x + within.width - size.width]);
  const ys = new Set([desired.y, within.y, within.y + within.height - size.height]);
  for (const t of taken) {
    xs.add(t.x + t.width + GAP);
    xs.add(t.x - GAP - size.width);
    ys.add(t.y + t.height + GAP);
    ys.add(t.y - GAP - size.height);
  }
  // The nearest lines only: a crowded view at a low zoom has thousands of elements near it.
  const nearest = (values: Set<number>, to: number, fits: (v: number) => boolean) =>
    [...values]
      .filter(fits)
      .sort((a, b) => Math.abs(a - to) - Math.abs(b - to))
      .slice(0, ALIGNED_LINES);
  const inX = nearest(
    xs,
    desired.x,
    (x) => x >= within.x && x + size.width <= within.x + within.width,
  );
  const inY = nearest(
    ys,
    desired.y,
    (y) => y >= within.y && y + size.height <= within.y + within.height,
  );
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  // The same preference as the grid's: the same row first, then the right-hand side.
  const cost = (x: number, y: number) => {
    const i = (x - desired.x) / stepX;
    return Math.abs((y - desired.y) / stepY) * 10 + Math.abs(i) + (i < 0 ? 0.5 : 0);
  };
  const spots = inX.flatMap((x) => inY.map((y) => ({ x, y, d: cost(x, y) })));
  spots.sort((a, b) => a.d - b.d || a.y - b.y || a.x - b.x);
  for (const spot of spots) {
    const rect = { x: spot.x, y: spot.y, ...size };
    if (!taken.some((t) => overlaps(rect, t))) return { x: spot.x, y: spot.y };
  }
  return null;
}

/**
 * The free spot nearest `desired` for a new element of `size`: the desired point if nothing is
 * there, else the closest free cell of a grid around it (ring by ring, same row and rightwards
 * first), so additions never stack on top of each other. Only spots wholly inside `within`
 * (the visible area) count, so the new element is in view; when the view is full, the nearest
 * free spot beyond it (an element larger than the view keeps the desired point).
 */
export function freeSpot(
  taken: readonly Rect[],
  desired: { x: number; y: number },
  size: { width: number; height: number },
  within?: Rect,
): { x: number; y: number } {
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  const inside = (r: Rect) =>
    !within ||
    (r.x >= within.x &&
      r.y >= within.y &&
      r.x + r.width <= within.x + within.width &&
      r.y + r.height <= within.y + within.height);
  // Only elements near the view can be in the way; on big diagrams that is a small share.
  const near = within ? taken.filter((t) => overlaps(t, within)) : taken;
  const maxRing = within
    ? Math.ceil(Math.max(within.width / stepX, within.height / stepY)) + 1
    : 50;
  for (let ring = 0; ring <= maxRing; ring += 1) {
    const cells: { x: number; y: number; d: number }[] = [];
    for (let i = -ring; i <= ring; i += 1) {
      for (let j = -ring; j <= ring; j += 1) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        // Flows read left to right: prefer the same row, then the right-hand side.
        cells.push({
          x: desired.x + i * stepX,
          y: desired.y + j * stepY,
          d: Math.abs(j) * 10 + Math.abs(i) + (i < 0 ? 0.5 : 0),
        });
      }
    }
    cells.sort((a, b) => a.d - b.d || a.y - b.y || a.x - b.x);
    for (const cell of cells) {
      const rect = { x: cell.x, y: cell.y, ...size };
      if (inside(rect) && !near.some((t) => overlaps(rect, t))) return { x: cell.x, y: cell.y };
    }
  }
  // The grid round the desired point steps by the element's size, so it can miss a free space
  // that is there: a band under a row of elements, a gap beside them. Spots lined up with the
  // view's edges and with the elements near it find that space.
  if (within) {
    const aligned = alignedSpot(near, desired, size, within);
    if (aligned) return aligned;
  }
  // The view is full: the nearest free spot beyond it, never on top of another element. An
  // element larger than the view (a lane on a narrow canvas) stays where the user looks.
  const fits = within !== undefined && size.width <= within.width && size.height <= within.height;
  return fits ? freeSpot(taken, desired, size) : desired;
}

/**
 * What a new element must not land on: every element but groups and lanes (backgrounds, which
 * new elements may land on). A member's x and y are where it is on the canvas, like any node's
 * (the canvas, the move command and the exports all read them so; a member moves with its
 * container because the move command moves it too).
 */
export function placementObstacles(nodes: readonly DiagramNode[]): Rect[] {
  return nodes
    .filter((node) => node.kind !== 'group')
    .map((node) => ({ x: node.x, y: node.y, width: node.width, height: node.height }));
}

/**
 * Where a new element of `size` goes: centred on `at` (a pointer, a context menu's point), else
 * mid-`view` (the part of the canvas the user sees), moved in just enough to be seen whole,
 * then on the nearest free spot in view so that it lands on no other element. Without a view
 * (no canvas on screen) it goes near `at` or the origin.
 */
export function placeInView(
  taken: readonly Rect[],
  size: { width: number; height: number },
  view: Rect | null,
  at: { x: number; y: number } | null,
): { x: number; y: number } {
  const centre = at ?? (view ? { x: view.x + view.width / 2, y: view.y + view.height / 2 } : null);
  const desired = centre
    ? { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2) }
    : { x: 0, y: 0 };
  if (view) {
    desired.x = Math.round(Math.max(view.x, Math.min(desired.x, view.x + view.width - size.width)));
    desired.y = Math.round(
      Math.max(view.y, Math.min(desired.y, view.y + view.height - size.height)),
    );
  }
  const spot = freeSpot(taken, desired, size, view ?? undefined);
  return { x: Math.round(spot.x), y: Math.round(spot.y) };
}
