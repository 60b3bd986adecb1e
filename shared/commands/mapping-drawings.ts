import type { WorkspaceDocument } from '../model/document';
import type { DiagramEdge } from '../model/diagram-schema';
import type { DiagramId, MappingId } from '../model/ids';
import { insertPlaced, removeWhere } from './document-edit';
import { CommandError, type CommandName, type Placed } from './types';

/*
 * A mapping may be drawn on any number of diagrams (a dashed mapping edge naming it). Deleting
 * the mapping takes its drawings with it, on every diagram, in the same step, and putting the
 * mapping back puts them back: a drawing of a mapping that no longer exists would claim a link
 * that mappings.json no longer has (and `validate` reports one found in files).
 */

/** The drawings a mapping delete took off one diagram, at the places they were. */
export interface RemovedDrawings {
  diagramId: DiagramId;
  edges: Placed<DiagramEdge>[];
}

/** Takes every edge drawing one of `mappingIds` off every diagram; what it took, per diagram. */
export function removeDrawings(
  document: WorkspaceDocument,
  mappingIds: readonly MappingId[],
): { document: WorkspaceDocument; removed: RemovedDrawings[] } {
  const doomed = new Set<string>(mappingIds);
  const removed: RemovedDrawings[] = [];
  const draws = (edge: DiagramEdge) => edge.mappingId !== undefined && doomed.has(edge.mappingId);
  const diagrams = document.diagrams.map((diagram) => {
    if (!diagram.edges.some(draws)) return diagram;
    const { kept, removed: edges } = removeWhere(diagram.edges, draws);
    removed.push({ diagramId: diagram.id, edges });
    return { ...diagram, edges: kept };
  });
  return removed.length === 0
    ? { document, removed }
    : { document: { ...document, diagrams }, removed };
}

/** Puts drawings back where `removeDrawings` took them from. */
export function restoreDrawings(
  document: WorkspaceDocument,
  drawings: readonly RemovedDrawings[],
  command: CommandName,
): WorkspaceDocument {
  if (drawings.length === 0) return document;
  const byDiagram = new Map(drawings.map((d) => [d.diagramId, d.edges]));
  let found = 0;
  const diagrams = document.diagrams.map((diagram) => {
    const edges = byDiagram.get(diagram.id);
    if (edges === undefined) return diagram;
    found += 1;
    const nodes = new Set<string>(diagram.nodes.map((n) => n.id));
    const lost = edges.find(({ item }) => !nodes.has(item.source) || !nodes.has(item.target));
    if (lost !== undefined) {
      throw new CommandError(
        command,
        `the connection "${lost.item.id}" of diagram "${diagram.name}" lost its ends since`,
      );
    }
    return { ...diagram, edges: insertPlaced(diagram.edges, edges) };
  });
  if (found !== byDiagram.size) {
    throw new CommandError(command, 'a diagram the mapping was drawn on is gone');
  }
  return { ...document, diagrams };
}

/** The names of the diagrams drawing one of `mappingIds`, other than `except`, in list order. */
export function diagramsDrawing(
  document: WorkspaceDocument,
  mappingIds: readonly MappingId[],
  except?: DiagramId,
): string[] {
  const ids = new Set<string>(mappingIds);
  return document.diagrams
    .filter(
      (d) =>
        d.id !== except && d.edges.some((e) => e.mappingId !== undefined && ids.has(e.mappingId)),
    )
    .map((d) => d.name);
}
