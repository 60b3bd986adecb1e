/**
 * `npm run build:icons`: draws `assets/icon.svg` at every size the installers need into
 * `assets/icons/` (PNGs for Linux, `icon.ico` for Windows, `icon.icns` for macOS) and
 * `assets/icon.png` (512 px, the window icon). Run it after changing the SVG; a test checks
 * that the committed files are what the SVG gives.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { renderIcons } from './icons/render-icons';

async function main(): Promise<void> {
  const assets = path.resolve(import.meta.dirname, '../assets');
  const files = await renderIcons(await readFile(path.join(assets, 'icon.svg'), 'utf8'));
  const out = path.join(assets, 'icons');
  await rm(out, { recursive: true, force: true });
  await mkdir(out);
  for (const [name, bytes] of files) await writeFile(path.join(out, name), bytes);
  const windowIcon = files.get('512x512.png');
  if (windowIcon !== undefined) await writeFile(path.join(assets, 'icon.png'), windowIcon);
  console.log(`wrote ${files.size} icon files to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
