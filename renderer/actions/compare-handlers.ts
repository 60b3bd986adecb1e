import { openCompareDialog } from '../compare/compare-store';
import type { ActionContext } from './context';
import type { ActionHandlers } from './handler';

const canCompare = (ctx: ActionContext) => ctx.workspaceOpen && !ctx.modal;

/** Compare with another folder or a revision, and a diagram's history (both read-only). */
export const COMPARE_HANDLERS: ActionHandlers<'compare.open' | 'diagram.history'> = {
  'compare.open': { when: canCompare, run: () => openCompareDialog() },
  'diagram.history': {
    when: (ctx) => canCompare(ctx) && ctx.diagram !== null,
    run: (ctx) => {
      if (ctx.diagram) openCompareDialog(ctx.diagram.id);
    },
  },
};
