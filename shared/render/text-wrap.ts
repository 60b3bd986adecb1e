/**
 * Text measurement for laying text out in fixed-width boxes without a browser, the same on the
 * canvas and in every export: widths are the export font's own glyph advances (Noto Sans,
 * `font-advances.ts`, read from the font files the app ships), which the canvas draws its text
 * in too. A character the font lacks (CJK, arrows, emoji) is drawn from a system font: it gets a
 * per-character estimate from Arial-like proportions, widened by `FALLBACK_SLACK`, so a line
 * holding one gets a line more rather than overflowing. Kerning is left out: it only narrows
 * Noto Sans's Latin pairs, so a line measured here never draws wider than measured.
 */
import { NOTO_SANS_ADVANCES, type AdvanceRanges } from './font-advances';

const NARROW = new Set([...`iljtfrI.,;:!'|()[]{} /-`]);
const WIDE = new Set([...'mwMW@%']);
const UPPER_WIDE = new Set([...'ABCDEGHKNOQRUVXYZ&']);

/** Extra width allowed for a fallback font wider than Liberation Sans (DejaVu Sans). */
export const FALLBACK_SLACK = 1.08;

function estimatedWidth(char: string): number {
  if (NARROW.has(char)) return 0.3;
  if (WIDE.has(char)) return 0.86;
  if (UPPER_WIDE.has(char)) return 0.73;
  if (char >= 'A' && char <= 'Z') return 0.64;
  if (char >= '0' && char <= '9') return 0.56;
  return 0.57;
}

/** One face's advances by code point, in ems; 0 where the font has no glyph. */
function advanceTable(ranges: AdvanceRanges): Map<number, number> {
  const table = new Map<number, number>();
  for (const { from, widths } of ranges) {
    widths.split(',').forEach((width, i) => {
      const em = Number(width) / 1000;
      if (em > 0) table.set(from + i, em);
    });
  }
  return table;
}

const REGULAR = advanceTable(NOTO_SANS_ADVANCES.regular);
const BOLD = advanceTable(NOTO_SANS_ADVANCES.bold);

/**
 * The width of `text` in pixels at `fontSize` in Noto Sans, regular or bold (CSS weights 600
 * and 700 both draw the bold face).
 */
export function measureText(text: string, fontSize: number, bold = false): number {
  const advances = bold ? BOLD : REGULAR;
  let ems = 0;
  for (const char of text) {
    const advance = advances.get(char.codePointAt(0) ?? 0);
    ems += advance ?? estimatedWidth(char) * (bold ? 1.07 : 1) * FALLBACK_SLACK;
  }
  return ems * fontSize;
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
