import { boundsOf } from '../model/rect';
import type { DiagramNode, Viewport } from '../model/diagram-schema';

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
export function openingView(nodes: readonly DiagramNode[], margin: number): Viewport {
  const drawn = boundsOf(nodes) ?? { x: 0, y: 0, width: 0, height: 0 };
  const fit = Math.min(
    1,
    OPENING_PANE.width / (drawn.x + drawn.width + margin),
    OPENING_PANE.height / (drawn.y + drawn.height + margin),
  );
  return { x: 0, y: 0, zoom: Math.max(LEAST_ZOOM, Math.floor(fit * 100) / 100) };
}
