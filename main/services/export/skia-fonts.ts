import { GlobalFonts } from '@napi-rs/canvas';
import { EXPORT_FONT_FAMILY } from '../../../shared/render/export-font';
import type { ExportFontFiles } from './export-font';

/** The font files already given to Skia in this process (registering is once per file). */
const registered = new Set<string>();

/**
 * Gives Skia the export font's four faces under the export font's family name, once per file.
 * Characters the faces lack (arrows, check marks, other scripts) fall back to the system's
 * fonts, which Skia finds itself. A face that cannot be read is skipped: its text then falls
 * back too, rather than the whole export failing.
 */
export function registerExportFont(font: ExportFontFiles): void {
  for (const file of [font.regular, font.bold, font.italic, font.boldItalic]) {
    if (registered.has(file)) continue;
    registered.add(file);
    GlobalFonts.registerFromPath(file, EXPORT_FONT_FAMILY);
  }
}
