import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { HostFailure } from '../../../shared/ipc/errors';
import { MAX_PNG_PIXELS } from '../../../shared/ipc/methods/export-methods';
import { EXPORT_FONT_FAMILY } from '../../../shared/render/export-font';
import { exportFontFiles, type ExportFontFiles } from './export-font';
import { exportFontCoverage, needsSystemFonts } from './png-fonts';

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
}

/** The width and height fields of a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Rasterises a checked SVG of `size` (its root's size, null when unknown) with resvg, in main,
 * without a browser: the export font first, the system's fonts as fallbacks only when its text
 * needs them (`needsSystemFonts`). A picture above
 * MAX_PNG_PIXELS at the scale asked for is drawn at a smaller one (see `fittedScale`); one too
 * large even so is refused as TOO_LARGE naming `file` before anything is drawn.
 */
export async function renderPng(
  svg: string,
  size: { width: number; height: number } | null,
  file: string,
  options: PngRenderOptions = {},
): Promise<DrawnPng> {
  const asked = options.scale ?? 2;
  const scale = size === null ? asked : fittedScale(size, asked);
  if (scale === null) {
    throw new HostFailure({
      code: 'TOO_LARGE',
      message: `The drawing is ${Math.round(size?.width ?? 0)} x ${Math.round(size?.height ?? 0)} units: as a PNG it would be over ${MAX_PNG_PIXELS / 1_000_000} million pixels even at ${MIN_FITTED_SCALE} pixel per unit. Export SVG or PDF instead.`,
      file,
    });
  }
  return { png: await rasterise(svg, scale, options), scale };
}

/**
 * What resvg is told to draw `svg` at `scale` with: the background, and the export font's files,
 * with the system's fonts only where the picture's text needs them (`needsSystemFonts`).
 */
export function rasterOptions(
  svg: string,
  scale: number,
  options: PngRenderOptions,
): ResvgRenderOptions {
  const font = options.font ?? exportFontFiles();
  return {
    ...(options.background === 'transparent' ? {} : { background: 'white' }),
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: needsSystemFonts(svg, exportFontCoverage(font)),
      fontFiles: Object.values(font),
      defaultFontFamily: EXPORT_FONT_FAMILY,
    },
    logLevel: 'off',
  };
}

async function rasterise(
  svg: string,
  scale: number,
  options: PngRenderOptions,
): Promise<Uint8Array> {
  const image = await renderAsync(svg, rasterOptions(svg, scale, options));
  return image.asPng();
}
