import { FONT_FACES } from '../export/pdf/svg-to-pdf';

/** The report's page: A4 portrait, in points, and the space kept for the page number. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50, footer: 24 } as const;
/** Where the text of a page may go down to. */
export const PAGE_BOTTOM = PAGE.height - PAGE.margin - PAGE.footer;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * A workspace string as PDF text: a lone surrogate becomes U+FFFD; control characters other
 * than line breaks and tabs, and bidirectional overrides and isolates (which could make a
 * reader show a name reversed, `‮gnp.exe`), are dropped, so the font's layout never fails on them. Nothing in
 * the text is ever read as markup or an instruction: PDFKit sets it as glyphs.
 */
export function plainText(text: string): string {
  return (
    text
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
  );
}

/** Starts a new report page (A4 portrait, no automatic margins: every line is placed). */
export function addReportPage(doc: PDFKit.PDFDocument): void {
  doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
}

/** A heading at `y`; returns the y below it. */
export function heading(doc: PDFKit.PDFDocument, text: string, y: number, size = 16): number {
  doc.font(FONT_FACES.bold).fontSize(size).fillColor('#1d2733');
  doc.text(plainText(text), PAGE.margin, y, { width: CONTENT_WIDTH });
  return doc.y + size * 0.5;
}

/** A paragraph at `y`, wrapped to the content width; returns the y below it. */
export function paragraph(doc: PDFKit.PDFDocument, text: string, y: number, size = 10): number {
  doc.font(FONT_FACES.regular).fontSize(size).fillColor('#1d2733');
  doc.text(plainText(text), PAGE.margin, y, { width: CONTENT_WIDTH });
  return doc.y + size * 0.4;
}
