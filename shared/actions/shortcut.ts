/**
 * Key chords in one notation for every host: modifiers then a key, joined by `+`
 * (`Mod+Shift+Z`, `F2`, `Shift+ArrowUp`, `?`, `Mod++`). `Mod` is Ctrl on Linux and Windows and
 * Cmd on macOS. The key is a `KeyboardEvent.key` value, lower-case for letters; a digit means
 * the digit key whatever the layout puts on it.
 */

export type Platform = 'mac' | 'other';

/** A key event as far as shortcuts care (a DOM KeyboardEvent fits). */
export interface KeyChord {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A parsed chord. */
export interface Shortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const MODIFIERS = new Set(['Mod', 'Shift', 'Alt']);

/** Parses the notation; throws on a malformed chord (the action list is checked by a test). */
export function parseShortcut(text: string): Shortcut {
  // The key may itself be "+" (`Mod++`), so peel modifiers off the front one by one.
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const plus = rest.indexOf('+');
    const head = plus > 0 ? rest.slice(0, plus) : '';
    if (!MODIFIERS.has(head)) break;
    parts.push(head);
    rest = rest.slice(plus + 1);
  }
  if (rest === '' || (rest.length > 1 && rest.includes('+'))) {
    throw new Error(`malformed shortcut "${text}"`);
  }
  return {
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key: rest.length === 1 ? rest.toLowerCase() : rest,
  };
}

/** The key of an event in the notation's terms: digits by position, letters lower-case. */
function eventKey(event: KeyChord): string {
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
  if (digit?.[1]) return digit[1];
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/** Punctuation that needs Shift on some layouts and not on others ("?", "+"). */
function isSymbol(key: string): boolean {
  return key.length === 1 && !/[a-z0-9]/.test(key);
}

/** True when the event is the chord on `platform`. */
export function matchesShortcut(shortcut: Shortcut, event: KeyChord, platform: Platform): boolean {
  const mod = platform === 'mac' ? event.metaKey : event.ctrlKey;
  const other = platform === 'mac' ? event.ctrlKey : event.metaKey;
  if (mod !== shortcut.mod || other || event.altKey !== shortcut.alt) return false;
  if (!isSymbol(shortcut.key) && event.shiftKey !== shortcut.shift) return false;
  return eventKey(event) === shortcut.key;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  Delete: 'Delete',
  Backspace: 'Backspace',
  ' ': 'Space',
};

/** How a chord is shown: "Ctrl+Shift+Z" on Linux and Windows, "⇧⌘Z" on macOS. */
export function formatShortcut(text: string, platform: Platform): string {
  const { mod, shift, alt, key } = parseShortcut(text);
  const name = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (platform === 'mac') {
    return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}${name}`;
  }
  return [mod ? 'Ctrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', name]
    .filter(Boolean)
    .join('+');
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  '+': 'Plus',
  ' ': 'Space',
};

/** The chord as an Electron accelerator, for the native menu to show ("CmdOrCtrl+Shift+Z"). */
export function toAccelerator(text: string): string {
  const { mod, shift, alt, key } = parseShortcut(text);
  const name = ACCELERATOR_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return [mod ? 'CmdOrCtrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', name]
    .filter(Boolean)
    .join('+');
}

/**
 * Chords a web browser keeps for itself (new window, new tab, close tab, switch tab): a page
 * never sees them, so in the browser mode they are neither bound nor shown.
 */
export const BROWSER_RESERVED: ReadonlySet<string> = new Set([
  'Mod+N',
  'Mod+Shift+N',
  'Mod+T',
  'Mod+Shift+T',
  'Mod+W',
  'Mod+Shift+W',
  'Mod+Tab',
  'Mod+Shift+Tab',
]);
