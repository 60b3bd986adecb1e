import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import subsetFont from 'subset-font';
import { EXPORT_FONT_FAMILY } from '../../../shared/render/export-font';
import { insertUnderSvgRoot } from '../../../shared/render/svg-root-insert';
import type { ExportFontFiles } from './export-font';
import { checkSvgTree } from './svg-check';
import type { SvgTreeElement, SvgTreeNode } from './svg-tree';

/**
 * The export font inside an exported SVG, so that it looks the same in every viewer, whatever
 * fonts its machine has (the layout measures Noto Sans's own widths: drawn in a wider font such
 * as DejaVu Sans, a line would run past its box). Only the glyphs the picture's text uses,
 * regular and bold (HarfBuzz's subsetter, `subset-font`), in one `<style>` of `@font-face`
 * rules under the root. TrueType, not WOFF2: twice the bytes (about 10 KB a face for a whole
 * alphabet) but a tenth of the time (WOFF2's compressor took 50-250 ms a face); and without
 * the glyphs only layout features could reach (ligatures), which halves the size again: the
 * text then draws letter by letter, as the layout measured it. Main adds it after the SVG passed the check, which refuses
 * any `<style>` from the renderer.
 */

/*
 * HarfBuzz's subsetter is WebAssembly (680 KB), the only WebAssembly main runs. V8 compiles a
 * module with its baseline compiler, Liftoff, then again in the background with its optimising
 * one, and the process waited for that second compile: a 0.25 s pause in the first SVG export
 * of every process (the command line's every one), 0.5 s of CPU. Subsetting a picture's text
 * takes 3 ms with baseline code too, so main keeps to it. Set before the module is compiled
 * (subset-font compiles it on its first call); V8 reads the flag when it compiles a module.
 */
setFlagsFromString('--liftoff-only');

/** Every character drawn as text in a checked SVG (`<text>` contents; titles are not drawn). */
export function drawnCharacters(root: SvgTreeElement): string {
  const found = new Set<string>();
  const pending: Array<{ node: SvgTreeNode; inText: boolean }> = [{ node: root, inText: false }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, inText } = next;
    if (node.nodeType === 3) {
      if (inText) for (const char of node.nodeValue) found.add(char);
      continue;
    }
    const text = inText || node.localName === 'text' || node.localName === 'tspan';
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      pending.push({ node: child, inText: text });
    }
  }
  return [...found].join('');
}

/** The font files read once, by path. */
const faces = new Map<string, Promise<Buffer>>();
const faceFile = (file: string) => {
  let bytes = faces.get(file);
  if (bytes === undefined) {
    bytes = readFile(file);
    faces.set(file, bytes);
    // A failed read is tried again next time.
    bytes.catch(() => faces.delete(file));
  }
  return bytes;
};

/** The `<style>` of `@font-face` rules holding the regular and bold faces' glyphs of `text`. */
export async function exportFontStyle(text: string, font: ExportFontFiles): Promise<string> {
  const rules = await Promise.all(
    [
      { file: font.regular, weight: 400 },
      { file: font.bold, weight: 700 },
    ].map(async ({ file, weight }) => {
      const subset = await subsetFont(await faceFile(file), text, {
        targetFormat: 'truetype',
        noLayoutClosure: true,
      });
      return `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:${weight};src:url(data:font/ttf;base64,${subset.toString('base64')}) format('truetype')}`;
    }),
  );
  return `<style>${rules.join('')}</style>`;
}

/**
 * `svg` (checked) with the export font's glyphs of `text` (its `drawnCharacters`) embedded.
 * It takes the characters, not the parsed tree: a large picture's tree kept alive while the
 * fonts are made and the file written made every garbage collection walk it (the write of a
 * 2,000-node SVG took 0.8 s instead of 20 ms).
 */
export async function withExportFont(
  svg: string,
  text: string,
  font: ExportFontFiles,
): Promise<string> {
  if (text === '') return svg;
  return insertUnderSvgRoot(svg, `<defs>${await exportFontStyle(text, font)}</defs>`) ?? svg;
}

/** A checked SVG's root size and the characters it draws; its parsed tree goes with the call. */
function checkedText(svg: string, file: string) {
  const { size, root } = checkSvgTree(svg, file);
  return { size, text: drawnCharacters(root) };
}

/**
 * Checks `svg` (`checkSvgTree`: a HostFailure naming `file` when it is refused) and embeds the
 * export font's glyphs of its text: what the SVG export writes and Copy as SVG copies. The
 * parsed tree is garbage before the font is made (see `withExportFont`).
 */
export async function checkedSvgWithFont(
  svg: string,
  file: string,
  font: ExportFontFiles,
): Promise<{ svg: string; size: { width: number; height: number } | null }> {
  const { size, text } = checkedText(svg, file);
  return { svg: await withExportFont(svg, text, font), size };
}
