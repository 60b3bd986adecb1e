import { intersects } from '../../../shared/model/rect';
import type { Box } from '../../../shared/render/box-index';
import { labelBox } from '../../../shared/render/diagram-edges';
import type { Point } from './edge-geometry';

/** A rectangle in flow coordinates. */
export type { Box } from '../../../shared/render/box-index';

// How far an orthogonal route may leave the box between its two ends (a detour round a node).
const ROUTE_MARGIN = 80;
// Far enough outside any diagram for the clip's outer frame.
const FAR = 1e6;

/** The box an edge from `source` to `target` can run through (its ends, with room to detour). */
export function routeBounds(source: Point, target: Point): Box {
  const x = Math.min(source.x, target.x) - ROUTE_MARGIN;
  const y = Math.min(source.y, target.y) - ROUTE_MARGIN;
  return {
    x,
    y,
    width: Math.abs(source.x - target.x) + 2 * ROUTE_MARGIN,
    height: Math.abs(source.y - target.y) + 2 * ROUTE_MARGIN,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

function rectPath(box: Box): string {
  const [x, y, r, b] = [box.x, box.y, box.x + box.width, box.y + box.height].map(round);
  return `M${x},${y}H${r}V${b}H${x}Z`;
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** A frame round any diagram: the clip keeps what is inside it and outside the holes. */
const FRAME = { x: -FAR, y: -FAR, width: 2 * FAR, height: 2 * FAR } as const;

/** The frame as an SVG path, to which the holes are added for an `evenodd` clip. */
export const FRAME_PATH = rectPath(FRAME);

/**
 * The holes (SVG `d`, one rectangle each) a selected edge is kept out of: the nodes it can pass
 * and its own label, within `bounds`; a box inside another is left out (the outer one already
 * holds it, and under `evenodd` it would cancel it). Empty when there are none. A selected edge
 * is lifted above the nodes so the grips at its ends can be dragged; clipped by these holes, its
 * line and its hit area (clipping also stops pointer events) stay off the nodes' text and off
 * its label.
 */
export function holesPath(holes: readonly Box[], bounds: Box): string {
  const near = holes.filter((h) => h.width > 0 && h.height > 0 && intersects(h, bounds));
  const outer = near.filter(
    (hole, i) =>
      !near.some(
        (other, j) => j !== i && contains(other, hole) && (!contains(hole, other) || j < i),
      ),
  );
  return outer.map(rectPath).join('');
}

/** Room kept round a label's hole, so the line never shows through the label's edge. */
const LABEL_ROOM = 2;

/** The box a label takes round `at` (as drawn, `shared/render/diagram-edges.ts`), a little wider. */
export function labelHole(text: string, at: Point): Box {
  const box = labelBox(text, at);
  return {
    x: box.x - LABEL_ROOM,
    y: box.y - LABEL_ROOM / 2,
    width: box.width + 2 * LABEL_ROOM,
    height: box.height + LABEL_ROOM,
  };
}
