/**
 * How wide a tab's name may be drawn, so that the tabs fit their strip before it scrolls: the
 * longest names give up width first, each cut at the same width (the name ends in an ellipsis;
 * its tooltip holds all of it), while names shorter than that stay whole. Below MIN_LABEL the
 * names are no longer worth reading: the strip scrolls instead (TabBar's buttons at its ends).
 */

/** The widest a tab's name is drawn, as in the style sheet's fallback. */
export const MAX_LABEL = 220;
/** The narrowest a long name is cut to before the strip scrolls instead: a word or two. */
export const MIN_LABEL = 96;

/**
 * The width to cut names at, given their full widths and the room they have between them:
 * the level at which, the longer names cut there, they just fit (MAX_LABEL when all fit whole).
 */
export function labelCap(widths: readonly number[], room: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  let left = room;
  for (let i = 0; i < sorted.length; i += 1) {
    const share = left / (sorted.length - i);
    if (sorted[i]! > share) return Math.max(MIN_LABEL, Math.min(MAX_LABEL, Math.floor(share)));
    left -= sorted[i]!;
  }
  return MAX_LABEL;
}

/**
 * Measures the tabs of `strip` (the tablist: `.tab` elements, each a `.tab-label` and its close
 * button) and sets `--tab-label-max` on it, the width its style sheet cuts names at.
 */
export function capTabLabels(strip: HTMLElement): void {
  const tabs = [...strip.querySelectorAll<HTMLElement>(':scope > .tab')];
  const style = getComputedStyle(strip);
  let room =
    strip.clientWidth -
    parseFloat(style.paddingLeft) -
    parseFloat(style.paddingRight) -
    parseFloat(style.columnGap || '0') * Math.max(0, tabs.length - 1);
  const widths: number[] = [];
  for (const tab of tabs) {
    const label = tab.querySelector<HTMLElement>('.tab-label');
    if (!label) continue;
    const drawn = label.getBoundingClientRect().width;
    // The rest of the tab (close button, borders) keeps its width.
    room -= tab.getBoundingClientRect().width - drawn;
    // A cut name's full width: what it would scroll to.
    widths.push(Math.max(drawn, label.scrollWidth));
  }
  strip.style.setProperty('--tab-label-max', `${labelCap(widths, room)}px`);
}
