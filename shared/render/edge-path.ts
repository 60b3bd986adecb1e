import type { EdgeRouting, HandleSide } from '../model/diagram-schema';

/**
 * The path of a connection between two node handles, as the canvas draws it and as an export
 * draws it: one geometry, so a picture of a diagram matches the screen. Pure arithmetic.
 */

export interface Point {
  x: number;
  y: number;
}

/** Where a connection leaves its source and reaches its target, and through which side. */
export interface EdgeEnds {
  source: Point;
  sourceSide: HandleSide;
  target: Point;
  targetSide: HandleSide;
}

/** A connection's SVG path data, the point its label is centred on, and its corners. */
export interface EdgePath {
  path: string;
  label: Point;
  /** The polyline (orthogonal and straight) or the curve's end points (curved). */
  points: Point[];
}

/** How far an orthogonal connection runs straight out of a handle before it turns. */
export const EDGE_STUB = 24;
/** The radius of an orthogonal connection's rounded corners. */
export const CORNER_RADIUS = 8;

const DIRECTION: Readonly<Record<HandleSide, Point>> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};

/** Whether a side faces left or right (its connections leave and arrive level). */
export const horizontal = (side: HandleSide): boolean => side === 'left' || side === 'right';
const round = (n: number): number => Math.round(n * 100) / 100;
const xy = (p: Point): string => `${round(p.x)} ${round(p.y)}`;

/** `from` moved `distance` out of the side it leaves through. */
function outOf(from: Point, side: HandleSide, distance: number): Point {
  const d = DIRECTION[side];
  return { x: from.x + d.x * distance, y: from.y + d.y * distance };
}

/** True when `m` lies on the segment from `a` to `b` (so the run does not turn back at it). */
const between = (a: number, m: number, b: number): boolean => (m - a) * (b - m) >= 0;

/**
 * Drops repeated points and points in the middle of a straight run. A point where the run turns
 * back on its own line stays: dropping it would make the route leave its side the wrong way.
 */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x && between(before.y, last.y, p.y)) ||
        (before.y === last.y && last.y === p.y && between(before.x, last.x, p.x)))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** True when the stubs are kept: the route neither doubles back out of the source's stub nor
 * reaches the target's stub from the far side. */
function keepsStubs(points: readonly Point[], ends: EdgeEnds, a: Point, b: Point): boolean {
  const out = DIRECTION[ends.sourceSide];
  const into = DIRECTION[ends.targetSide];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return false;
  return (
    (first.x - a.x) * out.x + (first.y - a.y) * out.y >= 0 &&
    (last.x - b.x) * into.x + (last.y - b.y) * into.y >= 0
  );
}

/**
 * How far a route runs straight out of its ends: EDGE_STUB, or half the gap between two sides
 * that face each other across less than two stubs. A full stub from each end there ran past
 * the other end and back (two nodes 30 px apart, level, were joined by a line that doubled on
 * itself; a little lower, by an S), where the route can turn in the middle of the gap.
 */
function stubOf({ source, target, sourceSide, targetSide }: EdgeEnds): number {
  const out = DIRECTION[sourceSide];
  const into = DIRECTION[targetSide];
  if (out.x + into.x !== 0 || out.y + into.y !== 0) return EDGE_STUB;
  const gap = (target.x - source.x) * out.x + (target.y - source.y) * out.y;
  return gap > 0 ? Math.min(EDGE_STUB, gap / 2) : EDGE_STUB;
}

/**
 * The corners of an orthogonal connection: out of the source's side by a stub, across with as
 * few turns as keep both stubs, and into the target's side by a stub. Among routes with the
 * same number of turns, two facing sides meet in the middle column (or row).
 */
