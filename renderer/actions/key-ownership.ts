/** Who a key press belongs to: the app's shortcuts, a text field, or a widget's own keys. */
export type KeyOwner = 'app' | 'field' | 'widget';

/** Widgets that move with arrow keys and find items by typing (WAI-ARIA composite roles). */
const COMPOSITE = [
  'menubar',
  'menu',
  'tablist',
  'tree',
  'listbox',
  'grid',
  'radiogroup',
  'slider',
  'combobox',
]
  .map((role) => `[role="${role}"]`)
  .join(',');

const NAVIGATION_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Enter',
  ' ',
  'Escape',
  'Tab',
]);

/** True when the key goes to a text field, where it belongs to the text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Who a key belongs to. A text field keeps its keys (only actions marked `whileTyping` reach
 * through it); a tree, tab list or menu keeps its navigation keys and its type-ahead letters;
 * everything else is the app's.
 */
export function keyOwner(event: KeyboardEvent): KeyOwner {
  const { target } = event;
  if (isTypingTarget(target)) return 'field';
  if (target instanceof Element && target.closest(COMPOSITE)) {
    if (NAVIGATION_KEYS.has(event.key)) return 'widget';
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (plain && event.key.length === 1) return 'widget';
  }
  return 'app';
}

/** The attribute that marks the canvas of the diagram on screen, for keys that act on it. */
export const CANVAS_KEYS_ATTRIBUTE = 'data-canvas-keys';

/** True when the focus is on the canvas, or nowhere in particular (the page itself). */
export function focusOnCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target === document.body || target === document.documentElement) return true;
  return target.closest(`[${CANVAS_KEYS_ATTRIBUTE}]`) !== null;
}
