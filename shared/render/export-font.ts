/**
 * The one font every export draws its text in: Noto Sans (SIL Open Font License 1.1), shipped
 * with the app (regular, bold, italic, bold italic), embedded in PDFs and handed to the PNG
 * rasteriser, and named first in an SVG's font list so a viewer that has it draws the same
 * glyphs. The files themselves are found by main (`main/services/export/export-font.ts`).
 */
export const EXPORT_FONT_FAMILY = 'Noto Sans';
