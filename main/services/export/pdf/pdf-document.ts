import PDFDocument from 'pdfkit';
import type { PdfOrientation, PdfPageSize } from '../../../../shared/ipc/methods/export-methods';
import type { ExportFontFiles } from '../export-font';
import { NO_JOB, type ExportJob } from '../export-jobs';
import { checkSvgTree } from '../svg-check';
import { PAGE_MARGIN, TITLE_SIZE, layoutPage, sheetSize } from './pdf-page-layout';
import { FONT_FACES, drawSvgIntoPdf, svgForPdf, type ParsedSvg } from './svg-to-pdf';

/** One picture of a PDF: an SVG our renderer drew, on a page of its own. */
export interface PdfPicture {
  svg: string;
  /** Printed above the picture, listed on the contents page and in the bookmarks. */
  title?: string;
}

export interface PdfLayoutOptions {
  size: PdfPageSize;
  /** For A4 and A3; portrait by default. */
  orientation?: PdfOrientation;
  /** The document's title (its properties, and the contents page's heading). */
  documentTitle?: string;
  /** Contents page(s) first: by default only for more than one picture. */
  contents?: boolean;
}

/** A finished PDF. */
export interface PdfBytes {
  bytes: Uint8Array;
  pages: number;
}

const CONTENTS_HEADING_SIZE = 18;
const CONTENTS_LINE = 20;
const CONTENTS_SIZE = 11;

const destination = (index: number) => `picture-${index + 1}`;
const titleOf = (picture: PdfPicture, index: number) =>
  picture.title !== undefined && picture.title.trim() !== ''
    ? picture.title
    : `Picture ${index + 1}`;

/**
 * A PDFKit document set in the export font (all four faces registered under FONT_FACES), with
 * `title` in its properties. `bufferPages` keeps every page open, so a writer can go back to
 * fill in page numbers and a contents page.
 */
export function newDocument(
  fonts: ExportFontFiles,
  title: string | undefined,
  bufferPages = false,
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages,
    // No default font here (not PDFKit's Helvetica, whose metrics file a build may not ship):
    // the export font is set below by its registered name. Opened first by its path, PDFKit
    // would cache it under the path and parse the file again on every later font(name) call.
    font: null as unknown as string,
    info: { Creator: 'eTOM Studio', ...(title === undefined ? {} : { Title: title }) },
    displayTitle: title !== undefined,
    lang: 'en',
  });
  doc.registerFont(FONT_FACES.regular, fonts.regular);
  doc.registerFont(FONT_FACES.bold, fonts.bold);
  doc.registerFont(FONT_FACES.italic, fonts.italic);
  doc.registerFont(FONT_FACES.boldItalic, fonts.boldItalic);
  doc.font(FONT_FACES.regular);
  return doc;
}

/** How many contents lines fit on one contents page. */
function contentsLinesPerPage(height: number): number {
  return Math.max(
    1,
    Math.floor((height - 2 * PAGE_MARGIN - CONTENTS_HEADING_SIZE * 2) / CONTENTS_LINE),
  );
}

/**
 * The contents page(s): the heading, then one line per picture with its page number, each a
 * link to that page (a named destination, so it may point forward to a page not yet added).
 */
function addContents(
  doc: PDFKit.PDFDocument,
  pictures: readonly PdfPicture[],
  options: PdfLayoutOptions,
  contentsPages: number,
): void {
  const sheet = sheetSize(
    options.size === 'fit' ? 'a4' : options.size,
    options.orientation ?? 'portrait',
  );
  const perPage = contentsLinesPerPage(sheet.height);
  const width = sheet.width - 2 * PAGE_MARGIN;
  for (let page = 0; page < contentsPages; page += 1) {
    doc.addPage({ size: [sheet.width, sheet.height], margin: 0 });
    if (page === 0) doc.outline.addItem('Contents');
    doc.font(FONT_FACES.bold).fontSize(CONTENTS_HEADING_SIZE).fillColor('#000000');
    doc.text(options.documentTitle ?? 'Contents', PAGE_MARGIN, PAGE_MARGIN, {
      width,
      lineBreak: false,
      ellipsis: true,
      height: CONTENTS_HEADING_SIZE * 1.5,
    });
    doc.font(FONT_FACES.regular).fontSize(CONTENTS_SIZE);
    pictures.slice(page * perPage, (page + 1) * perPage).forEach((picture, i) => {
      const index = page * perPage + i;
      const y = PAGE_MARGIN + CONTENTS_HEADING_SIZE * 2 + i * CONTENTS_LINE;
      const number = String(contentsPages + index + 1);
      const numberWidth = doc.widthOfString(number);
      doc.text(titleOf(picture, index), PAGE_MARGIN, y, {
        width: width - numberWidth - 24,
        height: CONTENTS_LINE,
        lineBreak: false,
        ellipsis: true,
      });
      doc.text(number, PAGE_MARGIN + width - numberWidth, y, { lineBreak: false });
      doc.goTo(PAGE_MARGIN, y, width, CONTENTS_SIZE * 1.4, destination(index));
    });
  }
}

