import type { EdgeRouting } from '../../../shared/model/diagram-schema';
import { labelBox as drawnLabelBox } from '../../../shared/render/diagram-edges';
import { BoxIndex } from '../../../shared/render/box-index';
import type { EdgeEnds, EdgePath } from '../../../shared/render/edge-path';
import { labelClearOf, labelReach } from '../../../shared/render/label-place';
import {
  boundsOfPoints,
  crossesBoxes,
  detourAround,
  settledEnds,
} from '../../../shared/render/route-around';
import { holesPath, labelHole, routeBounds, type Box } from './edge-clip';
import type { Point } from './edge-geometry';

/**
 * What the holes of the lifted edge (the connection selected alone) are computed from: React
 * Flow's node list and lookup.
 */
export interface NodeSource {
  /** A new array whenever a node moves, is resized or measured: the cache's key. */
  nodes: readonly unknown[];
  nodeLookup: ReadonlyMap<
    string,
    {
      type?: string | undefined;
      hidden?: boolean | undefined;
      width?: number | undefined;
      height?: number | undefined;
      measured: { width?: number | undefined; height?: number | undefined };
      internals: { positionAbsolute: { x: number; y: number } };
    }
  >;
}

/** Where a node is and whether it is in the way, in the order of React Flow's lookup. */
function geometryOf(source: NodeSource): { ids: string[]; numbers: Float64Array } {
  const ids: string[] = [];
  const numbers = new Float64Array(source.nodeLookup.size * 5);
  let at = 0;
  for (const [id, node] of source.nodeLookup) {
    ids.push(id);
    const { x, y } = node.internals.positionAbsolute;
    const inTheWay = node.type !== 'group' && !node.hidden;
    numbers[at++] = inTheWay ? 1 : 0;
    numbers[at++] = x;
    numbers[at++] = y;
    numbers[at++] = node.measured.width ?? node.width ?? 0;
    numbers[at++] = node.measured.height ?? node.height ?? 0;
  }
  return { ids, numbers };
}

/**
 * The boxes of the nodes an edge may pass over (containers excluded: edges run on them),
 * bucketed by cell, with the holes, label places and routes already worked out per edge.
 * Built once per node geometry and shared by every edge: a pan or zoom changes no node, so it
 * costs a lookup, and a new node list that moved nothing (a selection) keeps it.
 */
class NodeBoxIndex {
  private readonly boxes: BoxIndex;
  private readonly holes = new Map<string, string>();
  private readonly labels = new Map<string, string>();
  private readonly detours = new Map<string, string>();
  private readonly dragDetours = new Map<string, string>();
  readonly near = (bounds: Box): Box[] => this.boxes.near(bounds);

  constructor(readonly geometry: { ids: string[]; numbers: Float64Array }) {
    // The boxes stay numbers in `geometry`: a box object is made only for an answer.
    const { numbers } = geometry;
    this.boxes = new BoxIndex(numbers.length / 5, (i) => {
      const at = i * 5;
      if (numbers[at] !== 1) return null;
      return {
        x: numbers[at + 1]!,
        y: numbers[at + 2]!,
        width: numbers[at + 3]!,
        height: numbers[at + 4]!,
      };
    });
  }

  /** True when `geometry` puts every node where this index has it. */
  holds(geometry: { ids: string[]; numbers: Float64Array }): boolean {
    const mine = this.geometry;
    if (mine.ids.length !== geometry.ids.length) return false;
    for (let i = 0; i < mine.ids.length; i += 1) {
      if (mine.ids[i] !== geometry.ids[i]) return false;
    }
    for (let i = 0; i < mine.numbers.length; i += 1) {
      if (mine.numbers[i] !== geometry.numbers[i]) return false;
    }
    return true;
  }

  /** The corners ("x,y x,y...") of the route round the nodes, '' where the plain one is clear. */
  detourFor(ends: EdgeEnds, key: string, keep?: string): string {
    // While dragging (`keep`, the route before) a route still clear of every node stays, so
    // routes hold still; those answers are kept apart, and the drop works every route out
    // afresh, as an export would.
    const cache = keep === undefined ? this.detours : this.dragDetours;
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (keep) {
      const corners = detourCorners(keep);
      if (!crossesBoxes(corners, this.near(boundsOfPoints(corners)))) {
        cache.set(key, keep);
        return keep;
      }
    }
    const points = detourAround(ends, this.near);
    const detour = points ? points.map((p) => `${p.x},${p.y}`).join(' ') : '';
    cache.set(key, detour);
    return detour;
  }

