import type { EdgeRouting } from '../model/diagram-schema';
import type { EdgePath, Point } from './edge-path';

/** A rectangle in diagram units: a node a label must stay off, or a label's size. */
export interface PlaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where along a segment a label is tried, in order: its middle first. */
const TRIES = [0.5, 0.3, 0.7, 0.15, 0.85];
/** Room kept between a label and a node. */
const GAP = 2;

const overlaps = (a: PlaceBox, b: PlaceBox) =>
  a.x < b.x + b.width + GAP &&
  b.x < a.x + a.width + GAP &&
  a.y < b.y + b.height + GAP &&
  b.y < a.y + a.height + GAP;

/** The box a label of `size` centred on `at` takes. */
const around = (at: Point, size: { width: number; height: number }): PlaceBox => ({
  x: at.x - size.width / 2,
  y: at.y - size.height / 2,
  width: size.width,
  height: size.height,
});

/**
 * The box a connection's label may take anywhere along it: its route's bounds grown by half
 * the label. Only nodes that reach into it can be under the label (so a caller passes those).
 */
export function labelReach(route: EdgePath, size: { width: number; height: number }): PlaceBox {
  const xs = route.points.map((p) => p.x);
  const ys = route.points.map((p) => p.y);
  const x = Math.min(...xs) - size.width / 2;
  const y = Math.min(...ys) - size.height / 2;
  return {
    x,
    y,
    width: Math.max(...xs) - Math.min(...xs) + size.width,
    height: Math.max(...ys) - Math.min(...ys) + size.height,
  };
}

/**
 * Where a connection's label goes, clear of the nodes (`obstacles`; containers are not
 * obstacles, labels sit on them): the middle of its longest segment (`route.label`) when a
 * label of `size` there covers none; else the first point that covers none, trying each
 * segment, longest first, at its middle, three tenths, seven tenths, then near its ends; the
 * middle of the longest segment again when every point covers a node. Labels are drawn under
 * the nodes (so they never hide a node's text): one placed on a node could not be read. A
 * curved connection keeps its curve's middle. The canvas and the exports both place labels
 * here, so a picture shows them where the screen does.
 */
export function labelClearOf(
  route: EdgePath,
  routing: EdgeRouting,
  size: { width: number; height: number },
  obstacles: readonly PlaceBox[],
): Point {
  const clear = (at: Point) => !obstacles.some((box) => overlaps(around(at, size), box));
  if (routing === 'curved' || obstacles.length === 0 || clear(route.label)) return route.label;
  const segments = route.points
    .slice(1)
    .map((b, i) => ({ a: route.points[i]!, b }))
    .map((s) => ({ ...s, length: Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y) }))
    .filter((s) => s.length > 0)
    .sort((s, t) => t.length - s.length);
  for (const { a, b } of segments) {
    for (const t of TRIES) {
      const at = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      if (clear(at)) return at;
    }
  }
  return route.label;
}
