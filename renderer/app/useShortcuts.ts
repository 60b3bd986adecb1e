import { useEffect } from 'react';
import { isTypingTarget } from '../canvas/selection';
import { getPlatform } from '../platform/host';
import { useStudio } from '../state/studio-store';
import { APP_COMMANDS } from './app-commands';
import { TEXT_FIELD_COMMANDS, WELCOME_COMMANDS, shortcutCommand } from './shortcuts';

/** True when a command may run now: dialogs answered first, workspace commands need one. */
function canRun(command: string): boolean {
  const state = useStudio.getState();
  if (state.confirmPrompt || state.folderPrompt || state.newWorkspaceOpen) return false;
  return state.workspace !== null || WELCOME_COMMANDS.has(command);
}

/** Global shortcuts and the native menu's commands, both through APP_COMMANDS. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (!command || !APP_COMMANDS[command]) return;
      if (TEXT_FIELD_COMMANDS.has(command) && isTypingTarget(event.target)) return;
      if (!canRun(command)) return;
      event.preventDefault();
      APP_COMMANDS[command]();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = getPlatform().onMenuCommand((command, arg) => {
      if (canRun(command)) APP_COMMANDS[command]?.(arg);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
