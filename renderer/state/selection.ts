import type { WorkspaceDocument } from '../../shared/model/document';
import type { DiagramFile } from '../../shared/model/diagram-schema';
import type { DiagramId, EdgeId, NodeId } from '../../shared/model/ids';

/**
 * What is selected on one diagram. Kept per diagram in the studio state (never in history, and
 * never making the document dirty); the canvas only shows it and reports the user's clicks.
 */
export interface Selection {
  nodes: ReadonlySet<NodeId>;
  edges: ReadonlySet<EdgeId>;
}

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

/** A selection of the given ids. */
export function selectionOf(nodes: Iterable<NodeId>, edges: Iterable<EdgeId> = []): Selection {
  return { nodes: new Set(nodes), edges: new Set(edges) };
}

export function isEmptySelection(selection: Selection): boolean {
  return selection.nodes.size === 0 && selection.edges.size === 0;
}

/** Everything on the diagram. */
export function selectAllOf(diagram: DiagramFile): Selection {
  return selectionOf(
    diagram.nodes.map((n) => n.id),
    diagram.edges.map((e) => e.id),
  );
}

/** One element's selected state changed (a click, Shift-click, a rubber band). */
export interface SelectChange {
  id: string;
  selected: boolean;
}

function applyChanges<T extends string>(
  ids: ReadonlySet<T>,
  changes: readonly SelectChange[],
): ReadonlySet<T> {
  if (changes.length === 0) return ids;
  const next = new Set(ids);
  for (const change of changes) {
    if (change.selected) next.add(change.id as T);
    else next.delete(change.id as T);
  }
  return next;
}

/** The selection after the canvas reported select changes of nodes and edges. */
export function applySelectChanges(
  selection: Selection,
  nodes: readonly SelectChange[],
  edges: readonly SelectChange[],
): Selection {
  if (nodes.length === 0 && edges.length === 0) return selection;
  return {
    nodes: applyChanges(selection.nodes, nodes),
    edges: applyChanges(selection.edges, edges),
  };
}

/** The selection without ids the diagram no longer has (after a delete, an undo). */
export function pruneSelection(selection: Selection, diagram: DiagramFile): Selection {
  if (isEmptySelection(selection)) return selection;
  const nodeIds = new Set<string>(diagram.nodes.map((n) => n.id));
  const edgeIds = new Set<string>(diagram.edges.map((e) => e.id));
  const nodes = [...selection.nodes].filter((id) => nodeIds.has(id));
  const edges = [...selection.edges].filter((id) => edgeIds.has(id));
  if (nodes.length === selection.nodes.size && edges.length === selection.edges.size) {
    return selection;
  }
  return selectionOf(nodes, edges);
}

/**
 * The selections after the document changed from `before` to `after`: diagrams that are gone
 * lose theirs, and changed diagrams keep only ids they still hold. Unchanged diagrams (the same
 * object) are not looked at, so an edit costs what it changed.
 */
export function pruneSelections(
  selections: ReadonlyMap<DiagramId, Selection>,
  before: WorkspaceDocument | undefined,
  after: WorkspaceDocument,
): ReadonlyMap<DiagramId, Selection> {
  if (selections.size === 0 || before === after) return selections;
  const diagrams = new Map(after.diagrams.map((d) => [d.id, d]));
  const previous = new Map(before?.diagrams.map((d) => [d.id, d]));
  let changed = false;
  const next = new Map<DiagramId, Selection>();
  for (const [id, selection] of selections) {
    const diagram = diagrams.get(id);
    if (!diagram) {
      changed = true;
      continue;
    }
    const kept = previous.get(id) === diagram ? selection : pruneSelection(selection, diagram);
    if (kept !== selection) changed = true;
    next.set(id, kept);
  }
  return changed ? next : selections;
}
