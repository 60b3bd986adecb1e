import type { DiagramEdge, DiagramNode, HandleSide } from '../model/diagram-schema';
import { baselineOf, fitLines, type TextSetting } from './diagram-text';
import type { DiagramPalette } from './diagram-theme';
import type { Point } from './edge-path';
import { shiftedAlong, sourceSideOf, targetSideOf, type EndShift } from './end-spread';
import { routedPath, type BoxesNear } from './route-around';
import { el, type SvgElement } from './svg-builder';
import { measureText } from './text-wrap';

/**
 * Connections drawn as the canvas draws them (`renderer/canvas/edges/*`, `to-flow.ts`): routed
 * by `edge-path.ts` between the same handles, flows solid with a closed arrow head, mappings
 * dashed teal with an open one, associations thin and plain, labels on their own background.
 * Arrow heads are shapes of their own, not `<marker>`s: every SVG and PDF reader draws them.
 */

/** A handle's size on screen: the edge ends at its outer side, half of it off the node. */
const HANDLE_SIZE = 10;
/** An edge's stroke (`edges.css`): 1.5 px, associations 1 px. */
const STROKE = 1.5;

const OUT: Readonly<Record<HandleSide, Point>> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};

/** Where an edge meets `node` on `side`, as React Flow measures the handle there. */
export function handlePoint(node: DiagramNode, side: HandleSide): Point {
  const out = OUT[side];
  const half = HANDLE_SIZE / 2;
  return {
    x: node.x + node.width / 2 + out.x * (node.width / 2 + half),
    y: node.y + node.height / 2 + out.y * (node.height / 2 + half),
  };
}

/**
 * The routed path of `edge` between its nodes, with the sides used at each end: an orthogonal
 * one round the nodes `near` gives (route-around.ts). `shift` moves its ends along their sides,
 * where other ends share them (`endShifts`).
 */
export function routeEdge(
  edge: DiagramEdge,
  source: DiagramNode,
  target: DiagramNode,
  near: BoxesNear,
  shift: EndShift = { source: 0, target: 0 },
) {
  const sourceSide = sourceSideOf(edge);
  const targetSide = targetSideOf(edge);
  const ends = {
    source: shiftedAlong(handlePoint(source, sourceSide), sourceSide, shift.source),
    sourceSide,
    target: shiftedAlong(handlePoint(target, targetSide), targetSide, shift.target),
    targetSide,
  };
  return { ends, route: routedPath(edge.routing ?? 'orthogonal', ends, near) };
}

/** The direction the path has where it reaches its target. */
function arrivalDirection(
  edge: DiagramEdge,
  ends: { source: Point; target: Point; targetSide: HandleSide },
): Point {
  if ((edge.routing ?? 'orthogonal') === 'straight') {
    const dx = ends.target.x - ends.source.x;
    const dy = ends.target.y - ends.source.y;
    const length = Math.hypot(dx, dy) || 1;
    return { x: dx / length, y: dy / length };
  }
  const out = OUT[ends.targetSide];
  return { x: -out.x, y: -out.y };
}

/**
 * React Flow's arrow markers: a 20-unit view box drawn `size` stroke widths wide, its tip at
 * the path's end, so a unit is `size * stroke / 20` px; the head spans 5 units back, 4 aside.
 */
function arrowHead(tip: Point, direction: Point, size: number, stroke: number) {
  const unit = (size * stroke) / 20;
  const back = { x: -direction.x * 5 * unit, y: -direction.y * 5 * unit };
  const side = { x: -direction.y * 4 * unit, y: direction.x * 4 * unit };
  const a = { x: tip.x + back.x + side.x, y: tip.y + back.y + side.y };
  const b = { x: tip.x + back.x - side.x, y: tip.y + back.y - side.y };
  return { a, b, unit };
}

const n = (v: number) => Math.round(v * 100) / 100;
const pair = (p: Point) => `${n(p.x)} ${n(p.y)}`;

/** The line of an edge and its arrow head. */
export function drawEdgeLine(
  edge: DiagramEdge,
  routed: ReturnType<typeof routeEdge>,
  p: DiagramPalette,
): SvgElement {
  const colour = edge.kind === 'mapping' ? p.teal : p.edge;
  const width = edge.kind === 'association' ? 1 : STROKE;
  const parts: SvgElement[] = [
    el('path', {
      d: routed.route.path,
      fill: 'none',
      stroke: colour,
      'stroke-width': width,
      'stroke-dasharray': edge.kind === 'mapping' ? '6 4' : undefined,
    }),
  ];
  const direction = arrivalDirection(edge, routed.ends);
  const tip = routed.ends.target;
  if (edge.kind === 'flow') {
    const { a, b, unit } = arrowHead(tip, direction, 14, width);
    parts.push(
      el('polygon', {
        points: `${pair(a)} ${pair(tip)} ${pair(b)}`,
        fill: colour,
        stroke: colour,
        'stroke-width': n(unit),
      }),
    );
  } else if (edge.kind === 'mapping') {
    const { a, b, unit } = arrowHead(tip, direction, 16, width);
    parts.push(
      el('path', {
        d: `M ${pair(a)} L ${pair(tip)} L ${pair(b)}`,
        fill: 'none',
        stroke: colour,
        'stroke-width': n(unit),
      }),
    );
  }
  return el('g', {}, parts);
}

/** Edge labels: 12 px on 16 px lines, at most 180 px wide and three lines (`.edge-label`). */
const LABEL: TextSetting = { fontSize: 12, lineHeight: 16 };
const LABEL_MAX_WIDTH = 180;
const LABEL_PAD_X = 6;

/** The box of an edge's label around `at`, and its lines. */
export function labelBox(text: string, at: Point) {
  const lines = fitLines(text, LABEL_MAX_WIDTH - 2 * LABEL_PAD_X - 2, 3, LABEL);
  const widest = Math.max(...lines.map((line) => measureText(line, LABEL.fontSize)));
  const width = Math.min(LABEL_MAX_WIDTH, Math.ceil(widest) + 2 * LABEL_PAD_X + 2);
  const height = lines.length * LABEL.lineHeight + 4;
  return { x: at.x - width / 2, y: at.y - height / 2, width, height, lines };
}

/** An edge's label on the surface colour with a thin border, so it reads over anything. */
export function drawEdgeLabel(text: string, at: Point, p: DiagramPalette): SvgElement {
  const box = labelBox(text, at);
  return el(
    'g',
    {},
    el('rect', {
      x: box.x + 0.5,
      y: box.y + 0.5,
      width: box.width - 1,
      height: box.height - 1,
      rx: 3.5,
      fill: p.surface,
      stroke: p.border,
      'stroke-width': 1,
    }),
    box.lines.map((line, i) =>
      el(
        'text',
        {
          x: at.x,
          y: baselineOf(box.y + 2 + i * LABEL.lineHeight, LABEL),
          'font-size': LABEL.fontSize,
          'text-anchor': 'middle',
          fill: p.text,
        },
        line,
      ),
    ),
  );
}