export function orthogonalPoints(ends: EdgeEnds): Point[] {
  const { source, target, sourceSide, targetSide } = ends;
  const stub = stubOf(ends);
  const a = outOf(source, sourceSide, stub);
  const b = outOf(target, targetSide, stub);
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const out = DIRECTION[sourceSide];
  const far = (p: number, q: number, d: number): number =>
    d > 0 ? Math.max(p, q) : Math.min(p, q);
  const middles: Point[][] = horizontal(sourceSide)
    ? [
        [
          { x: mx, y: a.y },
          { x: mx, y: b.y },
        ],
        [{ x: b.x, y: a.y }],
        [{ x: a.x, y: b.y }],
        [
          { x: a.x, y: my },
          { x: b.x, y: my },
        ],
        [
          { x: far(a.x, b.x, out.x), y: a.y },
          { x: far(a.x, b.x, out.x), y: b.y },
        ],
      ]
    : [
        [
          { x: a.x, y: my },
          { x: b.x, y: my },
        ],
        [{ x: a.x, y: b.y }],
        [{ x: b.x, y: a.y }],
        [
          { x: mx, y: a.y },
          { x: mx, y: b.y },
        ],
        [
          { x: a.x, y: far(a.y, b.y, out.y) },
          { x: b.x, y: far(a.y, b.y, out.y) },
        ],
      ];
  let best: Point[] | null = null;
  for (const middle of middles) {
    if (!keepsStubs(middle, ends, a, b)) continue;
    const points = simplify([source, a, ...middle, b, target]);
    if (!best || points.length < best.length) best = points;
  }
  return best ?? simplify([source, a, { x: a.x, y: my }, { x: b.x, y: my }, b, target]);
}

/** SVG path data of a polyline whose corners are rounded (never more than half a segment). */
export function roundedPath(points: readonly Point[], radius: number = CORNER_RADIUS): string {
  const first = points[0];
  if (!first) return '';
  let path = `M ${xy(first)}`;
  for (let i = 1; i < points.length; i += 1) {
    const corner = points[i]!;
    const next = points[i + 1];
    if (!next) {
      path += ` L ${xy(corner)}`;
      break;
    }
    const previous = points[i - 1]!;
    const inLength = Math.hypot(corner.x - previous.x, corner.y - previous.y);
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    const before = {
      x: corner.x - ((corner.x - previous.x) / (inLength || 1)) * r,
      y: corner.y - ((corner.y - previous.y) / (inLength || 1)) * r,
    };
    const after = {
      x: corner.x + ((next.x - corner.x) / (outLength || 1)) * r,
      y: corner.y + ((next.y - corner.y) / (outLength || 1)) * r,
    };
    path += ` L ${xy(before)} Q ${xy(corner)} ${xy(after)}`;
  }
  return path;
}

/**
 * The middle of the longest segment of a polyline: a label there sits on the connection's
 * longest straight stretch, away from the nodes at its ends and from its corners.
 */
export function longestSegmentMiddle(points: readonly Point[]): Point | null {
  let best: { length: number; middle: Point } | null = null;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (!best || length > best.length) {
      best = { length, middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
    }
  }
  return best?.middle ?? null;
}

/**
 * A cubic curve leaving and entering along the handles' directions, its control points pulled
 * out by half the distance between the ends (at least 40 px) so that short curves still bend.
 */
function curved(ends: EdgeEnds): EdgePath {
  const { source, target } = ends;
  const pull = Math.max(40, Math.hypot(target.x - source.x, target.y - source.y) / 2);
  const c1 = outOf(source, ends.sourceSide, pull);
  const c2 = outOf(target, ends.targetSide, pull);
  // The curve's point at t = 1/2.
  const label = {
    x: (source.x + 3 * c1.x + 3 * c2.x + target.x) / 8,
    y: (source.y + 3 * c1.y + 3 * c2.y + target.y) / 8,
  };
  return {
    path: `M ${xy(source)} C ${xy(c1)} ${xy(c2)} ${xy(target)}`,
    label,
    points: [source, target],
  };
}

/** The path of a connection for its routing, and where its label goes. */
export function edgePath(routing: EdgeRouting, ends: EdgeEnds): EdgePath {
  if (routing === 'curved') return curved(ends);
  if (routing === 'straight') {
    const points = [ends.source, ends.target];
    return {
      path: `M ${xy(ends.source)} L ${xy(ends.target)}`,
      label: longestSegmentMiddle(points)!,
      points,
    };
  }
  return orthogonalPath(orthogonalPoints(ends));
}

/** The path of an orthogonal connection through `points` (its corners, ends included). */
export function orthogonalPath(points: Point[]): EdgePath {
  return {
    path: roundedPath(points),
    label: longestSegmentMiddle(points) ?? points[0] ?? { x: 0, y: 0 },
    points,
  };
}
