import type { DiagramEdge, DiagramFile, DiagramNode } from '../model/diagram-schema';
import { BoxIndex, type Box as Rect } from './box-index';
import { drawEdgeLabel, drawEdgeLine, labelBox, routeEdge } from './diagram-edges';
import { drawNode, type DiagramNames } from './diagram-nodes';
import type { EdgePath, Point } from './edge-path';
import { endShifts, shiftAt } from './end-spread';
import { labelClearOf, labelReach } from './label-place';
import { diagramPalette, type DiagramTheme } from './diagram-theme';
import { MAP_FONT_FAMILY } from './map-colours';
import { el, renderSvgDocument, type SvgElement } from './svg-builder';

export type { DiagramNames, FrameworkNodeInfo } from './diagram-nodes';
export type { DiagramTheme } from './diagram-theme';

/** Options of `renderDiagramSvg`. */
export interface DiagramSvgOptions {
  /** The app's light theme (default) or its dark one. */
  theme?: DiagramTheme;
  /** Only these nodes (a group or lane brings its members) and the edges between them. */
  selection?: readonly string[];
  /** Space around the drawing, in px; 24 by default. */
  margin?: number;
  /** Paint the theme's canvas colour behind the drawing (default), or leave it transparent. */
  background?: 'canvas' | 'none';
}

/** What an export of an empty diagram or selection says instead of drawing nothing. */
export class EmptyDrawingError extends Error {}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The nodes drawn: all, or the selection with every member of a selected group or lane. */
function nodesDrawn(diagram: DiagramFile, selection: readonly string[] | undefined) {
  if (selection === undefined) return diagram.nodes;
  const chosen = new Set(selection);
  const children = new Map<string, string[]>();
  for (const node of diagram.nodes) {
    if (node.parentId === undefined) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node.id);
    children.set(node.parentId, list);
  }
  const pending = [...chosen];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const child of children.get(id) ?? []) {
      if (!chosen.has(child)) {
        chosen.add(child);
        pending.push(child);
      }
    }
  }
  return diagram.nodes.filter((node) => chosen.has(node.id));
}

/** How deep each group sits in other groups: nested containers are drawn above their parents. */
function depthOf(node: DiagramNode, byId: ReadonlyMap<string, DiagramNode>): number {
  let depth = 0;
  for (let p = node.parentId; p !== undefined && depth < 100; p = byId.get(p)?.parentId) depth += 1;
  return depth;
}

/**
 * The canvas's stacking: containers behind everything (nested ones above their parents), then
 * edges, then the other nodes by `z` (ties by id), edge labels on top.
 */
function stacking(nodes: readonly DiagramNode[], byId: ReadonlyMap<string, DiagramNode>) {
  const byZ = (a: DiagramNode, b: DiagramNode) => (a.z ?? 0) - (b.z ?? 0) || compareIds(a.id, b.id);
  const containers = nodes
    .filter((node) => node.kind === 'group')
    .map((node) => ({ node, depth: depthOf(node, byId) }))
    .sort((a, b) => a.depth - b.depth || byZ(a.node, b.node))
    .map(({ node }) => node);
  const others = nodes.filter((node) => node.kind !== 'group').sort(byZ);
  return { containers, others };
}

const grow = (box: Box | null, x0: number, y0: number, x1: number, y1: number): Box =>
  box === null
    ? { x0, y0, x1, y1 }
    : {
        x0: Math.min(box.x0, x0),
        y0: Math.min(box.y0, y0),
        x1: Math.max(box.x1, x1),
        y1: Math.max(box.y1, y1),
      };

/** Where an edge's label goes: clear of the nodes near its route (label-place.ts). */
function labelAt(edge: DiagramEdge, route: EdgePath, obstacles: BoxIndex<DiagramNode>): Point {
  const { width, height } = labelBox(edge.label ?? '', { x: 0, y: 0 });
  const size = { width, height };
  const reach = labelReach(route, size);
  const near = obstacles
    .near(reach)
    .filter(
      (n) =>
        n.x < reach.x + reach.width &&
        reach.x < n.x + n.width &&
        n.y < reach.y + reach.height &&
        reach.y < n.y + n.height,
    );
  return labelClearOf(route, edge.routing ?? 'orthogonal', size, near);
}

