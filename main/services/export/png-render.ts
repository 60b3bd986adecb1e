import { renderAsync } from '@resvg/resvg-js';
import { HostFailure } from '../../../shared/ipc/errors';
import { EXPORT_FONT_FAMILY } from '../../../shared/render/export-font';
import { exportFontFiles, type ExportFontFiles } from './export-font';

/** A PNG larger than this many pixels is refused before it is drawn (about 400 MB of RGBA). */
export const MAX_PNG_PIXELS = 100_000_000;

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
 * without a browser: the export font first, the system's fonts as fallbacks. A picture above
 * MAX_PNG_PIXELS is refused as TOO_LARGE naming `file` before anything is drawn.
 */
export async function renderPng(
  svg: string,
  size: { width: number; height: number } | null,
  file: string,
  options: PngRenderOptions = {},
): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (size !== null && size.width * size.height * scale * scale > MAX_PNG_PIXELS) {
    throw new HostFailure({
      code: 'TOO_LARGE',
      message: `The picture would be ${Math.round(size.width * scale)} x ${Math.round(size.height * scale)} pixels; choose a smaller scale or export SVG.`,
      file,
    });
  }
  const image = await renderAsync(svg, {
    ...(options.background === 'transparent' ? {} : { background: 'white' }),
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: true,
      fontFiles: Object.values(options.font ?? exportFontFiles()),
      defaultFontFamily: EXPORT_FONT_FAMILY,
    },
    logLevel: 'off',
  });
  return image.asPng();
}
