import type { PdfOrientation, PdfPageSize } from '../../../../shared/ipc/methods/export-methods';

/** PDF points per SVG unit: an SVG unit is a CSS pixel (1/96 in), a point 1/72 in. */
export const POINTS_PER_UNIT = 0.75;
/** The white border around a picture, in points (about 12.7 mm). */
export const PAGE_MARGIN = 36;
/** The title line's font size and the gap below it, in points. */
export const TITLE_SIZE = 14;
const TITLE_BLOCK = TITLE_SIZE * 1.4 + 10;
/** The largest page side PDF readers accept (Acrobat's limit, 200 inches). */
export const MAX_PAGE_SIDE = 14_400;

/** ISO sheet sizes in points, portrait. */
export const SHEETS: Readonly<Record<Exclude<PdfPageSize, 'fit'>, [number, number]>> = {
  a4: [595.28, 841.89],
  a3: [841.89, 1190.55],
};

/** Where a picture goes on its page. */
export interface PageLayout {
  width: number;
  height: number;
  /** Top-left corner of the title line, when there is one. */
  title: { x: number; y: number; width: number } | null;
  /** The picture's top-left corner on the page and the points per SVG unit it is drawn at. */
  picture: { x: number; y: number; scale: number };
}

/** The size of a sheet in the orientation asked for. */
export function sheetSize(size: Exclude<PdfPageSize, 'fit'>, orientation: PdfOrientation) {
  const [short, long] = SHEETS[size];
  return orientation === 'landscape'
    ? { width: long, height: short }
    : { width: short, height: long };
}

/**
 * Lays a drawing of `width` x `height` SVG units out on a page: `fit` makes the page the
 * drawing's own size at 96 dpi plus the margin (shrunk to fit where that would pass PDF's
 * page size limit); A4 and A3 scale it to fit inside the margin, up or down, centred. A title
 * takes a line above the picture.
 */
export function layoutPage(
  drawing: { width: number; height: number },
  options: { size: PdfPageSize; orientation?: PdfOrientation; title?: boolean },
): PageLayout {
  const titleBlock = options.title === true ? TITLE_BLOCK : 0;
  if (options.size === 'fit') {
    const room = MAX_PAGE_SIDE - 2 * PAGE_MARGIN;
    const scale = Math.min(
      POINTS_PER_UNIT,
      room / drawing.width,
      (room - titleBlock) / drawing.height,
    );
    const width = drawing.width * scale + 2 * PAGE_MARGIN;
    const height = drawing.height * scale + 2 * PAGE_MARGIN + titleBlock;
    return {
      width,
      height,
      title:
        titleBlock > 0 ? { x: PAGE_MARGIN, y: PAGE_MARGIN, width: width - 2 * PAGE_MARGIN } : null,
      picture: { x: PAGE_MARGIN, y: PAGE_MARGIN + titleBlock, scale },
    };
  }
  const page = sheetSize(options.size, options.orientation ?? 'portrait');
  const roomWidth = page.width - 2 * PAGE_MARGIN;
  const roomHeight = page.height - 2 * PAGE_MARGIN - titleBlock;
  const scale = Math.min(roomWidth / drawing.width, roomHeight / drawing.height);
  return {
    ...page,
    title: titleBlock > 0 ? { x: PAGE_MARGIN, y: PAGE_MARGIN, width: roomWidth } : null,
    picture: {
      x: PAGE_MARGIN + (roomWidth - drawing.width * scale) / 2,
      y: PAGE_MARGIN + titleBlock + (roomHeight - drawing.height * scale) / 2,
      scale,
    },
  };
}