/**
 * A diagram drawn as a standalone SVG document: every node kind with the shapes, colours and
 * text fitting of the canvas, edges routed by the canvas's router between the same handles,
 * arrow heads as shapes, labels on a background. Only the vocabulary of `svg-vocabulary.ts`
 * is used (no markers, style, script or foreignObject) and every user string is escaped.
 * Names of processes come from `names`, never from the diagram. Throws `EmptyDrawingError`
 * when there is nothing to draw.
 */
export function renderDiagramSvg(
  diagram: DiagramFile,
  names: DiagramNames,
  options: DiagramSvgOptions = {},
): string {
  const theme = options.theme ?? 'light';
  const palette = diagramPalette(theme);
  const margin = options.margin ?? 24;
  const byId = new Map(diagram.nodes.map((node) => [node.id as string, node]));
  const nodes = nodesDrawn(diagram, options.selection);
  if (nodes.length === 0) {
    throw new EmptyDrawingError(
      options.selection === undefined
        ? `The diagram "${diagram.name}" has nothing to export.`
        : 'Nothing selected to export.',
    );
  }
  const drawn = new Set<string>(nodes.map((node) => node.id));
  let bounds: Box | null = null;
  for (const node of nodes) {
    bounds = grow(bounds, node.x, node.y, node.x + node.width, node.y + node.height);
  }
  // What labels keep off: the nodes drawn, not the groups and lanes (labels sit on them).
  const obstacles = BoxIndex.of(nodes.filter((node) => node.kind !== 'group'));
  // What routes go round: every node of the diagram, drawn or not, so that the routes of a
  // selection are those of the screen.
  const inTheWay = BoxIndex.of(diagram.nodes.filter((node) => node.kind !== 'group'));
  const near = (bounds: Rect) => inTheWay.near(bounds);
  const lines: SvgElement[] = [];
  const labels: SvgElement[] = [];
  // Ends that share a side spread along it as on the screen: from every connection of the
  // diagram, drawn or not, as routes are.
  const shifts = endShifts(diagram.nodes, diagram.edges);
  for (const [i, edge] of diagram.edges.entries()) {
    if (!drawn.has(edge.source) || !drawn.has(edge.target)) continue;
    const routed = routeEdge(
      edge,
      byId.get(edge.source)!,
      byId.get(edge.target)!,
      near,
      shiftAt(shifts, i),
    );
    for (const point of [...routed.route.points, routed.ends.source, routed.ends.target]) {
      bounds = grow(bounds, point.x - 8, point.y - 8, point.x + 8, point.y + 8);
    }
    lines.push(drawEdgeLine(edge, routed, palette));
    if (edge.label !== undefined && edge.label.trim() !== '') {
      const at = labelAt(edge, routed.route, obstacles);
      const box = labelBox(edge.label, at);
      bounds = grow(bounds, box.x, box.y, box.x + box.width, box.y + box.height);
      labels.push(drawEdgeLabel(edge.label, at, palette));
    }
  }
  const box = bounds!;
  const width = Math.ceil(box.x1 - box.x0 + 2 * margin);
  const height = Math.ceil(box.y1 - box.y0 + 2 * margin);
  const { containers, others } = stacking(nodes, byId);
  const drawing = { palette, theme, names };
  const shift = `translate(${round(margin - box.x0)} ${round(margin - box.y0)})`;
  return renderSvgDocument(
    el(
      'svg',
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'font-family': MAP_FONT_FAMILY,
      },
      el('title', {}, diagram.name),
      options.background === 'none'
        ? null
        : el('rect', { x: 0, y: 0, width, height, fill: palette.canvas }),
      el(
        'g',
        { transform: shift },
        containers.map((node) => drawNode(node, drawing)),
        lines,
        others.map((node) => drawNode(node, drawing)),
        labels,
      ),
    ),
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
