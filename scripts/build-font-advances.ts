/**
 * `npm run build:font-advances`: regenerates shared/render/font-advances.ts, the export font's
 * glyph advances that every text layout measures with (`shared/render/text-wrap.ts`), from the
 * font files the app ships (`@expo-google-fonts/noto-sans`). Run it after updating that package.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportFontFiles } from '../main/services/export/export-font';
import { fontAdvancesModule, readFaceAdvances } from './font/advances-source';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const fonts = exportFontFiles();
  const text = fontAdvancesModule({
    regular: readFaceAdvances(fonts.regular),
    bold: readFaceAdvances(fonts.bold),
  });
  const file = path.join(root, 'shared', 'render', 'font-advances.ts');
  await writeFile(file, text, 'utf8');
  console.log(`wrote ${path.relative(process.cwd(), file)} (${text.length} bytes)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
