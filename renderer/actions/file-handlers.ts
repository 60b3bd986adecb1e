import { openLibraryDialog } from '../framework/library-store';
import { useStudio } from '../state/studio-store';
import { closeTab } from '../state/tabs';
import {
  closeWorkspace,
  openWorkspaceFromDialog,
  saveAsCopy,
  saveWorkspace,
} from '../state/workspace-actions';
import type { ActionHandlers } from './handler';

/** Unsaved changes are asked about on Create, once the new workspace is chosen. */
function startNewWorkspace(): void {
  useStudio.setState({ newWorkspaceOpen: true });
}

/** The File menu: workspaces, the workbook import, tabs. */
export const FILE_HANDLERS: ActionHandlers<
  | 'workspace.new'
  | 'workspace.open'
  | 'workspace.save'
  | 'workspace.saveAsCopy'
  | 'library.importWorkbook'
  | 'tab.close'
  | 'workspace.close'
> = {
  'workspace.new': {
    when: (ctx) => !ctx.modal,
    run: () => startNewWorkspace(),
  },
  'workspace.open': {
    when: (ctx) => !ctx.modal,
    run: () => openWorkspaceFromDialog(),
  },
  'workspace.save': {
    when: (ctx) => ctx.workspaceOpen && ctx.readOnly === null && !ctx.saving && !ctx.modal,
    run: () => saveWorkspace(),
    // saveWorkspace shows the read-only reason in the status bar without asking the host.
    refuse: (ctx) => void (ctx.readOnly !== null && !ctx.modal && saveWorkspace()),
  },
  'workspace.saveAsCopy': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => saveAsCopy(),
  },
  'library.importWorkbook': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => openLibraryDialog('import'),
  },
  'tab.close': {
    when: (ctx) => ctx.activeTab !== null && !ctx.modal,
    run: (ctx) => {
      const tab = ctx.activeTab;
      if (tab) useStudio.setState((s) => closeTab(s, tab));
    },
  },
  'workspace.close': {
    when: (ctx) => ctx.workspaceOpen && !ctx.modal,
    run: () => closeWorkspace(),
  },
};
