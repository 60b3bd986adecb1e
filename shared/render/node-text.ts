import { fitLines, type TextSetting } from './diagram-text';

/**
 * Where a node's text goes, and its lines: one answer for the canvas
 * (`renderer/canvas/nodes/FitText.tsx`) and every export (`diagram-nodes.ts`), so a label
 * wraps and is cut at the same words on the screen, in the SVG, the PNG and the PDF. The
 * numbers are the node CSS's (`nodes.css`, `framework-node.css`, `process-node.css`): the
 * borders and paddings beside the text, and what the box keeps besides its lines.
 */

/** The node kinds that show wrapped text of their own. */
export type TextNodeKind = 'box' | 'note' | 'text' | 'framework' | 'process';

/** Node text: 13 px on 17 px lines (`.element`). */
export const NODE_TEXT: TextSetting = { fontSize: 13, lineHeight: 17 };
/** Free text: 14 px bold on 17 px lines (`.element-text-node`). */
export const FREE_TEXT: TextSetting = { fontSize: 14, lineHeight: 17, bold: true };

/** The height a text block gives up besides its lines: padding and borders. */
export const TEXT_BLOCK_RESERVED = 16;
/** Process nodes also keep their 16 px header and the 2 px under it (5 px padding each side). */
export const PROCESS_RESERVED = 28;

/** Per kind: the width beside the text (borders and padding, both sides) and the height kept. */
const FRAME: Readonly<Record<TextNodeKind, { beside: number; reserved: number }>> = {
  box: { beside: 2 * 1.5 + 2 * 10, reserved: TEXT_BLOCK_RESERVED },
  note: { beside: 2 * 1 + 2 * 10, reserved: TEXT_BLOCK_RESERVED },
  text: { beside: 2 * 1 + 2 * 6, reserved: TEXT_BLOCK_RESERVED },
  framework: { beside: 6 + 1.5 + 2 * 10, reserved: PROCESS_RESERVED },
  process: { beside: 2 * 1.5 + 2 * 12, reserved: PROCESS_RESERVED },
};

/** The column a node's text is set in. */
export interface TextColumn {
  /** Its width, in units (pixels at zoom 1). */
  width: number;
  /** How many lines fit the node's height (at least one). */
  maxLines: number;
  setting: TextSetting;
}

/** The text column of a `kind` node `width` x `height`. */
export function nodeTextColumn(kind: TextNodeKind, width: number, height: number): TextColumn {
  const frame = FRAME[kind];
  const setting = kind === 'text' ? FREE_TEXT : NODE_TEXT;
  return {
    width: Math.max(1, width - frame.beside),
    maxLines: Math.max(1, Math.floor((height - frame.reserved) / setting.lineHeight)),
    setting,
  };
}

/**
 * The lines a `kind` node `width` x `height` shows of `text`: wrapped at spaces (a word wider
 * than the column broken), cut after the lines that fit with "…" at the end.
 */
export function nodeTextLines(
  kind: TextNodeKind,
  text: string,
  width: number,
  height: number,
): string[] {
  const column = nodeTextColumn(kind, width, height);
  return fitLines(text, column.width, column.maxLines, column.setting);
}

/**
 * The least height that shows all of `text` in a `kind` node `width` wide ("Fit to text"), at
 * least `minHeight`.
 */
export function heightToShowAll(
  kind: TextNodeKind,
  text: string,
  width: number,
  minHeight: number,
): number {
  const column = nodeTextColumn(kind, width, Number.POSITIVE_INFINITY);
  const lines = fitLines(text, column.width, Number.POSITIVE_INFINITY, column.setting).length;
  return Math.max(minHeight, Math.ceil(lines * column.setting.lineHeight + FRAME[kind].reserved));
}
