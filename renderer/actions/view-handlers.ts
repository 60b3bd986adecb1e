import { canvasHandle, type CanvasHandle } from '../canvas/canvas-handles';
import { openFrameworkMap } from '../framework/library-store';
import { openOverlay } from '../state/overlays';
import type { ActionContext } from './context';
import type { ActionHandler, ActionHandlers } from './handler';

/** An action on the viewport of the diagram on screen. */
function onCanvas(act: (handle: CanvasHandle) => void): ActionHandler {
  return {
    when: (ctx: ActionContext) => ctx.diagram !== null && !ctx.modal,
    run: (ctx) => {
      const handle = ctx.diagram && canvasHandle(ctx.diagram.id);
      if (handle) act(handle);
    },
  };
}

/** The View menu: the palette, zoom, the framework map. */
export const VIEW_HANDLERS: ActionHandlers<
  | 'view.commandPalette'
  | 'view.zoomIn'
  | 'view.zoomOut'
  | 'view.zoomReset'
  | 'view.fit'
  | 'view.frameworkMap'
> = {
  'view.commandPalette': {
    when: (ctx) => !ctx.modal,
    run: () => openOverlay({ kind: 'palette' }),
  },
  'view.zoomIn': onCanvas((h) => h.zoomIn()),
  'view.zoomOut': onCanvas((h) => h.zoomOut()),
  'view.zoomReset': onCanvas((h) => h.zoomTo(1)),
  'view.fit': onCanvas((h) => h.fit()),
  'view.frameworkMap': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => openFrameworkMap(),
  },
};
