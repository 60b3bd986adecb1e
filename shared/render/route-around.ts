import type { EdgeRouting } from '../model/diagram-schema';
import type { Box } from './box-index';
import {
  EDGE_STUB,
  edgePath,
  orthogonalPath,
  orthogonalPoints,
  simplify,
  type EdgeEnds,
  type EdgePath,
  type Point,
} from './edge-path';

/**
 * Orthogonal routes that go round the nodes in their way. The plain route (`orthogonalPoints`)
 * is kept whenever it crosses no node, so most connections look as they always did; one that
 * would run through a node is searched for again on a grid of the lines beside the nodes near
 * it (A* with a cost for each turn), keeping a clearance from every node. Pure arithmetic: the
 * canvas and the exports route here, so a picture shows the screen's routes.
 */

/** The nodes near a place of the diagram: a superset of those that touch `bounds`. */
export type BoxesNear = (bounds: Box) => readonly Box[];

/**
 * Room kept between a route and a node: one of four lanes (14 to 29 units, by the ends, see
 * `laneOf`), so that connections detouring round the same node run beside each other rather
 * than on one line; 6, then 2, where the room is tighter.
 */
const LANE_CLEARANCE = 14;
const LANE_STEP = 5;
const LANES = 4;
/** The room kept where a lane's does not fit, tried in order. */
const TIGHT_CLEARANCES = [6, 2];
/**
 * How far a route runs straight out of a handle before it may turn, tried in order: the
 * canvas's stub, shorter where another node lies closer than that.
 */
const STUBS = [EDGE_STUB, 12, 6];
/** How far round the ends the nodes are looked at, tried in order until a route is found. */
const REACHES = [160, 640];
/** The cost of a turn, in diagram units of length: a route takes 60 units more to save one. */
const TURN = 60;
/**
 * A connection spanning more than this (width plus height of its plain route, in units) keeps
 * its plain route: coordinates have no bound, and looking for the nodes along a route 10^12
 * units long would cost more than any picture is worth.
 */
const LONGEST_SEARCHED = 25_000;
/** Past this many nodes near a connection the search is not tried (the plain route stays). */
const MOST_BOXES = 160;
/** How far inside a node a route must run to cross it (not only touch its border). */
const INSIDE = 1;

/** True when the orthogonal polyline `points` runs through the inside of one of `boxes`. */
export function crossesBoxes(points: readonly Point[], boxes: readonly Box[]): boolean {
  for (let i = 1; i < points.length; i += 1) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const x0 = Math.min(p.x, q.x);
    const x1 = Math.max(p.x, q.x);
    const y0 = Math.min(p.y, q.y);
    const y1 = Math.max(p.y, q.y);
    for (const box of boxes) {
      if (
        x1 > box.x + INSIDE &&
        x0 < box.x + box.width - INSIDE &&
        y1 > box.y + INSIDE &&
        y0 < box.y + box.height - INSIDE
      ) {
        return true;
      }
    }
  }
  return false;
}

/** The box round `points`, grown by `grow` on every side. */
export function boundsOfPoints(points: readonly Point[], grow = 0): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0 - grow, y: y0 - grow, width: x1 - x0 + 2 * grow, height: y1 - y0 + 2 * grow };
}

/**
 * The route of an orthogonal connection: the plain route when it crosses no node near it,
 * else the shortest route (a turn costing `TURN`) that keeps clear of them, else, when the
 * nodes leave no way through, the plain route. `near` gives the nodes a route must keep off:
 * every node but containers, the connection's own two included (so a route that would double
 * back through its source goes round it).
 */
export function routeAround(ends: EdgeEnds, near: BoxesNear): Point[] {
  return detourAround(ends, near) ?? orthogonalPoints(ends);
}

/**
 * The corners of the route round the nodes `near` gives (see `routeAround`), or null when the
 * plain route crosses none of them or they leave no way through.
 */
export function detourAround(measured: EdgeEnds, near: BoxesNear): Point[] | null {
  const ends = settledEnds(measured);
  const plain = orthogonalPoints(ends);
  const bounds = boundsOfPoints(plain);
  if (bounds.width + bounds.height > LONGEST_SEARCHED) return null;
  if (!crossesBoxes(plain, near(bounds))) return null;
  const a = outOf(ends.source, ends.sourceSide, EDGE_STUB);
  const b = outOf(ends.target, ends.targetSide, EDGE_STUB);
  const clearances = [LANE_CLEARANCE + laneOf(ends) * LANE_STEP, ...TIGHT_CLEARANCES];
  for (const reach of REACHES) {
    const region = boundsOfPoints([a, b], reach);
    const boxes = near(region);
    if (boxes.length > MOST_BOXES) break;
    for (const clearance of clearances) {
      const corners = searchGrid(ends, boxes, clearance, region);
      if (!corners) continue;
      const points = simplify([ends.source, ...corners, ends.target]);
      // Nodes beyond the region were not looked at: a route that reaches one is no good.
      if (!crossesBoxes(points, near(boundsOfPoints(points)))) return points;
    }
  }
  return null;
}