  /** "x,y" of where a label goes clear of the nodes (label-place.ts), '' where it stays put. */
  labelFor(route: EdgePath, routing: EdgeRouting, text: string): string {
    const key = `${routing}\u0000${route.path}\u0000${text}`;
    const known = this.labels.get(key);
    if (known !== undefined) return known;
    // The exports' measure of the label, so the screen places it where a picture does.
    const { width, height } = drawnLabelBox(text, { x: 0, y: 0 });
    const size = { width, height };
    const at = labelClearOf(route, routing, size, this.near(labelReach(route, size)));
    const placed = at === route.label ? '' : `${at.x},${at.y}`;
    this.labels.set(key, placed);
    return placed;
  }

  holesFor(source: Point, target: Point, text: string | undefined, label: Point): string {
    const key = `${source.x},${source.y},${target.x},${target.y},${label.x},${label.y},${text ?? ''}`;
    const known = this.holes.get(key);
    if (known !== undefined) return known;
    const bounds = routeBounds(source, target);
    const boxes = this.near(bounds);
    const holes = holesPath(text ? [...boxes, labelHole(text, label)] : boxes, bounds);
    this.holes.set(key, holes);
    return holes;
  }
}

const indexes = new WeakMap<readonly unknown[], NodeBoxIndex>();
/** The index built last: a new node list with the same geometry (a selection) reuses it. */
let latest: NodeBoxIndex | null = null;

function indexOf(source: NodeSource): NodeBoxIndex {
  let index = indexes.get(source.nodes);
  if (!index) {
    const geometry = geometryOf(source);
    index = latest?.holds(geometry) ? latest : new NodeBoxIndex(geometry);
    indexes.set(source.nodes, index);
    latest = index;
  }
  return index;
}

/** What the routes of `edgeDetour` are remembered by: the ends and their sides. */
export function detourKey(ends: EdgeEnds): string {
  // Settled as the router takes them: a handle measured again at another zoom (205 as
  // 204.99999306) is the same pair of ends.
  const { source, sourceSide, target, targetSide } = settledEnds(ends);
  return `${source.x},${source.y},${sourceSide},${target.x},${target.y},${targetSide}`;
}

/**
 * Up to this many nodes, routes are worked out in every frame of a drag (an index of a
 * thousand boxes takes well under a millisecond); above, they wait for the drop.
 */
const LIVE_WHILE_DRAGGING = 1_000;

/** The corners of a route as `edgeDetour` gives it ("x,y x,y ..."). */
export function detourCorners(detour: string): Point[] {
  return detour.split(' ').map((corner) => {
    const [x = 0, y = 0] = corner.split(',').map(Number);
    return { x, y };
  });
}

/** The last route worked out for each pair of ends, for the frames of a drag (see below). */
const lastDetours = new Map<string, string>();
const MOST_REMEMBERED = 20_000;

/**
 * The corners ("x,y x,y ...") of the route of an orthogonal edge between `ends` round the
 * nodes in its way (shared/render/route-around.ts, as the exports route it), or '' when the
 * plain route crosses none. Worked out once per node geometry and pair of ends. While nodes
 * are dragged on a diagram of up to LIVE_WHILE_DRAGGING nodes, routes follow in every frame, a
 * route still clear staying as it is; on a larger one no index is built (each frame has a new
 * node list): an edge whose ends did not move keeps its route, one that moves with the dragged
 * nodes takes the plain route until the drop.
 */
export function edgeDetour(
  nodes: NodeSource,
  ends: EdgeEnds,
  key: string,
  dragging: boolean,
): string {
  if (dragging && nodes.nodeLookup.size > LIVE_WHILE_DRAGGING) return lastDetours.get(key) ?? '';
  const detour = indexOf(nodes).detourFor(
    ends,
    key,
    dragging ? (lastDetours.get(key) ?? '') : undefined,
  );
  if (lastDetours.size >= MOST_REMEMBERED) lastDetours.clear();
  lastDetours.set(key, detour);
  return detour;
}

/**
 * The holes (see `holesPath`) the lifted edge from `source` to `target`, labelled `text` at
 * `label`, is kept out of. Worked out once per node list and edge: called from a React Flow
 * store selector, which runs on every viewport change, it must not walk the diagram's nodes
 * then (it did: every selected edge went over every node on every frame of a pan).
 */
export function edgeHoles(
  nodes: NodeSource,
  source: Point,
  target: Point,
  text: string | undefined,
  label: Point,
): string {
  return indexOf(nodes).holesFor(source, target, text, label);
}

/**
 * Where the label `text` of an edge along `route` goes, clear of the nodes: "x,y", or '' when
 * at the route's own label point. Worked out once per node list and route, like the holes.
 */
export function edgeLabelAt(
  nodes: NodeSource,
  route: EdgePath,
  routing: EdgeRouting,
  text: string,
): string {
  return indexOf(nodes).labelFor(route, routing, text);
}

/** The node boxes near `bounds` (exported for tests: the same as filtering every node). */
export function nodeBoxesNear(nodes: NodeSource, bounds: Box): Box[] {
  return indexOf(nodes).near(bounds);
}
