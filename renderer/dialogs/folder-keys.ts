/** What a key does in the folder list. */
export type FolderKeyMove =
  { kind: 'move'; index: number } | { kind: 'enter' } | { kind: 'up' } | null;

/** Rows a Page Up / Page Down moves by. */
const PAGE = 10;

/**
 * The folder list's keys: arrows, Home/End and Page Up/Down move the active row; Enter (or
 * Right arrow) goes into it; Backspace, Left arrow or Alt+Up goes to the parent folder; a letter
 * jumps to the next folder starting with it. `names` are the rows shown, `active` the active one.
 */
export function folderKeyMove(
  key: string,
  alt: boolean,
  active: number,
  names: ReadonlyArray<string>,
): FolderKeyMove {
  const last = names.length - 1;
  const to = (index: number): FolderKeyMove =>
    last < 0 ? null : { kind: 'move', index: Math.min(last, Math.max(0, index)) };
  if (alt && key === 'ArrowUp') return { kind: 'up' };
  switch (key) {
    case 'ArrowDown':
      return to(active + 1);
    case 'ArrowUp':
      return to(active - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(last);
    case 'PageDown':
      return to(active + PAGE);
    case 'PageUp':
      return to(active - PAGE);
    case 'Enter':
    case 'ArrowRight':
      return last < 0 ? null : { kind: 'enter' };
    case 'Backspace':
    case 'ArrowLeft':
      return { kind: 'up' };
  }
  if (key.length === 1 && key.trim() !== '' && !alt) {
    const letter = key.toLocaleLowerCase();
    for (let step = 1; step <= names.length; step += 1) {
      const index = (active + step) % names.length;
      if (names[index]?.toLocaleLowerCase().startsWith(letter)) return { kind: 'move', index };
    }
  }
  return null;
}
