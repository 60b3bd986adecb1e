import { requestCanvas } from '../canvas/canvas-requests';
import { openLibraryDialog } from '../framework/library-store';
import { redoEdit, undoEdit } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import {
  closeWorkspace,
  confirmDiscard,
  openWorkspaceAt,
  openWorkspaceFromDialog,
  saveAsCopy,
  saveWorkspace,
} from '../state/workspace-actions';

async function startNewWorkspace(): Promise<void> {
  if (await confirmDiscard()) useStudio.setState({ newWorkspaceOpen: true });
}

/** A second launch named a workspace: the host sends the folder's reference. */
async function openPath(ref: string | undefined): Promise<void> {
  if (ref && (await confirmDiscard())) await openWorkspaceAt({ ref });
}

/**
 * What the keyboard shortcuts and the native menu can ask for, by the menu's command names.
 * Commands this build does not offer yet (command palette) are simply not listed.
 */
export const APP_COMMANDS: Readonly<Record<string, (arg?: string) => void>> = {
  'workspace.new': () => void startNewWorkspace(),
  'workspace.open': () => void openWorkspaceFromDialog(),
  'workspace.openPath': (arg) => void openPath(arg),
  'workspace.save': () => void saveWorkspace(),
  'workspace.saveAsCopy': () => void saveAsCopy(),
  'workspace.close': () => void closeWorkspace(),
  'history.undo': undoEdit,
  'history.redo': redoEdit,
  'edit.delete': () => requestCanvas('delete'),
  'edit.selectAll': () => requestCanvas('selectAll'),
  'view.zoomIn': () => requestCanvas('zoomIn'),
  'view.zoomOut': () => requestCanvas('zoomOut'),
  'view.fitView': () => requestCanvas('fitView'),
  'help.about': () => openLibraryDialog('about'),
};
