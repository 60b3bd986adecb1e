import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import type { WorkspaceDocument } from '../../shared/model/document';
import type {
  DiagramEdge,
  DiagramFile,
  DiagramNode,
  EdgeKind,
  EdgeRouting,
  GroupVariant,
  NodeKind,
  NodeStyle,
} from '../../shared/model/diagram-schema';
import type { NodeId } from '../../shared/model/ids';
import {
  endShifts,
  sourceSideOf,
  targetSideOf,
  type EndShifts,
} from '../../shared/render/end-spread';

/** What a canvas node carries: ids and display text only, never callbacks. */
export interface ElementData extends Record<string, unknown> {
  nodeId: NodeId;
  kind: NodeKind;
  /** The text shown: a box's label, a note's text, a process's name. */
  text: string;
  /** For framework and company processes: the process id shown as a caption. */
  caption: string | null;
  /** For framework nodes: the pack the process is looked up in. */
  pack?: string;
  /** For company process nodes: the process of processes.json, and whether it is missing. */
  processId?: string;
  missing?: boolean;
  /** For groups: a group or a lane. */
  variant?: GroupVariant;
  /** The node's style preset, where it has one. */
  style?: NodeStyle;
}

/** What a canvas edge carries: how it is drawn and its label. */
export interface ConnectionData extends Record<string, unknown> {
  routing: EdgeRouting;
  label?: string;
  /**
   * How far its source and target ends move along their sides, where other ends share them
   * (`endShifts`); absent when 0.
   */
  sourceShift?: number;
  targetShift?: number;
  /**
   * Drawn above the nodes (`LIFTED_Z`), where its end grips can be grabbed, and kept off them
   * by a clip path: the connection selected alone. Absent for every other, selected or not.
   */
  lifted?: true;
}

export type ElementNode = Node<ElementData, NodeKind>;

/** A canvas edge, typed by the kind of connection it draws. */
export type ConnectionEdge = Edge<ConnectionData, EdgeKind>;

/** Looks up a framework process's name: `(pack, processId) => name`, undefined if unknown. */
export type FrameworkNames = (pack: string, processId: string) => string | undefined;

/** Looks up a company process's name and code by id. */
export type ProcessNames = (processId: string) => { name: string; code?: string } | undefined;

const processNames = new WeakMap<object, ProcessNames>();

/**
 * A name lookup over the document's company processes, built once per processes file: an
 * edit to a diagram keeps the file, so the table is not rebuilt for every move.
 */
export function processNamesOf(document: WorkspaceDocument): ProcessNames {
  const known = processNames.get(document.processes);
  if (known) return known;
  const names = new Map(document.processes.processes.map((p) => [p.id as string, p]));
  const lookup: ProcessNames = (processId) => names.get(processId);
  processNames.set(document.processes, lookup);
  return lookup;
}

/** The text and caption a node shows. Framework and company nodes are named by their source. */
export function nodeText(
  node: DiagramNode,
  processName: ProcessNames,
  frameworkName: FrameworkNames,
): { text: string; caption: string | null } {
  switch (node.kind) {
    case 'box':
      return { text: node.label, caption: null };
    case 'note':
    case 'text':
      return { text: node.text, caption: null };
    case 'group':
      return { text: node.label, caption: null };
    case 'framework':
      return {
        text: frameworkName(node.pack, node.processId) ?? `Unknown process ${node.processId}`,
        caption: node.processId,
      };
    case 'process': {
      const process = processName(node.processId);
      return {
        text: process?.name ?? `Missing process ${node.processId}`,
        caption: process?.code ?? null,
      };
    }
  }
}

// The canvas node made for each model node. Commands keep unchanged nodes identical, so
// reusing their canvas nodes lets React Flow skip them: on a 5,000-node diagram an edit then
// touches one node instead of rebuilding all.
const nodeCache = new WeakMap<DiagramNode, ElementNode>();
/** A canvas edge made for a model edge, and the names of its ends it was made with. */
const edgeCache = new WeakMap<DiagramEdge, { flow: ConnectionEdge; from: string; to: string }>();

