/** A key event as far as shortcuts care. */
export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The app command a key chord asks for, or null. Mod is Ctrl, or Cmd on macOS. The names are
 * the native menu's command names, so a menu click and its shortcut run the same thing.
 */
export function shortcutCommand(event: KeyChord): string | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'workspace.saveAsCopy' : 'workspace.save';
  if (key === 'o' && !event.shiftKey) return 'workspace.open';
  if (key === 'n' && !event.shiftKey) return 'workspace.new';
  if (key === 'z') return event.shiftKey ? 'history.redo' : 'history.undo';
  if (key === 'y' && !event.shiftKey) return 'history.redo';
  if (key === 'a' && !event.shiftKey) return 'edit.selectAll';
  if (key === '=' || key === '+') return 'view.zoomIn';
  if (key === '-') return 'view.zoomOut';
  return null;
}

/** Commands a text field handles itself when it has focus (its own undo, select all). */
export const TEXT_FIELD_COMMANDS: ReadonlySet<string> = new Set([
  'history.undo',
  'history.redo',
  'edit.selectAll',
]);

/** Commands that work with no workspace open. */
export const WELCOME_COMMANDS: ReadonlySet<string> = new Set([
  'workspace.new',
  'workspace.open',
  'workspace.openPath',
]);
