import { FONT_FACES } from '../export/pdf/svg-to-pdf';
import { PAGE, PAGE_BOTTOM, addReportPage, plainText } from './pdf-text';

/** A column of a report table: its header and its share of the content width. */
export interface PdfColumn {
  header: string;
  width: number;
}

const SIZE = 8.5;
const PAD = 3;
const HEADER_FILL = '#eef2f6';
const RULE = '#d9dfe7';

function rowHeight(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], cells: string[]) {
  let height = 0;
  columns.forEach((column, i) => {
    const text = cells[i] ?? '';
    if (text === '') return;
    height = Math.max(height, doc.heightOfString(text, { width: column.width - 2 * PAD }));
  });
  return Math.max(height, SIZE * 1.2) + 2 * PAD;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn[],
  cells: string[],
  y: number,
  height: number,
  fill: string | null,
): void {
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  if (fill !== null) doc.rect(PAGE.margin, y, width, height).fill(fill);
  doc.fillColor('#1d2733');
  let x = PAGE.margin;
  columns.forEach((column, i) => {
    const text = cells[i] ?? '';
    if (text !== '') {
      doc.text(text, x + PAD, y + PAD, {
        width: column.width - 2 * PAD,
        height: height - 2 * PAD,
        ellipsis: true,
      });
    }
    x += column.width;
  });
  doc
    .moveTo(PAGE.margin, y + height)
    .lineTo(PAGE.margin + width, y + height)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

/**
 * Draws a table from `y` down: a shaded header row, then one row per entry, each cell's text
 * wrapped to its column (a long rationale makes a tall row). A row that does not fit goes to a
 * new page, where the header is drawn again. Returns the y below the table.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  startY: number,
): number {
  const header = columns.map((c) => c.header);
  const drawHeader = (y: number) => {
    doc.font(FONT_FACES.bold).fontSize(SIZE);
    const height = rowHeight(doc, columns, header);
    drawRow(doc, columns, header, y, height, HEADER_FILL);
    doc.font(FONT_FACES.regular).fontSize(SIZE);
    return y + height;
  };
  let y = drawHeader(startY);
  for (const row of rows) {
    const cells = row.map(plainText);
    const height = rowHeight(doc, columns, cells);
    if (y + height > PAGE_BOTTOM) {
      addReportPage(doc);
      y = drawHeader(PAGE.margin);
    }
    // A row taller than a page is cut at the page's foot rather than looping for ever.
    drawRow(doc, columns, cells, y, Math.min(height, PAGE_BOTTOM - y), null);
    y += Math.min(height, PAGE_BOTTOM - y);
  }
  return y + 10;
}
