import { openBulkScope } from '../scope/scope-store';
import { useStudio } from '../state/studio-store';
import { COVERAGE_TAB, SCOPE_TAB, openTab } from '../state/tabs';
import type { ActionHandlers } from './handler';

/** Scope and the coverage lists: the L2 scope list, its bulk dialog, the Coverage tab. */
export const SCOPE_HANDLERS: ActionHandlers<
  'view.scopeList' | 'view.coverageLists' | 'scope.setDomains'
> = {
  'view.scopeList': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => useStudio.setState((s) => openTab(s, SCOPE_TAB)),
  },
  'view.coverageLists': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => useStudio.setState((s) => openTab(s, COVERAGE_TAB)),
  },
  'scope.setDomains': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal && ctx.readOnly === null,
    // The dialog belongs to the scope list, so the list opens with it.
    run: () => {
      useStudio.setState((s) => openTab(s, SCOPE_TAB));
      openBulkScope();
    },
  },
};
