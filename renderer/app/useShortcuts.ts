import { useEffect } from 'react';
import { getPlatform } from '../platform/host';
import { redoEdit, undoEdit } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { openWorkspaceFromDialog, saveWorkspace } from '../state/workspace-actions';
import { isTypingTarget } from '../canvas/selection';
import { shortcutCommand } from './shortcuts';

/** What the keyboard shortcuts and the native menu can ask for, by command name. */
const APP_COMMANDS: Record<string, () => void> = {
  'workspace.save': () => void saveWorkspace(),
  'workspace.open': () => void openWorkspaceFromDialog(),
  'edit.undo': undoEdit,
  'edit.redo': redoEdit,
};

/** Global shortcuts (Ctrl+S, Ctrl+O, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) and native menu commands. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (!command) return;
      // In a text field, undo and redo belong to the field; save and open still work.
      if (command.startsWith('edit.') && isTypingTarget(event.target)) return;
      if (useStudio.getState().confirmPrompt || useStudio.getState().folderPrompt) return;
      if (command !== 'workspace.open' && !useStudio.getState().workspace) return;
      event.preventDefault();
      APP_COMMANDS[command]?.();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = getPlatform().onMenuCommand((command) => APP_COMMANDS[command]?.());
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
