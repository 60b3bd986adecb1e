import type { Edge, MarkerType, Node } from '@xyflow/react';
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

/** A name lookup over the document's company processes, built once per document. */
export function processNamesOf(document: WorkspaceDocument): ProcessNames {
  const names = new Map(document.processes.processes.map((p) => [p.id as string, p.name]));
  return (processId) => names.get(processId);
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
      return { text: node.text, caption: null };
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

/** React Flow nodes for a diagram; `selected` keeps the user's selection across updates. */
export function toFlowNodes(
  diagram: DiagramFile,
  document: WorkspaceDocument,
  selected: ReadonlySet<string>,
  frameworkName: FrameworkNames,
): ElementNode[] {
  // One lookup table per call: a diagram may show thousands of company processes.
  const processName = processNamesOf(document);
  return diagram.nodes.map((node) => {
    const { text, caption } = nodeText(node, processName, frameworkName);
    return {
      id: node.id,
      type: node.kind,
      position: { x: node.x, y: node.y },
      width: node.width,
      height: node.height,
      data: {
        nodeId: node.id,
        kind: node.kind,
        text,
        caption,
        ...(node.kind === 'framework' ? { pack: node.pack } : {}),
      },
      selected: selected.has(node.id),
      // The accessible name is the label itself, so assistive tech and tests find it by text.
      ariaLabel: text.trim() === '' ? `Empty ${node.kind}` : text,
    };
  });
}

/** React Flow edges for a diagram, each named "Connection from A to B". */
export function toFlowEdges(
  diagram: DiagramFile,
  names: ReadonlyMap<string, string>,
  selected: ReadonlySet<string>,
): Edge[] {
  return diagram.edges.map((edge: DiagramEdge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.label,
    type: 'smoothstep',
    selected: selected.has(edge.id),
    markerEnd: { type: 'arrowclosed' as MarkerType },
    ariaLabel: `Connection from ${names.get(edge.source) ?? edge.source} to ${names.get(edge.target) ?? edge.target}`,
  }));
}

/** `fresh` with the `selected` flags of the same ids in `previous`. */
export function keepSelection<T extends { id: string; selected?: boolean }>(
  fresh: readonly T[],
  previous: readonly T[],
): T[] {
  const selected = new Set(previous.filter((p) => p.selected).map((p) => p.id));
  return fresh.map((item) =>
    (item.selected ?? false) === selected.has(item.id)
      ? item
      : { ...item, selected: selected.has(item.id) },
  );
}