/**
 * `ends` to the hundredth of a unit. The canvas measures its handles again at every zoom, and
 * the last digits wander (204.99999306 for 205): a search whose choices tie (round a node above
 * or below) must see the same numbers on the screen, after a zoom, and in an export.
 */
export function settledEnds(ends: EdgeEnds): EdgeEnds {
  const hundredth = (p: Point) => ({
    x: Math.round(p.x * 100) / 100,
    y: Math.round(p.y * 100) / 100,
  });
  return { ...ends, source: hundredth(ends.source), target: hundredth(ends.target) };
}

/**
 * The lane (0 to LANES - 1) of a connection between `ends` (settled, see `settledEnds`): a
 * hash of where it starts and ends, so a connection keeps its lane wherever it is drawn (at
 * any zoom, and in exports), and two between other places mostly take different lanes.
 */
function laneOf({ source, target, sourceSide, targetSide }: EdgeEnds): number {
  const text = `${source.x},${source.y},${sourceSide},${target.x},${target.y},${targetSide}`;
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  }
  return (hash >>> 0) % LANES;
}

/**
 * The path of a connection for its routing: an orthogonal one round the nodes `near` gives
 * (`routeAround`), a straight or curved one as drawn between its ends.
 */
export function routedPath(routing: EdgeRouting, ends: EdgeEnds, near: BoxesNear): EdgePath {
  return routing === 'orthogonal'
    ? orthogonalPath(routeAround(ends, near))
    : edgePath(routing, ends);
}

const STEP: readonly Point[] = [
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: -1, y: 0 },
  { x: 0, y: -1 },
];
const SIDE_STEP = { right: 0, bottom: 1, left: 2, top: 3 } as const;

function outOf(from: Point, side: keyof typeof SIDE_STEP, length: number): Point {
  const step = STEP[SIDE_STEP[side]]!;
  return { x: from.x + step.x * length, y: from.y + step.y * length };
}

/** The box a handle at `at` on `side` belongs to: the one it sits just outside of. */
function ownBox(boxes: readonly Box[], at: Point, side: keyof typeof SIDE_STEP): Box | undefined {
  const inward = outOf(at, side, -8);
  return boxes.find(
    (box) =>
      inward.x > box.x &&
      inward.x < box.x + box.width &&
      inward.y > box.y &&
      inward.y < box.y + box.height,
  );
}

/** The sorted distinct values of `values`. */
function lines(values: number[]): number[] {
  const sorted = [...values].sort((p, q) => p - q);
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
}

