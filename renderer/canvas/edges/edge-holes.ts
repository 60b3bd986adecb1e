import type { EdgeRouting } from '../../../shared/model/diagram-schema';
import { labelBox as drawnLabelBox } from '../../../shared/render/diagram-edges';
import type { EdgePath } from '../../../shared/render/edge-path';
import { labelClearOf, labelReach } from '../../../shared/render/label-place';
import { holesPath, labelBox, routeBounds, type Box } from './edge-clip';
import type { Point } from './edge-geometry';

/** What the holes of a selected edge are computed from: React Flow's node list and lookup. */
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

// Boxes are bucketed in square cells of this many flow units, so an edge looks only at the
// nodes near its route instead of every node of the diagram.
const CELL = 400;

/**
 * The boxes of the nodes an edge may pass over (containers excluded: edges run on them),
 * bucketed by cell, with the holes already worked out per edge. Built once per node list and
 * shared by every selected edge: a pan or zoom changes no node, so it costs a lookup.
 */
class NodeBoxIndex {
  private readonly cells = new Map<string, Box[]>();
  private readonly holes = new Map<string, string>();
  private readonly labels = new Map<string, string>();

  constructor(source: NodeSource) {
    for (const node of source.nodeLookup.values()) {
      if (node.type === 'group' || node.hidden) continue;
      const { x, y } = node.internals.positionAbsolute;
      const box = {
        x,
        y,
        width: node.measured.width ?? node.width ?? 0,
        height: node.measured.height ?? node.height ?? 0,
      };
      if (box.width <= 0 || box.height <= 0) continue;
      this.eachCell(box, (key) => {
        const list = this.cells.get(key);
        if (list) list.push(box);
        else this.cells.set(key, [box]);
      });
    }
  }

  private eachCell(box: Box, visit: (key: string) => void): void {
    const left = Math.floor(box.x / CELL);
    const right = Math.floor((box.x + box.width) / CELL);
    const top = Math.floor(box.y / CELL);
    const bottom = Math.floor((box.y + box.height) / CELL);
    for (let i = left; i <= right; i += 1) {
      for (let j = top; j <= bottom; j += 1) visit(`${i},${j}`);
    }
  }

  /** The node boxes in the cells `bounds` touches (each once), in the order they were added. */
  near(bounds: Box): Box[] {
    const found = new Set<Box>();
    this.eachCell(bounds, (key) => {
      for (const box of this.cells.get(key) ?? []) found.add(box);
    });
    return [...found];
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
    const holes = holesPath(text ? [...boxes, labelBox(text, label)] : boxes, bounds);
    this.holes.set(key, holes);
    return holes;
  }
}

const indexes = new WeakMap<readonly unknown[], NodeBoxIndex>();

function indexOf(source: NodeSource): NodeBoxIndex {
  let index = indexes.get(source.nodes);
  if (!index) {
    index = new NodeBoxIndex(source);
    indexes.set(source.nodes, index);
  }
  return index;
}

/**
 * The holes (see `holesPath`) a selected edge from `source` to `target`, labelled `text` at
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
