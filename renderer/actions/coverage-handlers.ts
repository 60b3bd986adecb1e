import { useStudio } from '../state/studio-store';
import { HEATMAP_TAB, openTab } from '../state/tabs';
import type { ActionHandlers } from './handler';

/** Coverage views: the heat map. */
export const COVERAGE_HANDLERS: ActionHandlers<'view.heatMap'> = {
  'view.heatMap': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => useStudio.setState((s) => openTab(s, HEATMAP_TAB)),
  },
};
