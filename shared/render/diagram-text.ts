import { measureText, wrapText } from './text-wrap';

/**
 * Node and label text laid out as the canvas lays it out (`renderer/canvas/text-fit.ts` and the
 * `.fit-text` CSS): explicit line breaks kept, wrapped at spaces, a word too wide broken, cut
 * after the lines that fit with an ellipsis at the end, never in the middle.
 */

/** How a block of text is set. */
export interface TextSetting {
  fontSize: number;
  lineHeight: number;
  bold?: boolean;
}

/** The lines of `text` in a column `width` wide, at most `maxLines`, the last cut with "…". */
export function fitLines(
  text: string,
  width: number,
  maxLines: number,
  setting: TextSetting,
): string[] {
  const bold = setting.bold ?? false;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const wrapped = wrapText(paragraph, Math.max(1, width), setting.fontSize, bold);
    lines.push(...(wrapped.length === 0 ? [''] : wrapped));
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const keep = Math.max(1, Math.floor(maxLines));
  if (lines.length <= keep) return lines;
  return [...lines.slice(0, keep - 1), withEllipsis(lines[keep - 1] ?? '', width, setting)];
}

/** `line` shortened until it and a trailing "…" fit `width`. */
export function withEllipsis(line: string, width: number, setting: TextSetting): string {
  let last = line;
  const fits = (candidate: string) =>
    measureText(`${candidate}…`, setting.fontSize, setting.bold ?? false) <= width;
  while (last !== '' && !fits(last)) last = [...last].slice(0, -1).join('');
  return `${last.trimEnd()}…`;
}

/** One line, cut with "…" when wider than `width` (CSS `text-overflow: ellipsis`). */
export function oneLine(text: string, width: number, setting: TextSetting): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (measureText(flat, setting.fontSize, setting.bold ?? false) <= width) return flat;
  return withEllipsis(flat, width, setting);
}

/**
 * The baseline of a line whose line box starts at `top`: the glyphs centred in the line box
 * as CSS centres them (ascent about 0.9 and descent 0.2 of the size for Arial-like fonts).
 */
export function baselineOf(top: number, setting: TextSetting): number {
  return top + setting.lineHeight / 2 + setting.fontSize * 0.35;
}
