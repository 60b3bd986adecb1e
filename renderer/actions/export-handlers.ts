import { copyDiagramPicture } from '../diagram-export/copy-picture';
import type { ActionContext } from './context';
import type { ActionHandlers } from './handler';

// Copying a picture changes nothing: it works in a read-only window too.
const canCopy = (ctx: ActionContext) => ctx.diagram !== null && !ctx.modal;

const copy = (ctx: ActionContext, format: 'png' | 'svg') =>
  ctx.diagram ? copyDiagramPicture(ctx.diagram, [...ctx.selection.nodes], format) : undefined;

/** "Copy as PNG" and "Copy as SVG": the selection, or the whole diagram, as a picture. */
export const EXPORT_HANDLERS: ActionHandlers<'diagram.copyPng' | 'diagram.copySvg'> = {
  'diagram.copyPng': { when: canCopy, run: (ctx) => copy(ctx, 'png') },
  'diagram.copySvg': { when: canCopy, run: (ctx) => copy(ctx, 'svg') },
};