function addPicture(
  doc: PDFKit.PDFDocument,
  picture: PdfPicture,
  parsed: ParsedSvg,
  index: number,
  options: PdfLayoutOptions,
  file: string,
): void {
  const hasTitle = picture.title !== undefined && picture.title.trim() !== '';
  const layout = layoutPage(parsed, {
    size: options.size,
    ...(options.orientation === undefined ? {} : { orientation: options.orientation }),
    title: hasTitle,
  });
  doc.addPage({ size: [layout.width, layout.height], margin: 0 });
  doc.addNamedDestination(destination(index));
  doc.outline.addItem(titleOf(picture, index));
  if (layout.title !== null) {
    doc.font(FONT_FACES.bold).fontSize(TITLE_SIZE).fillColor('#000000');
    doc.text(picture.title!, layout.title.x, layout.title.y, {
      width: layout.title.width,
      height: TITLE_SIZE * 1.4,
      lineBreak: false,
      ellipsis: true,
    });
  }
  doc.save();
  doc.translate(layout.picture.x, layout.picture.y).scale(layout.picture.scale);
  drawSvgIntoPdf(doc, parsed, file);
  doc.restore();
}

/**
 * Makes a vector PDF of `pictures`, one page each, text set in the embedded (subset) export
 * font so it stays selectable and searchable. With more than one picture (or `contents`),
 * contents page(s) come first, listing each picture with its page number and a link to it;
 * every page has a bookmark. Each SVG is checked first (`checkSvgTree`, the export vocabulary)
 * and then translated; the first problem throws INVALID_ARGUMENT naming `file` and the
 * element, before any byte is written. `job` hears of each picture checked and each page drawn, and may stop the work
 * between them (a page itself is drawn in one go).
 */
export async function renderPdf(
  pictures: readonly PdfPicture[],
  options: PdfLayoutOptions,
  fonts: ExportFontFiles,
  file: string,
  job: ExportJob = NO_JOB,
): Promise<PdfBytes> {
  if (pictures.length === 0) throw new Error('renderPdf: no pictures');
  const parsed: ParsedSvg[] = [];
  for (const [index, picture] of pictures.entries()) {
    job.report('checking', index, pictures.length);
    await job.checkpoint();
    parsed.push(svgForPdf(checkSvgTree(picture.svg, file).root, file));
  }
  const title = options.documentTitle ?? (pictures.length === 1 ? pictures[0]!.title : undefined);
  const doc = newDocument(fonts, title);
  const output = collectPdf(doc);
  let contentsPages = 0;
  try {
    if (options.contents ?? pictures.length > 1) {
      const sheet = sheetSize(
        options.size === 'fit' ? 'a4' : options.size,
        options.orientation ?? 'portrait',
      );
      contentsPages = Math.ceil(pictures.length / contentsLinesPerPage(sheet.height));
      addContents(doc, pictures, options, contentsPages);
    }
    for (const [index, picture] of pictures.entries()) {
      job.report('drawing', index, pictures.length);
      await job.checkpoint();
      addPicture(doc, picture, parsed[index]!, index, options, file);
    }
  } finally {
    doc.end();
  }
  return { bytes: await output, pages: contentsPages + pictures.length };
}

/**
 * The bytes `doc` writes, once it is ended. A drawing problem that throws mid-document ends the
 * stream too: its output is then dropped (the promise is never left unhandled).
 */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const buffer = Buffer.concat(chunks);
      resolve(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    });
    doc.on('error', reject);
  });
  finished.catch(() => undefined);
  return finished;
}
