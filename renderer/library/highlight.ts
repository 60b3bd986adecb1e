import type { MatchRange } from '../../shared/etom/search-text';

/** A piece of text, marked or not. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into plain and marked pieces from match ranges (offsets, end exclusive). Ranges
 * may overlap, be unsorted or run past the end; the pieces always join back into `text`.
 */
export function splitByRanges(text: string, ranges: readonly MatchRange[]): TextPiece[] {
  const marks = new Array<boolean>(text.length).fill(false);
  for (const range of ranges) {
    const start = Math.max(0, range.start);
    const end = Math.min(text.length, range.end);
    for (let i = start; i < end; i += 1) marks[i] = true;
  }
  const pieces: TextPiece[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const marked = marks[i] ?? false;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.marked === marked) last.text += text[i];
    else pieces.push({ text: text[i] ?? '', marked });
  }
  return pieces;
}

/** True when two lists of match ranges mark the same parts, in the same order. */
export function sameRanges(a: readonly MatchRange[], b: readonly MatchRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r.start === b[i]?.start && r.end === b[i]?.end);
}
