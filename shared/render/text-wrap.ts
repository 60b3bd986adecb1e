/**
 * Approximate text measurement for laying text out in fixed-width boxes without a browser.
 *
 * Widths are per-character fractions of the font size, rounded up from Arial / Liberation Sans
 * (the fonts an export names first after the system UI font) and a little wider than them, so a
 * line measured here fits when drawn in Liberation Sans, Arial or Helvetica; DejaVu Sans is about
 * 8% wider, and the factor `FALLBACK_SLACK` leaves that room too. It is an estimate: a box gets
 * a line more rather than a clipped word. The export font (Noto Sans, `export-font.ts`) stays
 * within it: tests/unit/shared/render/text-wrap-font.test.ts measures its real glyph advances.
 */

const NARROW = new Set([...`iljtfrI.,;:!'|()[]{} /-`]);
const WIDE = new Set([...'mwMW@%']);
const UPPER_WIDE = new Set([...'ABCDEGHKNOQRUVXYZ&']);

/** Extra width allowed for a fallback font wider than Liberation Sans (DejaVu Sans). */
export const FALLBACK_SLACK = 1.08;

function charWidth(char: string): number {
  if (NARROW.has(char)) return 0.3;
  if (WIDE.has(char)) return 0.86;
  if (UPPER_WIDE.has(char)) return 0.73;
  if (char >= 'A' && char <= 'Z') return 0.64;
  if (char >= '0' && char <= '9') return 0.56;
  return 0.57;
}

/** The estimated width of `text` in pixels at `fontSize`, bold about 7% wider. */
export function measureText(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) units += charWidth(char);
  return units * fontSize * (bold ? 1.07 : 1) * FALLBACK_SLACK;
}

/**
 * Breaks one word that is wider than the box, character by character (CSS overflow-wrap):
 * pieces that each `fits`, at least one character each. Shared by the canvas and the exports,
 * so a long word is cut at the same place in both.
 */
export function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of word) {
    if (current !== '' && !fits(current + char)) {
      pieces.push(current);
      current = char;
    } else current += char;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * Wraps `words` into lines that each `fits`, greedily: at spaces where it can, inside a word
 * (with `breakWord`) only when the word alone is too wide. The one line-breaking rule of the
 * app: the exports measure with `measureText`, the canvas with the browser's font metrics.
 */
export function wrapWords(words: readonly string[], fits: (text: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (fits(word)) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, fits);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` at `fontSize`: at spaces where it can, inside
 * a word only when the word alone is too wide. Runs of white space count as one space.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (candidate: string) => measureText(candidate, fontSize, bold) <= maxWidth;
  return wrapWords(
    text.split(/\s+/).filter((w) => w !== ''),
    fits,
  );
}