/** The end shifts of a diagram's connections, worked out once per list of nodes and edges. */
const shiftCache = new WeakMap<
  readonly DiagramEdge[],
  { nodes: readonly DiagramNode[]; shifts: EndShifts }
>();

function shiftsOf(diagram: DiagramFile): EndShifts {
  const cached = shiftCache.get(diagram.edges);
  if (cached?.nodes === diagram.nodes) return cached.shifts;
  const shifts = endShifts(diagram.nodes, diagram.edges);
  shiftCache.set(diagram.edges, { nodes: diagram.nodes, shifts });
  return shifts;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function drawnBefore(a: DiagramNode, b: DiagramNode): number {
  return (a.z ?? 0) - (b.z ?? 0) || compareIds(a.id, b.id);
}

/**
 * Nodes in the order they are drawn: by `z` (absent counts as 0), ties by id. Files keep nodes
 * sorted by id, so the order on screen never depends on where a node sits in the file. A list
 * already in that order (the usual case: new nodes go on top) is returned as it is.
 */
export function inDrawingOrder(nodes: readonly DiagramNode[]): readonly DiagramNode[] {
  for (let i = 1; i < nodes.length; i += 1) {
    if (drawnBefore(nodes[i - 1] as DiagramNode, nodes[i] as DiagramNode) > 0) {
      return [...nodes].sort(drawnBefore);
    }
  }
  return nodes;
}

/** A connection handle's size on screen (nodes/nodes.css, `.react-flow__handle`). */
export const HANDLE_SIZE = 10;

/**
 * The connection handles React Flow would measure on a node: one on each side, named by its
 * side and of type source (the canvas connects in loose mode; nodes/node-handles.tsx). Given
 * up front, with the node's size as `measured`, they let React Flow cull from the first
 * render: a node without them counts as visible until it has been mounted and measured, so
 * every node of a diagram mounted once.
 */
function handlesOf(width: number, height: number): NonNullable<ElementNode['handles']> {
  // Nodes of one size share one list (React Flow only reads it): a diagram of 20,000 nodes of
  // a few sizes makes a few lists, not 80,000 objects.
  const key = `${width}x${height}`;
  let handles = handlesBySize.get(key);
  if (handles === undefined) {
    // Sizes come and go as nodes are resized: the cache starts again past a bound.
    if (handlesBySize.size >= 1_000) handlesBySize.clear();
    handles = sideHandles(width, height);
    handlesBySize.set(key, handles);
  }
  return handles;
}

const handlesBySize = new Map<string, NonNullable<ElementNode['handles']>>();

function sideHandles(width: number, height: number): NonNullable<ElementNode['handles']> {
  const half = HANDLE_SIZE / 2;
  const at = (
    id: 'top' | 'right' | 'bottom' | 'left',
    position: Position,
    x: number,
    y: number,
  ) => ({
    id,
    type: 'source' as const,
    position,
    x,
    y,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  });
  return [
    at('top', Position.Top, width / 2 - half, -half),
    at('right', Position.Right, width - half, height / 2 - half),
    at('bottom', Position.Bottom, width / 2 - half, height - half),
    at('left', Position.Left, -half, height / 2 - half),
  ];
}

interface Projection {
  processes: object;
  selected: ReadonlySet<string>;
  frameworkName: FrameworkNames;
  result: ElementNode[];
}

// The last list built from a diagram's nodes: a render that changes neither the nodes, the
// selection nor the names gets the very same list back.
const lastProjection = new WeakMap<readonly DiagramNode[], Projection>();

/**
 * React Flow nodes for a diagram; `selected` keeps the user's selection across updates. Built
 * incrementally: a model node that did not change (same object, same text, same selection)
 * keeps its canvas node, so moving one node of 5,000 makes one new canvas node.
 */
export function toFlowNodes(
  diagram: DiagramFile,
  document: WorkspaceDocument,
  selected: ReadonlySet<string>,
  frameworkName: FrameworkNames,
): ElementNode[] {
  const last = lastProjection.get(diagram.nodes);
  if (
    last &&
    last.processes === document.processes &&
    last.selected === selected &&
    last.frameworkName === frameworkName
  ) {
    return last.result;
  }
  const processName = processNamesOf(document);
  const groupDepth = groupDepthsOf(diagram.nodes);
  const result = inDrawingOrder(diagram.nodes).map((node) => {
    const { text, caption } = nodeText(node, processName, frameworkName);
    const isSelected = selected.has(node.id);
    const cached = nodeCache.get(node);
    if (
      cached &&
      cached.data.text === text &&
      cached.data.caption === caption &&
      cached.selected === isSelected
    ) {
      return cached;
    }
    const data: ElementData = { nodeId: node.id, kind: node.kind, text, caption };
    addKindData(data, node, processName);
    if (node.style) data.style = node.style;
    const flowNode: ElementNode = {
      id: node.id,
      type: node.kind,
      position: { x: node.x, y: node.y },
      width: node.width,
      height: node.height,
      measured: { width: node.width, height: node.height },
      handles: handlesOf(node.width, node.height),
      data,
      selected: isSelected,
      // The accessible name is the label itself, so assistive tech and tests find it by text.
      ariaLabel: text.trim() === '' ? `Empty ${node.kind}` : text,
    };
    if (node.locked) {
      // A locked node stays where it is: React Flow does not let it be dragged.
      flowNode.draggable = false;
      flowNode.className = 'node-locked';
    }
    // Containers are drawn behind everything (edges too), nested ones above their parents.
    if (node.kind === 'group') flowNode.zIndex = GROUP_Z + (groupDepth.get(node.id) ?? 0);
    nodeCache.set(node, flowNode);
    return flowNode;
  });
  lastProjection.set(diagram.nodes, {
    processes: document.processes,
    selected,
    frameworkName,
    result,
  });
  return result;
}

/** Adds to `data` what a canvas node carries besides its text, by kind. */
function addKindData(data: ElementData, node: DiagramNode, processName: ProcessNames): void {
  if (node.kind === 'framework') data.pack = node.pack;
  else if (node.kind === 'group') data.variant = node.variant;
  else if (node.kind === 'process') {
    data.processId = node.processId;
    data.missing = processName(node.processId) === undefined;
  }
}

/**
 * The z-index of the connection selected alone: above the nodes, whose handles would otherwise
 * take the drag of its end grips. Connections selected together stay in their layer under the
 * nodes: lifted, each needed a clip path to keep it off the nodes' text, and a rubber band's
 * hundred clipped lines over a translucent box cost most of the raster of every frame of a
 * pan (about 0.7 s more over the benchmark's pan of 5,000 nodes, a third of its frames late).
 */
const LIFTED_Z = 1000;

/** Groups sit far below every other node (z-index), so selection never lifts one on top. */
const GROUP_Z = -1000;

/** How deep each group sits in other groups (0 for a top-level one). */
function groupDepthsOf(nodes: readonly DiagramNode[]): Map<string, number> {
  const groups = new Map<string, DiagramNode>();
  for (const node of nodes) if (node.kind === 'group') groups.set(node.id, node);
  const depths = new Map<string, number>();
  for (const group of groups.values()) {
    let depth = 0;
    // The schema refuses cycles; the bound guards against a document that was not validated.
    for (let p = group.parentId; p !== undefined && depth < 100; p = groups.get(p)?.parentId) {
      depth += 1;
    }
    depths.set(group.id, depth);
  }
  return depths;
}

/** Arrow heads, coloured like their line in either theme. */
const MARKERS = {
  flow: { type: MarkerType.ArrowClosed, color: 'var(--edge)', width: 14, height: 14 },
  mapping: { type: MarkerType.Arrow, color: 'var(--teal)', width: 16, height: 16 },
} as const;

/** The edges last returned for a diagram's edge list, handed back while none of them changed. */
const lastEdges = new WeakMap<readonly DiagramEdge[], ConnectionEdge[]>();

/**
 * React Flow edges for a diagram, each named "Connection from A to B". The same array comes
 * back while every edge is unchanged: a new one makes React Flow rebuild its lookup of every
 * connection, and a selection of nodes (which changes no edge) did that on every mouse move of
 * a rubber band, 30 ms a move at 6,000 connections.
 */
export function toFlowEdges(
  diagram: DiagramFile,
  names: ReadonlyMap<string, string>,
  selected: ReadonlySet<string>,
): ConnectionEdge[] {
  const shifts = shiftsOf(diagram);
  const edges = diagram.edges.map((edge: DiagramEdge, i) => {
    const sourceShift = shifts.source[i]!;
    const targetShift = shifts.target[i]!;
    const from = names.get(edge.source) ?? edge.source;
    const to = names.get(edge.target) ?? edge.target;
    const isSelected = selected.has(edge.id);
    // Grips to move its ends on the one selected connection only, as resize grips are on a
    // node selected alone: the others have no anchors to keep in step with their ends (four
    // attributes each, in every frame of a drag of the nodes they join).
    const reconnectable = isSelected && selected.size === 1;
    const cached = edgeCache.get(edge);
    // The ends' names are compared as they are, so an unchanged edge builds no string.
    if (
      cached &&
      cached.from === from &&
      cached.to === to &&
      cached.flow.selected === isSelected &&
      cached.flow.reconnectable === reconnectable &&
      (cached.flow.data?.sourceShift ?? 0) === sourceShift &&
      (cached.flow.data?.targetShift ?? 0) === targetShift
    ) {
      return cached.flow;
    }
    const data: ConnectionData = { routing: edge.routing ?? 'orthogonal' };
    if (edge.label !== undefined) data.label = edge.label;
    if (reconnectable) data.lifted = true;
    if (sourceShift !== 0) data.sourceShift = sourceShift;
    if (targetShift !== 0) data.targetShift = targetShift;
    const flow: ConnectionEdge = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      // Sides as stored; an edge from an older file leaves on the right and enters on the left.
      sourceHandle: sourceSideOf(edge),
      targetHandle: targetSideOf(edge),
      type: edge.kind,
      data,
      selected: isSelected,
      reconnectable,
      ariaLabel: `Connection from ${from} to ${to}`,
    };
    if (reconnectable) flow.zIndex = LIFTED_Z;
    // A flow leads somewhere (a closed arrow); a mapping points at its eTOM process.
    if (edge.kind !== 'association') flow.markerEnd = MARKERS[edge.kind];
    edgeCache.set(edge, { flow, from, to });
    return flow;
  });
  const last = lastEdges.get(diagram.edges);
  if (last?.length === edges.length && last.every((edge, i) => edge === edges[i])) return last;
  lastEdges.set(diagram.edges, edges);
  return edges;
}

