import type { WorkspaceDocument } from '../model/document';
import type { DiagramEdge, DiagramNode, EdgeKind, GroupVariant } from '../model/diagram-schema';
import { newId, uniqueSlug, type DiagramId, type EdgeId, type NodeId } from '../model/ids';

/** Default sizes of new nodes, in canvas units. */
export const NODE_SIZE = {
  box: { width: 180, height: 72 },
  note: { width: 200, height: 100 },
  text: { width: 220, height: 40 },
  group: { width: 420, height: 260 },
  lane: { width: 1200, height: 180 },
} as const;

/**
 * A diagram id derived from `name` that no diagram of `document` uses, nor any id in
 * `alsoTaken` (the undo stacks of deleted diagrams, which undo can bring back).
 */
export function newDiagramId(
  document: WorkspaceDocument,
  name: string,
  alsoTaken: Iterable<string> = [],
): DiagramId {
  const taken = new Set<string>(alsoTaken);
  for (const d of document.diagrams) taken.add(d.id);
  return uniqueSlug(name, taken) as DiagramId;
}

/** A new box at (x, y). */
export function makeBox(x: number, y: number, label = 'New box'): DiagramNode {
  return { id: newId<NodeId>('n'), kind: 'box', x, y, ...NODE_SIZE.box, label };
}

/** A new note at (x, y). */
export function makeNote(x: number, y: number, text = 'Note'): DiagramNode {
  return { id: newId<NodeId>('n'), kind: 'note', x, y, ...NODE_SIZE.note, text };
}

/** New free text (a title, a caption) at (x, y). */
export function makeText(x: number, y: number, text = 'Text'): DiagramNode {
  return { id: newId<NodeId>('n'), kind: 'text', x, y, ...NODE_SIZE.text, text };
}

/** A new group, or a new lane (a horizontal band), at (x, y). */
export function makeGroup(
  x: number,
  y: number,
  variant: GroupVariant,
  label?: string,
): DiagramNode {
  return {
    id: newId<NodeId>('n'),
    kind: 'group',
    variant,
    x,
    y,
    ...NODE_SIZE[variant],
    label: label ?? (variant === 'lane' ? 'Lane' : 'Group'),
  };
}

/** A new edge between two nodes; a flow unless said otherwise. */
export function makeEdge(source: NodeId, target: NodeId, kind: EdgeKind = 'flow'): DiagramEdge {
  return { id: newId<EdgeId>('e'), kind, source, target };
}