/** The first index of sorted `values` whose value is at least (or, `strict`, above) `v`. */
function lowerBound(values: readonly number[], v: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? values[mid]! <= v : values[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The corners from the end of the source's stub `a` to the end of the target's stub `b` on
 * the grid of the lines `clearance` off every box's sides (and the ends' own lines, their
 * middle and the region's sides), never inside a box grown by `clearance`: A* over (grid
 * point, heading), a step costing its length and a turn `TURN`, never turning back. Null when
 * an end lies in a grown box or no route exists.
 */
function searchGrid(
  ends: EdgeEnds,
  boxes: readonly Box[],
  clearance: number,
  region: Box,
): Point[] | null {
  const grow = (box: Box, by: number) => ({
    left: box.x - by,
    right: box.x + box.width + by,
    top: box.y - by,
    bottom: box.y + box.height + by,
  });
  type Grown = ReturnType<typeof grow>;
  const within = (p: Point, g: Grown) =>
    p.x > g.left && p.x < g.right && p.y > g.top && p.y < g.bottom;
  // The ends' own nodes keep less room than the stub they are left by (a stub shortened where
  // another node is near); the others keep `clearance`.
  const sourceBox = ownBox(boxes, ends.source, ends.sourceSide);
  const targetBox = ownBox(boxes, ends.target, ends.targetSide);
  const others = boxes
    .filter((box) => box !== sourceBox && box !== targetBox)
    .map((box) => grow(box, clearance));
  const stubEnd = (at: Point, side: keyof typeof SIDE_STEP, own: Box | undefined) => {
    for (const length of STUBS) {
      const end = outOf(at, side, length);
      const mine = own && grow(own, Math.min(clearance, length + 4));
      if (!others.some((g) => within(end, g)) && !(mine && within(end, mine))) {
        return { end, mine };
      }
    }
    return null;
  };
  const fromSource = stubEnd(ends.source, ends.sourceSide, sourceBox);
  const intoTarget = stubEnd(ends.target, ends.targetSide, targetBox);
  if (!fromSource || !intoTarget) return null;
  const a = fromSource.end;
  const b = intoTarget.end;
  const grown = [...others];
  if (fromSource.mine) grown.push(fromSource.mine);
  if (intoTarget.mine && targetBox !== sourceBox) grown.push(intoTarget.mine);
  if (grown.some((g) => within(a, g) || within(b, g))) return null;
  const xs = lines([
    a.x,
    b.x,
    (a.x + b.x) / 2,
    region.x,
    region.x + region.width,
    ...grown.flatMap((g) => [g.left, g.right]),
  ]);
  const ys = lines([
    a.y,
    b.y,
    (a.y + b.y) / 2,
    region.y,
    region.y + region.height,
    ...grown.flatMap((g) => [g.top, g.bottom]),
  ]);
  const nx = xs.length;
  const ny = ys.length;
  // blocked[k] for grid point k = i * ny + j; across[k] for the step from k to its right
  // neighbour (i + 1), down[k] for the step to the one below (j + 1).
  const blocked = new Uint8Array(nx * ny);
  const across = new Uint8Array(nx * ny);
  const down = new Uint8Array(nx * ny);
  for (const g of grown) {
    const iIn = lowerBound(xs, g.left, true);
    const iOut = lowerBound(xs, g.right, false);
    const jIn = lowerBound(ys, g.top, true);
    const jOut = lowerBound(ys, g.bottom, false);
    const iFrom = lowerBound(xs, g.left, false);
    const jFrom = lowerBound(ys, g.top, false);
    for (let i = iFrom; i < nx && xs[i]! <= g.right; i += 1) {
      for (let j = jFrom; j < ny && ys[j]! <= g.bottom; j += 1) {
        const k = i * ny + j;
        const xIn = i >= iIn && i < iOut;
        const yIn = j >= jIn && j < jOut;
        if (xIn && yIn) blocked[k] = 1;
        if (yIn && i + 1 < nx && xs[i + 1]! <= g.right) across[k] = 1;
        if (xIn && j + 1 < ny && ys[j + 1]! <= g.bottom) down[k] = 1;
      }
    }
  }
  const index = (p: Point) => lowerBound(xs, p.x, false) * ny + lowerBound(ys, p.y, false);
  const start = index(a);
  const goal = index(b);
  const startHeading = SIDE_STEP[ends.sourceSide];
  // The heading from the target's stub into the target, and the one that would double back.
  const backInto = SIDE_STEP[ends.targetSide];
  const into = (backInto + 2) % 4;

  const count = nx * ny * 4;
  const cost = new Float64Array(count).fill(Infinity);
  const from = new Int32Array(count).fill(-1);
  const heap = new StateHeap();
  // What is left at least: the distance to `b`, and a turn when not yet in line with it.
  const h = (k: number) => {
    const dx = Math.abs(xs[Math.floor(k / ny)]! - b.x);
    const dy = Math.abs(ys[k % ny]! - b.y);
    return dx + dy + (dx > 0 && dy > 0 ? TURN : 0);
  };
  const first = start * 4 + startHeading;
  cost[first] = 0;
  heap.push(first, h(start));
  let best = Infinity;
  let bestState = -1;
  while (heap.size > 0) {
    const [state, f] = heap.pop();
    if (f >= best) break;
    const g = cost[state]!;
    if (f > g + h(Math.floor(state / 4)) + 1e-9) continue; // a stale entry
    const k = Math.floor(state / 4);
    const heading = state % 4;
    if (k === goal && heading !== backInto) {
      const total = g + (heading === into ? 0 : TURN);
      if (total < best) {
        best = total;
        bestState = state;
      }
      continue;
    }
    const i = Math.floor(k / ny);
    const j = k % ny;
    for (let turn = 0; turn < 4; turn += 1) {
      if (turn === (heading + 2) % 4) continue;
      const step = STEP[turn]!;
      const ni = i + step.x;
      const nj = j + step.y;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const nk = ni * ny + nj;
      if (blocked[nk]) continue;
      const wall =
        step.x > 0 ? across[k] : step.x < 0 ? across[nk] : step.y > 0 ? down[k] : down[nk];
      if (wall) continue;
      const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const next = nk * 4 + turn;
      const nextCost = g + length + (turn === heading ? 0 : TURN);
      if (nextCost < cost[next]!) {
        cost[next] = nextCost;
        from[next] = state;
        heap.push(next, nextCost + h(nk));
      }
    }
  }
  if (bestState < 0) return null;
  const points: Point[] = [];
  for (let state = bestState; state >= 0; state = from[state]!) {
    const k = Math.floor(state / 4);
    points.push({ x: xs[Math.floor(k / ny)]!, y: ys[k % ny]! });
  }
  return points.reverse();
}

/** A binary min-heap of search states by their estimated total cost. */
class StateHeap {
  private readonly states: number[] = [];
  private readonly keys: number[] = [];

  get size(): number {
    return this.states.length;
  }

  push(state: number, key: number): void {
    const { states, keys } = this;
    let i = states.length;
    states.push(state);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      states[i] = states[parent]!;
      keys[i] = keys[parent]!;
      i = parent;
    }
    states[i] = state;
    keys[i] = key;
  }

  pop(): [number, number] {
    const { states, keys } = this;
    const top: [number, number] = [states[0]!, keys[0]!];
    const lastState = states.pop()!;
    const lastKey = keys.pop()!;
    const n = states.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        states[i] = states[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      states[i] = lastState;
      keys[i] = lastKey;
    }
    return top;
  }
}
