import type { WorkspaceDocument } from '../../shared/model/document';
import type { Viewport } from '../../shared/model/diagram-schema';
import type { DiagramId } from '../../shared/model/ids';

/**
 * The viewport of every diagram of a document, by diagram id. A Map, not an object: a diagram
 * may well be called "constructor".
 */
export function viewportsOf(document: WorkspaceDocument): ReadonlyMap<DiagramId, Viewport> {
  return new Map(document.diagrams.map((d) => [d.id, d.viewport]));
}

/**
 * The document as it goes to disk: the viewports the user left are written into their
 * diagrams here, because viewport changes never enter history.
 */
export function withViewports(
  document: WorkspaceDocument,
  viewports: ReadonlyMap<DiagramId, Viewport>,
): WorkspaceDocument {
  let changed = false;
  const diagrams = document.diagrams.map((d) => {
    const v = viewports.get(d.id);
    if (!v || (v.x === d.viewport.x && v.y === d.viewport.y && v.zoom === d.viewport.zoom)) {
      return d;
    }
    changed = true;
    return { ...d, viewport: { x: v.x, y: v.y, zoom: v.zoom } };
  });
  return changed ? { ...document, diagrams } : document;
}
