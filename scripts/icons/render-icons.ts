import { renderAsync } from '@resvg/resvg-js';
import { icnsFile, icoFile } from './icon-containers';

/** Every square size the three platforms ask for, from 16 px (menus) to 1024 px (macOS 2x). */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** The sizes Windows' `.ico` holds (the shell picks one per DPI and view). */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** Every icon file, by its name in `assets/icons/`. */
export type IconFiles = Map<string, Uint8Array>;

/**
 * Draws the one source picture (`assets/icon.svg`) at every size and packs the containers:
 * `<n>x<n>.png` (Linux takes the folder), `icon.ico` (Windows), `icon.icns` (macOS).
 */
export async function renderIcons(svg: string): Promise<IconFiles> {
  const pngBySize = new Map<number, Uint8Array>();
  for (const size of ICON_SIZES) {
    const image = await renderAsync(svg, {
      fitTo: { mode: 'width', value: size },
      font: { loadSystemFonts: false },
    });
    pngBySize.set(size, new Uint8Array(image.asPng()));
  }
  const files: IconFiles = new Map();
  for (const [size, png] of pngBySize) files.set(`${size}x${size}.png`, png);
  files.set(
    'icon.ico',
    icoFile(ICO_SIZES.map((size) => ({ size, png: pngBySize.get(size) ?? new Uint8Array() }))),
  );
  files.set('icon.icns', icnsFile(pngBySize));
  return files;
}
