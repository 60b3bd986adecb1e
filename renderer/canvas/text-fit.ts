/**
 * How node text fits its box: wrapped at word boundaries (a word longer than the line is
 * broken), cut after the lines that fit with an ellipsis at the end, never in the middle.
 * The canvas draws text with CSS (`overflow-wrap: break-word` and a line clamp of
 * `linesThatFit`), which follows the same rules; `wrapLines` repeats them in script, with a
 * measuring function, to compute how tall a box must be to show all of its text. The breaking
 * itself is the exports' (`shared/render/text-wrap.ts`), so both wrap a text the same way.
 */
import { wrapWords } from '../../shared/render/text-wrap';

/** The width of a piece of text in pixels, in the font the node uses. */
export type Measure = (text: string) => number;

/** The metrics of node text, in pixels at zoom 1. */
export interface TextMetrics {
  /** One line's height (CSS `line-height`). */
  lineHeight: number;
  /** What the box takes besides its text lines: padding, borders, a caption or header. */
  reserved: number;
}

/** Node text: 13 px on 17 px lines; everything on the canvas is at least 12 px at zoom 1. */
export const NODE_TEXT: Readonly<TextMetrics> = { lineHeight: 17, reserved: 16 };

/**
 * The lines `text` takes in a column `width` pixels wide: explicit line breaks are kept,
 * lines wrap between words, and only a word wider than the column is broken.
 */
export function wrapLines(text: string, width: number, measure: Measure): string[] {
  const fits = (candidate: string) => measure(candidate) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const wrapped = wrapWords(
      paragraph.split(/[ \t]+/).filter((w) => w !== ''),
      fits,
    );
    // An empty paragraph (a blank line of a note) still takes a line.
    lines.push(...(wrapped.length > 0 ? wrapped : ['']));
  }
  return lines;
}

/**
 * At most `maxLines` of `lines`; when some are left out, the last one shown ends with an
 * ellipsis (shortened until it fits `width`), so text is cut at its end, never in the middle.
 */
export function clampLines(
  lines: readonly string[],
  maxLines: number,
  width: number,
  measure: Measure,
): string[] {
  const keep = Math.max(1, Math.floor(maxLines));
  if (lines.length <= keep) return [...lines];
  const shown = lines.slice(0, keep);
  let last = shown[keep - 1] ?? '';
  while (last !== '' && measure(`${last}…`) > width) last = [...last].slice(0, -1).join('');
  shown[keep - 1] = `${last.trimEnd()}…`;
  return shown;
}

/** How many whole lines of text fit in a box `height` pixels tall (always at least one). */
export function linesThatFit(height: number, metrics: TextMetrics = NODE_TEXT): number {
  return Math.max(1, Math.floor((height - metrics.reserved) / metrics.lineHeight));
}

/**
 * The height a box `width` wide needs to show all of `text` (at least `minHeight`): "Fit to
 * text". `padding` is the horizontal space the box keeps around its text.
 */
export function heightToFit(
  text: string,
  width: number,
  measure: Measure,
  options: { padding: number; minHeight: number; metrics?: TextMetrics },
): number {
  const metrics = options.metrics ?? NODE_TEXT;
  const lines = wrapLines(text, Math.max(1, width - options.padding), measure).length;
  return Math.max(options.minHeight, Math.ceil(lines * metrics.lineHeight + metrics.reserved));
}
