import { ClipboardItem, clipboard } from 'electron';
import type { PictureClipboard } from '../services/export/picture-copy';

/**
 * "Copy as PNG / SVG" on the operating system's clipboard (Electron's clipboard takes
 * ClipboardItems, as the web's does): the PNG as an image; the SVG as `image/svg+xml` and as
 * plain text, which drawing and office tools paste an SVG from. Main writes it; the renderer
 * never gets clipboard access (harden-session.ts refuses every permission).
 */
export const electronClipboard: PictureClipboard = {
  writePng: (png) =>
    clipboard.write([
      new ClipboardItem({ 'image/png': new Blob([Buffer.from(png)], { type: 'image/png' }) }),
    ]),
  writeSvg: (svg) =>
    clipboard.write([
      new ClipboardItem({
        'image/svg+xml': new Blob([svg], { type: 'image/svg+xml' }),
        'text/plain': svg,
      }),
    ]),
};
