import { getBezierPath, getSmoothStepPath, getStraightPath, type Position } from '@xyflow/react';
import type { EdgeRouting } from '../../../shared/model/diagram-schema';

export interface Point {
  x: number;
  y: number;
}

/** Where an edge runs from and to, as React Flow gives it to an edge component. */
export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/** An edge's SVG path and the point its label is centred on. */
export interface EdgeGeometry {
  path: string;
  label: Point;
}

/**
 * The corners of an orthogonal path as getSmoothStepPath writes it (`M a L b Q corner c ...
 * L end`): the start, each rounded corner's control point (the corner itself), and the end.
 * Points on a straight run are dropped, so each segment is one whole straight stretch.
 */
export function cornersOf(path: string): Point[] {
  const points: Point[] = [];
  for (const [, command, args] of path.matchAll(/([MLQ])([^MLQ]*)/g)) {
    const numbers = (args ?? '').match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
    const [x, y] = numbers;
    if (x === undefined || y === undefined) continue;
    // A rounded corner replaces the line that led into it.
    if (command === 'Q') points.pop();
    points.push({ x, y });
  }
  return points.filter((p, i) => {
    const a = points[i - 1];
    const b = points[i + 1];
    if (!a || !b) return true;
    return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
}

/**
 * The middle of the longest segment of a polyline: a label there sits on the edge's longest
 * straight stretch, away from the nodes at its ends and from its corners.
 */
export function longestSegmentMiddle(points: readonly Point[]): Point | null {
  let best: { length: number; middle: Point } | null = null;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (!best || length > best.length) {
      best = { length, middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
    }
  }
  return best?.middle ?? null;
}

/** The path of an edge for its routing, and where its label goes. */
export function edgeGeometry(routing: EdgeRouting, ends: EdgeEnds): EdgeGeometry {
  if (routing === 'curved') {
    const [path, x, y] = getBezierPath(ends);
    return { path, label: { x, y } };
  }
  if (routing === 'straight') {
    const [path, x, y] = getStraightPath(ends);
    return { path, label: { x, y } };
  }
  const [path, x, y] = getSmoothStepPath({ ...ends, borderRadius: 8, offset: 24 });
  return { path, label: longestSegmentMiddle(cornersOf(path)) ?? { x, y } };
}
