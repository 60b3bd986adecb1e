import { createRequire } from 'node:module';
import * as path from 'node:path';

/** The four faces of the export font (`shared/render/export-font.ts`), as absolute file paths. */
export interface ExportFontFiles {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/** The file name of each face, as the font's npm package and the packaged app's resources hold it. */
const FACE_FILES: Readonly<Record<keyof ExportFontFiles, string>> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

const PACKAGE = '@expo-google-fonts/noto-sans';

/**
 * Where the export font's files are. The packaged desktop app passes its resources folder,
 * where electron-builder.yml's extraResources copies them to `fonts/` (outside app.asar: the
 * PNG rasteriser reads them with its own file access, which cannot see into an archive). From
 * the project or its build (dev, the browser host, tests) they are read from the font's npm
 * package, wherever Node resolves it from this module.
 */
export function exportFontFiles(resourcesDir?: string): ExportFontFiles {
  const root =
    resourcesDir === undefined
      ? path.dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`))
      : path.join(resourcesDir, 'fonts');
  const at = (face: keyof ExportFontFiles) => path.join(root, FACE_FILES[face]);
  return {
    regular: at('regular'),
    bold: at('bold'),
    italic: at('italic'),
    boldItalic: at('boldItalic'),
  };
}
