import type {
  PictureCopyRequest,
  PictureCopyResult,
} from '../../../shared/ipc/methods/export-methods';
import { exportFontFiles, type ExportFontFiles } from './export-font';
import { pngDrawList, pngSize, renderPng } from './png-render';
import { checkedSvgWithFont } from './svg-font';

/** The operating system's clipboard as main reaches it (Electron's `clipboard`). */
export interface PictureClipboard {
  /** Puts a PNG picture on the clipboard, replacing what was there. */
  writePng(png: Uint8Array): Promise<void>;
  /** Puts an SVG on the clipboard (as SVG and as text), replacing what was there. */
  writeSvg(svg: string): Promise<void>;
}

/** What the picture is called in messages: the clipboard is no file. */
const CLIPBOARD = 'the clipboard picture';

/**
 * "Copy as PNG / SVG": checks the SVG the renderer drew (as every export is checked), embeds the
 * export font's glyphs in an SVG (as the SVG export does, so the pasted picture wraps as the
 * screen does) or draws the PNG (`renderPng`), then puts it on the operating system's clipboard
 * where this host has one (`copied: true`). The browser host has none, so the picture goes back
 * to the renderer, which puts it on the clipboard itself.
 */
export async function copyPicture(
  request: PictureCopyRequest,
  options: { font?: ExportFontFiles; clipboard?: PictureClipboard },
): Promise<PictureCopyResult> {
  if (request.format === 'svg') {
    const font = options.font ?? exportFontFiles();
    const { svg, size: checked } = await checkedSvgWithFont(request.svg, CLIPBOARD, font);
    const size = checked ?? { width: 0, height: 0 };
    if (options.clipboard === undefined) return { format: 'svg', ...size, copied: false, svg };
    await options.clipboard.writeSvg(svg);
    return { format: 'svg', ...size, copied: true };
  }
  const { png } = await renderPng(pngDrawList(request.svg, CLIPBOARD), CLIPBOARD, {
    ...(request.scale === undefined ? {} : { scale: request.scale }),
    ...(request.background === undefined ? {} : { background: request.background }),
    ...(options.font === undefined ? {} : { font: options.font }),
  });
  if (options.clipboard !== undefined) {
    await options.clipboard.writePng(png);
    return { format: 'png', ...pngSize(png), copied: true };
  }
  return {
    format: 'png',
    ...pngSize(png),
    copied: false,
    png: Buffer.from(png).toString('base64'),
  };
}
