import { openBundleDialog } from '../bundles/bundle-dialog-store';
import { canEdit, type ActionContext } from './context';
import type { ActionHandlers } from './handler';

const canExport = (ctx: ActionContext) => ctx.workspaceOpen && !ctx.modal;

/** Portable bundles: export chosen diagrams with what they use; import one (a preview first). */
export const BUNDLE_HANDLERS: ActionHandlers<'bundle.export' | 'bundle.import'> = {
  'bundle.export': {
    when: canExport,
    run: () => openBundleDialog({ kind: 'export', diagramIds: null }),
  },
  'bundle.import': { when: canEdit, run: () => openBundleDialog({ kind: 'import' }) },
};
