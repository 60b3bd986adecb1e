import type { RefObject } from 'react';
import { useMeasured } from '../ui/useMeasured';

/** A row of one line: the table in a wide tab. */
export const ROW_HEIGHT = 34;
/**
 * A row of two lines, where the names and the rationale wrap: a tab narrower than
 * TWO_LINES_BELOW (1280 x 720 beside the library) left them a dozen characters each.
 */
export const TWO_LINE_ROW_HEIGHT = 52;
/** The grid's width, in px, below which its rows take two lines. */
export const TWO_LINES_BELOW = 800;

/** The height of rows in a grid `element` wide. */
const heightFor = (element: HTMLElement) =>
  element.clientWidth > 0 && element.clientWidth < TWO_LINES_BELOW
    ? TWO_LINE_ROW_HEIGHT
    : ROW_HEIGHT;

/**
 * The height of the grid's rows for its width, kept up to date as the tab is resized (a
 * splitter moved, the library folded); the grid renders again only when it changes.
 */
export function useRowHeight(grid: RefObject<HTMLElement | null>): number {
  return useMeasured(grid, heightFor) ?? ROW_HEIGHT;
}
