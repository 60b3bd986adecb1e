import { HostFailure } from '../../../shared/ipc/errors';
import { MAX_PNG_PIXELS } from '../../../shared/ipc/methods/export-methods';
import { exportFontFiles, type ExportFontFiles } from './export-font';
import { drawBands } from './skia-bands';
import { registerExportFont } from './skia-fonts';
import { checkSvgTree } from './svg-check';
import { drawListOf, type DrawList } from './svg-draw-list';

/** Below this many pixels per unit the text is no longer legible: such a picture is refused. */
export const MIN_FITTED_SCALE = 0.25;

/**
 * The pixels per unit a picture of `size` is drawn at: `scale`, or lower (rounded down to a
 * hundredth) when `scale` would make it larger than MAX_PNG_PIXELS; null when even
 * MIN_FITTED_SCALE would.
 */
export function fittedScale(size: { width: number; height: number }, scale: number): number | null {
  const area = size.width * size.height;
  if (area * scale * scale <= MAX_PNG_PIXELS) return scale;
  const fitted = Math.floor(Math.sqrt(MAX_PNG_PIXELS / area) * 100) / 100;
  return fitted >= MIN_FITTED_SCALE ? fitted : null;
}

/** A drawn PNG and the pixels per unit it was drawn at. */
export interface DrawnPng {
  png: Uint8Array;
  scale: number;
}

/** How an SVG is drawn to PNG. */
export interface PngRenderOptions {
  /** Pixels per SVG unit, 1-4; 2 by default so text stays sharp on a print or a slide. */
  scale?: number;
  /** What shows through where the SVG paints nothing: white (default) or nothing. */
  background?: 'white' | 'transparent';
  /** The export font's files; the font's npm package by default. */
  font?: ExportFontFiles;
  /**
   * Called between bands (`ExportJob.throwIfCancelled`): what it throws stops the drawing
   * there, so a cancelled export stops mid-picture.
   */
  betweenBands?: () => void;
}

/** The width and height fields of a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Checks `svg` (`checkSvgTree`, a HostFailure naming `file` when refused) and turns it into
 * what `renderPng` draws. The parsed tree is dropped here: a large picture's tree is most of
 * the heap, and every garbage collection while drawing would walk it again.
 */
export function pngDrawList(svg: string, file: string): DrawList {
  return drawListOf(checkSvgTree(svg, file).root, file);
}

/**
 * Rasterises an SVG in main, without a browser: its draw list (`pngDrawList`; or its text,
 * checked here), replayed on Skia band by band (`skia-bands.ts`) in the export font, with the
 * system's fonts as fallbacks for characters it lacks. A picture above MAX_PNG_PIXELS at the
 * scale asked for is drawn at a smaller one (see `fittedScale`); one too large even so is
 * refused as TOO_LARGE naming `file` before anything is drawn.
 */
export async function renderPng(
  svg: DrawList | string,
  file: string,
  options: PngRenderOptions = {},
): Promise<DrawnPng> {
  const list = typeof svg === 'string' ? pngDrawList(svg, file) : svg;
  const size = list;
  const scale = fittedScale(size, options.scale ?? 2);
  if (scale === null) {
    throw new HostFailure({
      code: 'TOO_LARGE',
      message: `The drawing is ${Math.round(size.width)} x ${Math.round(size.height)} units: as a PNG it would be over ${MAX_PNG_PIXELS / 1_000_000} million pixels even at ${MIN_FITTED_SCALE} pixel per unit. Export SVG or PDF instead.`,
      file,
    });
  }
  registerExportFont(options.font ?? exportFontFiles());
  const png = await drawBands(list, {
    scale,
    // Whole pixels: the picture's size at the scale, rounded (at least one), as the SVG's own
    // size rounds and as the PNG export has always been sized.
    width: Math.max(1, Math.round(list.width * scale)),
    height: Math.max(1, Math.round(list.height * scale)),
    background: options.background ?? 'white',
    ...(options.betweenBands === undefined ? {} : { betweenBands: options.betweenBands }),
  });
  return { png, scale };
}
