/** A key event as far as shortcuts care. */
export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The shortcut's command for a key event, or null. Mod is Ctrl, or Cmd on macOS. */
export function shortcutCommand(event: KeyChord): string | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return 'workspace.save';
  if (key === 'o') return 'workspace.open';
  if (key === 'z') return event.shiftKey ? 'edit.redo' : 'edit.undo';
  if (key === 'y' && !event.shiftKey) return 'edit.redo';
  return null;
}
