import type { Viewport } from '../model/diagram-schema';
import type { Box } from '../render/box-index';

/**
 * The canvas pane an imported diagram is first fitted to: about what the smallest window the
 * app is laid out for (1280 x 720, both side panels open) leaves the canvas.
 */
export const OPENING_PANE = { width: 640, height: 480 } as const;
/** The canvas's smallest zoom. */
const LEAST_ZOOM = 0.1;

/**
 * The view an imported diagram first opens at: the whole drawing (which starts `margin` from
 * the origin, with as much kept beyond it) in OPENING_PANE, at 100 % when it fits there. Left
 * at 100 %, a BPMN drawing wider than the pane opened on its top-left corner alone.
 */
export function openingView(nodes: readonly Box[], margin: number): Viewport {
  let right = 0;
  let bottom = 0;
  for (const node of nodes) {
    right = Math.max(right, node.x + node.width);
    bottom = Math.max(bottom, node.y + node.height);
  }
  const fit = Math.min(
    1,
    OPENING_PANE.width / (right + margin),
    OPENING_PANE.height / (bottom + margin),
  );
  return { x: 0, y: 0, zoom: Math.max(LEAST_ZOOM, Math.floor(fit * 100) / 100) };
}
