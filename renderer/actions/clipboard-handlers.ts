import {
  copySelection,
  duplicateSelection,
  pasteInto,
} from '../canvas/clipboard/clipboard-actions';
import { openFind } from '../canvas/find/find-state';
import { toggleViewPref } from '../canvas/view-prefs';
import { canEditDiagram, type ActionContext } from './context';
import type { ActionHandlers } from './handler';

const hasNodes = (ctx: ActionContext) => ctx.diagram !== null && ctx.selection.nodes.size > 0;

/** Copy, cut, paste, duplicate; find in the diagram; the canvas's view toggles. */
export const CLIPBOARD_HANDLERS: ActionHandlers<
  | 'edit.cut'
  | 'edit.copy'
  | 'edit.paste'
  | 'edit.duplicate'
  | 'edit.find'
  | 'view.toggleMinimap'
  | 'view.toggleSnap'
> = {
  'edit.cut': {
    when: (ctx) => canEditDiagram(ctx) && hasNodes(ctx) && !ctx.dragging,
    run: (ctx) => (ctx.diagram ? copySelection(ctx.diagram.id, true) : undefined),
  },
  'edit.copy': {
    // Copying changes nothing: it works in a read-only window too.
    when: (ctx) => hasNodes(ctx) && !ctx.modal,
    run: (ctx) => (ctx.diagram ? copySelection(ctx.diagram.id, false) : undefined),
  },
  'edit.paste': {
    when: (ctx) => canEditDiagram(ctx) && !ctx.dragging,
    run: (ctx) => (ctx.diagram ? pasteInto(ctx.diagram.id, ctx.at) : undefined),
  },
  'edit.duplicate': {
    when: (ctx) => canEditDiagram(ctx) && hasNodes(ctx) && !ctx.dragging,
    run: (ctx) => void (ctx.diagram && duplicateSelection(ctx.diagram.id)),
  },
  'edit.find': {
    when: (ctx) => ctx.diagram !== null && !ctx.modal,
    run: (ctx) => void (ctx.diagram && openFind(ctx.diagram.id)),
  },
  'view.toggleMinimap': {
    when: (ctx) => !ctx.modal,
    run: () => toggleViewPref('minimap'),
  },
  'view.toggleSnap': {
    when: (ctx) => !ctx.modal,
    run: () => toggleViewPref('snap'),
  },
};
