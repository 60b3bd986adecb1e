import { openLibraryDialog } from '../framework/library-store';
import { openOverlay } from '../state/overlays';
import type { ActionHandlers } from './handler';

/** The Help menu. */
export const HELP_HANDLERS: ActionHandlers<'help.shortcuts' | 'help.about'> = {
  'help.shortcuts': {
    when: (ctx) => !ctx.modal,
    run: () => openOverlay({ kind: 'shortcuts' }),
  },
  'help.about': {
    when: (ctx) => !ctx.modal,
    run: () => openLibraryDialog('about'),
  },
};
