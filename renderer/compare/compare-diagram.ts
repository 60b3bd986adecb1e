import type { DiagramDiff } from '../../shared/diff/workspace-diff';
import type { DiagramEdge, DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import {
  EmptyDrawingError,
  renderDiagramSvg,
  type DiagramNames,
  type DiagramTheme,
} from '../../shared/render/diagram-svg';
import { BoxIndex } from '../../shared/render/box-index';
import { routeEdge } from '../../shared/render/diagram-edges';
import { endShifts, shiftAt, type EndShift } from '../../shared/render/end-spread';
import type { BoxesNear } from '../../shared/render/route-around';

/** How an element differs from the other side. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** One step of the list of changes: a node or connection and what happened to it. */
export interface ChangeStep {
  id: string;
  element: 'node' | 'edge';
  kind: ChangeKind;
  name: string;
  /** "renamed, restyled"... for a change. */
  words: string;
  /** Where to centre the view on it, in diagram coordinates. */
  at: { x: number; y: number } | null;
}

/** The compare drawing of one diagram: the SVG, and where the diagram's origin is in it. */
export interface CompareDrawing {
  svg: string;
  /** The SVG's own size and the shift from diagram coordinates to SVG coordinates. */
  width: number;
  height: number;
  shift: { x: number; y: number };
}

const LOOK: Record<ChangeKind, { stroke: string; dash: string }> = {
  added: { stroke: '#1a9641', dash: '' },
  removed: { stroke: '#d7191c', dash: '6 4' },
  changed: { stroke: '#e08e0b', dash: '' },
  moved: { stroke: '#e08e0b', dash: '' },
};

const centre = (node: DiagramNode) => ({ x: node.x + node.width / 2, y: node.y + node.height / 2 });

/** The steps of a diagram's diff, nodes then connections, in the diff's order. */
export function changeSteps(
  diff: DiagramDiff,
  before: DiagramFile | undefined,
  after: DiagramFile | undefined,
): ChangeStep[] {
  const nodeNow = new Map<string, DiagramNode>(after?.nodes.map((n) => [n.id, n]));
  const nodeThen = new Map<string, DiagramNode>(before?.nodes.map((n) => [n.id, n]));
  // By id, once: a find per step made a 5,000-element diff quadratic.
  const edgesNow = new Map<string, DiagramEdge>(after?.edges.map((e) => [e.id, e]));
  const edgesThen = new Map<string, DiagramEdge>(before?.edges.map((e) => [e.id, e]));
  const edgeAt = (edges: Map<string, DiagramEdge>, id: string, nodes: Map<string, DiagramNode>) => {
    const edge = edges.get(id);
    const [s, t] = [nodes.get(edge?.source ?? ''), nodes.get(edge?.target ?? '')];
    return s && t
      ? { x: (centre(s).x + centre(t).x) / 2, y: (centre(s).y + centre(t).y) / 2 }
      : null;
  };
  const steps: ChangeStep[] = [];
  for (const [element, set] of [
    ['node', diff.nodes],
    ['edge', diff.edges],
  ] as const) {
    const at = (id: string, side: 'now' | 'then') =>
      element === 'node'
        ? ((n) => (n ? centre(n) : null))((side === 'now' ? nodeNow : nodeThen).get(id))
        : side === 'now'
          ? edgeAt(edgesNow, id, nodeNow)
          : edgeAt(edgesThen, id, nodeThen);
    for (const e of set.added)
      steps.push({
        id: e.id,
        element,
        kind: 'added',
        name: e.name,
        words: 'added',
        at: at(e.id, 'now'),
      });
    for (const e of set.removed)
      steps.push({
        id: e.id,
        element,
        kind: 'removed',
        name: e.name,
        words: 'removed',
        at: at(e.id, 'then'),
      });
    for (const e of set.changed) {
      const kind = e.changes.includes('moved') ? 'moved' : 'changed';
      steps.push({
        id: e.id,
        element,
        kind,
        name: e.name,
        words: e.changes.join(', '),
        at: at(e.id, 'now'),
      });
    }
  }
  return steps;
}

function rect(
  node: DiagramNode,
  kind: ChangeKind,
  selected: boolean,
  ghost: boolean,
  canvas: string,
): string {
  const look = LOOK[kind];
  const pad = 4;
  const fill = ghost ? ` fill="${canvas}" fill-opacity="0.55"` : ' fill="none"';
  return `<rect x="${node.x - pad}" y="${node.y - pad}" width="${node.width + 2 * pad}" height="${node.height + 2 * pad}" rx="6"${fill} stroke="${look.stroke}" stroke-width="${selected ? 5 : 3}"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>`;
}

/** A connection's outline: a wide, faint band of its change's colour along its route. */
function band(
  edge: DiagramEdge,
  nodes: ReadonlyMap<string, DiagramNode>,
  near: BoxesNear,
  kind: ChangeKind,
  selected: boolean,
  shift: EndShift | undefined,
): string | null {
  const [source, target] = [nodes.get(edge.source), nodes.get(edge.target)];
  if (!source || !target) return null;
  const look = LOOK[kind];
  const { path } = routeEdge(edge, source, target, near, shift).route;
  return `<path d="${path}" fill="none" stroke="${look.stroke}" stroke-opacity="0.55" stroke-width="${selected ? 9 : 6}" stroke-linecap="round" stroke-linejoin="round"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>`;
}

/**
 * The diagram as it is now with the removed nodes and connections drawn back from the other
 * side, then outlines over it: added green, removed ghosted red (dashed, faded), changed and
 * moved amber, a moved node's old place a dashed amber ghost; connections get a band of the
 * same colours along their route. Read-only: a picture.
 */
export function drawCompare(
  before: DiagramFile | undefined,
  after: DiagramFile | undefined,
  steps: readonly ChangeStep[],
  names: DiagramNames,
  options: { theme: DiagramTheme; selected: string | null },
): CompareDrawing | null {
  const base = (after ?? before)!;
  const removed = (element: ChangeStep['element']) =>
    new Set(steps.filter((s) => s.element === element && s.kind === 'removed').map((s) => s.id));
  const [removedNodes, removedEdges] = [removed('node'), removed('edge')];
  const union: DiagramFile = after
    ? {
        ...after,
        nodes: [...after.nodes, ...(before?.nodes.filter((n) => removedNodes.has(n.id)) ?? [])],
        edges: [...after.edges, ...(before?.edges.filter((e) => removedEdges.has(e.id)) ?? [])],
      }
    : base;
  let svg: string;
  try {
    svg = renderDiagramSvg(union, names, { theme: options.theme });
  } catch (error) {
    if (error instanceof EmptyDrawingError) return null;
    throw error;
  }
  const canvas = options.theme === 'dark' ? '#1e1f24' : '#ffffff';
  const byId = new Map(union.nodes.map((n) => [n.id as string, n]));
  const then = new Map<string, DiagramNode>(before?.nodes.map((n) => [n.id, n]));
  const edges = new Map(union.edges.map((e) => [e.id as string, e]));
  // The nodes the drawing's routes go round (as renderDiagramSvg routes them).
  const inTheWay = BoxIndex.of(union.nodes.filter((n) => n.kind !== 'group'));
  const shifts = endShifts(union.nodes, union.edges);
  const edgeIndex = new Map(union.edges.map((e, i) => [e.id as string, i]));
  const overlay: string[] = [];
  // Connections first, so a node's outline stays on top where they meet.
  for (const step of steps) {
    const edge = step.element === 'edge' ? edges.get(step.id) : undefined;
    const drawn =
      edge &&
      band(
        edge,
        byId,
        (b) => inTheWay.near(b),
        step.kind,
        step.id === options.selected,
        shiftAt(shifts, edgeIndex.get(edge.id)!),
      );
    if (drawn) overlay.push(drawn);
  }
  for (const step of steps) {
    if (step.element !== 'node') continue;
    const node = byId.get(step.id);
    if (!node) continue;
    const selected = step.id === options.selected;
    if (step.kind === 'moved') {
      const old = then.get(step.id);
      if (old)
        overlay.push(
          rect(old, 'removed', false, false, canvas).replace(
            LOOK.removed.stroke,
            LOOK.moved.stroke,
          ),
        );
    }
    overlay.push(rect(node, step.kind, selected, step.kind === 'removed', canvas));
  }
  const shiftMatch = /<g transform="translate\(([-\d.]+) ([-\d.]+)\)">/.exec(svg);
  const sizeMatch = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  const at = svg.lastIndexOf('</g>');
  return {
    svg: `${svg.slice(0, at)}<g aria-hidden="true">${overlay.join('')}</g>${svg.slice(at)}`,
    width: Number(sizeMatch?.[1] ?? 0),
    height: Number(sizeMatch?.[2] ?? 0),
    shift: { x: Number(shiftMatch?.[1] ?? 0), y: Number(shiftMatch?.[2] ?? 0) },
  };
}