/** What carryOver needs of a canvas element (node or edge). */
interface Carried {
  id: string;
  width?: number | undefined;
  height?: number | undefined;
  measured?: { width?: number; height?: number };
  position?: { x: number; y: number };
  dragging?: boolean;
}

/**
 * The canvas elements for a new document state or selection, carrying over from the previous
 * ones what React Flow added: the measured size and, with `keepDrag`, the position of a node
 * being dragged. An element whose projection did not change (same object in `previousBase`) is
 * kept as the very same object, so React Flow neither re-renders nor re-measures it; without
 * `measured` it would mount every node of the diagram again to measure it (measured: ~1 s per
 * edit on 5,000 nodes).
 */
export function carryOver<T extends Carried>(
  fresh: readonly T[],
  previousBase: readonly T[],
  previous: readonly T[],
  keepDrag = true,
): T[] {
  const before = new Map(previous.map((p) => [p.id, p]));
  const baseBefore = new Map(previousBase.map((p) => [p.id, p]));
  return fresh.map((item) => {
    const prev = before.get(item.id);
    if (!prev) return item;
    if (baseBefore.get(item.id) === item) return prev;
    const sameSize = prev.width === item.width && prev.height === item.height;
    const measured = sameSize ? prev.measured : undefined;
    const drag =
      keepDrag && prev.dragging && prev.position ? { position: prev.position, dragging: true } : {};
    if (!measured && !('position' in drag)) return item;
    return { ...item, ...(measured ? { measured } : {}), ...drag };
  });
}
