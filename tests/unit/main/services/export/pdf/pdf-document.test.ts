import { describe, expect, it } from 'vitest';
import { HostFailure, type HostError } from '../../../../../../shared/ipc/errors';
import { exportFontFiles } from '../../../../../../main/services/export/export-font';
import {
  newDocument,
  renderPdf,
  type PdfPicture,
} from '../../../../../../main/services/export/pdf/pdf-document';
import { FONT_FACES } from '../../../../../../main/services/export/pdf/svg-to-pdf';
import { PAGE_MARGIN, SHEETS } from '../../../../../../main/services/export/pdf/pdf-page-layout';
import { readPdf } from '../../../../../support/pdf-reader';

const FONTS = exportFontFiles();
const FILE = '/exports/out.pdf';

const picture = (label: string, width = 200, height = 100): PdfPicture => ({
  svg:
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans, sans-serif">` +
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="4" fill="#eef" stroke="#336"/>` +
    `<text x="10" y="30" font-size="12">${label}</text>` +
    `<text x="${width / 2}" y="60" font-size="10" font-weight="700" text-anchor="middle">Bold ${label}</text>` +
    '</svg>',
  title: `Page of ${label}`,
});

async function refusal(pictures: PdfPicture[]): Promise<HostError> {
  try {
    await renderPdf(pictures, { size: 'fit' }, FONTS, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(HostFailure);
    return (error as HostFailure).error;
  }
  throw new Error('the PDF was made');
}

describe('newDocument', () => {
  it('opens each face of the export font once, however often a writer switches faces', () => {
    const doc = newDocument(FONTS, 'Faces');
    for (let i = 0; i < 50; i += 1) doc.font(FONT_FACES.bold).font(FONT_FACES.regular);
    // PDFKit numbers every font it opens (F1, F2...): the file is parsed once per number. Each
    // switch parsed the regular face again while the document's default font was set by path.
    expect((doc as unknown as { _fontCount: number })._fontCount).toBe(2);
    doc.end();
  });
});

describe('renderPdf', () => {
  it('makes a fitted page the drawing’s size at 96 dpi plus the margin, with the labels as text in the embedded font', async () => {
    const { bytes, pages } = await renderPdf(
      [{ svg: picture('Order Handling').svg }],
      { size: 'fit' },
      FONTS,
      FILE,
    );
    const pdf = await readPdf(bytes);
    expect(pages).toBe(1);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.width).toBeCloseTo(200 * 0.75 + 2 * PAGE_MARGIN, 1);
    expect(pdf.pages[0]!.height).toBeCloseTo(100 * 0.75 + 2 * PAGE_MARGIN, 1);
    expect(pdf.pages[0]!.items).toEqual(
      expect.arrayContaining(['Order Handling', 'Bold Order Handling']),
    );
    expect(pdf.embeddedFonts.sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
  });

  it('scales to fit A4 landscape and A3 portrait, with the title line above', async () => {
    const a4 = await readPdf(
      (await renderPdf([picture('Billing')], { size: 'a4', orientation: 'landscape' }, FONTS, FILE))
        .bytes,
    );
    expect([a4.pages[0]!.width, a4.pages[0]!.height]).toEqual([SHEETS.a4[1], SHEETS.a4[0]]);
    expect(a4.pages[0]!.items[0]).toBe('Page of Billing');
    expect(a4.title).toBe('Page of Billing');
    const a3 = await readPdf(
      (await renderPdf([picture('Billing')], { size: 'a3' }, FONTS, FILE)).bytes,
    );
    expect([a3.pages[0]!.width, a3.pages[0]!.height]).toEqual([SHEETS.a3[0], SHEETS.a3[1]]);
  });

  it('puts several pictures one a page after a contents page with page numbers and bookmarks', async () => {
    const result = await renderPdf(
      [picture('Alpha'), picture('Beta', 400, 300), picture('Gamma')],
      { size: 'a4', documentTitle: 'Workspace diagrams' },
      FONTS,
      FILE,
    );
    const pdf = await readPdf(result.bytes);
    expect(result.pages).toBe(4);
    expect(pdf.pages).toHaveLength(4);
    const contents = pdf.pages[0]!.items.filter((item) => item.trim() !== '');
    expect(contents).toEqual([
      'Workspace diagrams',
      'Page of Alpha',
      '2',
      'Page of Beta',
      '3',
      'Page of Gamma',
      '4',
    ]);
    expect(pdf.outline).toEqual(['Contents', 'Page of Alpha', 'Page of Beta', 'Page of Gamma']);
    expect(pdf.pages[2]!.items).toContain('Beta');
  });

  it('spreads a long contents list over several contents pages', async () => {
    const many = Array.from({ length: 40 }, (_, i) => picture(`P${i + 1}`, 40, 40));
    const result = await renderPdf(many, { size: 'a4' }, FONTS, FILE);
    const pdf = await readPdf(result.bytes);
    const contentsPages = result.pages - many.length;
    expect(contentsPages).toBe(2);
    expect(pdf.pages).toHaveLength(42);
    // The first picture is on the page after the contents, and the contents say so.
    expect(pdf.pages[0]!.items).toContain(String(contentsPages + 1));
    expect(pdf.pages[contentsPages]!.items).toContain('P1');
    expect(pdf.pages[41]!.items).toContain('P40');
  });

  it('writes hostile labels as text, never as PDF syntax or script', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      ') Tj /JavaScript (app.alert(1)) ET',
      '%PDF-1.7 endobj << /S /Launch >>',
      'Ünïcødé — Заказ Ω',
    ];
    const escaped = hostile.map((label) =>
      label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200">' +
      escaped.map((label, i) => `<text x="5" y="${30 + i * 30}">${label}</text>`).join('') +
      '</svg>';
    const { bytes } = await renderPdf([{ svg }], { size: 'fit' }, FONTS, FILE);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]!.items.filter((item) => item.trim() !== '')).toEqual(hostile);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/Launch|\/OpenAction/);
  });

  it('refuses SVG outside the export vocabulary before drawing, naming the file', async () => {
    const error = await refusal([
      picture('fine'),
      {
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><image width="9" height="9"/></svg>',
      },
    ]);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', file: FILE });
    expect(error.message).toMatch(/<image>/);
  });
});
