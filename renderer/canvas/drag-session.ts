import type { DiagramId } from '../../shared/model/ids';

/** A drag of nodes in progress on a canvas, and how to abandon it. */
interface DragSession {
  diagramId: DiagramId;
  cancel: () => void;
}

let session: DragSession | null = null;

/**
 * The canvas that owns a drag says so while it lasts, so that Escape (an action, run by the
 * one key dispatcher) can put the nodes back where the drag began.
 */
export function beginDrag(diagramId: DiagramId, cancel: () => void): void {
  session = { diagramId, cancel };
}

export function endDrag(): void {
  session = null;
}

/** True while nodes are being dragged. */
export function isDragging(): boolean {
  return session !== null;
}

/** Abandons the drag in progress: the nodes go back and nothing is recorded. */
export function cancelDrag(): boolean {
  const current = session;
  if (!current) return false;
  session = null;
  current.cancel();
  return true;
}

/**
 * Marks the canvas pane while nodes are dragged. Connection handles are hidden then
 * (nodes.css): each is a positioned layer that Chromium would otherwise lay out, paint and
 * layerize again in every frame of the drag, on every selected node.
 */
export function showDragging(pane: HTMLElement | null, dragging: boolean): void {
  pane?.classList.toggle('dragging-nodes', dragging);
}
