import { useStudio } from '../state/studio-store';
import { PROCESSES_TAB, openTab } from '../state/tabs';
import type { ActionHandlers } from './handler';

/** The company process catalogue's actions. */
export const CATALOGUE_HANDLERS: ActionHandlers<'view.processes'> = {
  'view.processes': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => useStudio.setState((s) => openTab(s, PROCESSES_TAB)),
  },
};
