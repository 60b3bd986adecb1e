import { Position, type Edge, type MarkerType, type Node } from '@xyflow/react';
import type { WorkspaceDocument } from '../../shared/model/document';
import type {
  DiagramEdge,
  DiagramFile,
  DiagramNode,
  NodeKind,
} from '../../shared/model/diagram-schema';
import type { NodeId } from '../../shared/model/ids';

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
}

export type ElementNode = Node<ElementData, NodeKind>;

/** Looks up a framework process's name: `(pack, processId) => name`, undefined if unknown. */
export type FrameworkNames = (pack: string, processId: string) => string | undefined;

/** Looks up a company process's name by id. */
export type ProcessNames = (processId: string) => string | undefined;

const processNames = new WeakMap<object, ProcessNames>();

/**
 * A name lookup over the document's company processes, built once per processes file: an
 * edit to a diagram keeps the file, so the table is not rebuilt for every move.
 */
export function processNamesOf(document: WorkspaceDocument): ProcessNames {
  const known = processNames.get(document.processes);
  if (known) return known;
  const names = new Map(document.processes.processes.map((p) => [p.id as string, p.name]));
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
    case 'process':
      return {
        text: processName(node.processId) ?? `Missing process ${node.processId}`,
        caption: null,
      };
  }
}

// The canvas node made for each model node. Commands keep unchanged nodes identical, so
// reusing their canvas nodes lets React Flow skip them: on a 5,000-node diagram an edit then
// touches one node instead of rebuilding all.
const nodeCache = new WeakMap<DiagramNode, ElementNode>();
const edgeCache = new WeakMap<DiagramEdge, Edge>();

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

/** A connection handle's size on screen, border included (canvas.css, `.react-flow__handle`). */
export const HANDLE_SIZE = 9;

/**
 * The connection handles React Flow would measure on a node: target on the left, source on
 * the right, centred vertically (ElementFrame). Given up front, with the node's size as
 * `measured`, they let React Flow cull from the first render: a node without them counts as
 * visible until it has been mounted and measured, so every node of a diagram mounted once.
 */

function handlesOf(width: number, height: number): NonNullable<ElementNode['handles']> {
  const y = height / 2 - HANDLE_SIZE / 2;
  return [
    {
      type: 'target',
      position: Position.Left,
      x: -HANDLE_SIZE / 2,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    {
      type: 'source',
      position: Position.Right,
      x: width - HANDLE_SIZE / 2,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
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
    const flowNode: ElementNode = {
      id: node.id,
      type: node.kind,
      position: { x: node.x, y: node.y },
      width: node.width,
      height: node.height,
      measured: { width: node.width, height: node.height },
      handles: handlesOf(node.width, node.height),
      data: {
        nodeId: node.id,
        kind: node.kind,
        text,
        caption,
        ...(node.kind === 'framework' ? { pack: node.pack } : {}),
      },
      selected: isSelected,
      // A locked node stays where it is: React Flow does not let it be dragged.
      ...(node.locked ? { draggable: false, className: 'node-locked' } : {}),
      // The accessible name is the label itself, so assistive tech and tests find it by text.
      ariaLabel: text.trim() === '' ? `Empty ${node.kind}` : text,
    };
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

/** React Flow edges for a diagram, each named "Connection from A to B". */
export function toFlowEdges(
  diagram: DiagramFile,
  names: ReadonlyMap<string, string>,
  selected: ReadonlySet<string>,
): Edge[] {
  return diagram.edges.map((edge: DiagramEdge) => {
    const ariaLabel = `Connection from ${names.get(edge.source) ?? edge.source} to ${names.get(edge.target) ?? edge.target}`;
    const isSelected = selected.has(edge.id);
    const cached = edgeCache.get(edge);
    if (cached && cached.ariaLabel === ariaLabel && cached.selected === isSelected) return cached;
    const flowEdge: Edge = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      type: 'smoothstep',
      selected: isSelected,
      // A flow leads somewhere (an arrow); an association only ties a note to its subject.
      ...(edge.kind === 'flow'
        ? { markerEnd: { type: 'arrowclosed' as MarkerType } }
        : { className: 'edge-association' }),
      ariaLabel,
    };
    edgeCache.set(edge, flowEdge);
    return flowEdge;
  });
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
