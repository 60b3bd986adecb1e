import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { measureText } from '../../../../shared/render/text-wrap';
import { exportFontFiles } from '../../../../main/services/export/export-font';

/**
 * text-wrap.ts estimates widths without a font; exports draw in the export font. Its real glyph
 * advances (read from the font file by PDFKit's font engine, kerning and ligatures applied) must
 * never be wider than the estimate, or a wrapped line would overflow its box in the PNG and PDF.
 */
describe('measureText against the export font', () => {
  const fonts = exportFontFiles();
  const doc = new PDFDocument({ autoFirstPage: false, font: fonts.regular });
  const real = (text: string, size: number, bold: boolean) =>
    doc
      .font(bold ? fonts.bold : fonts.regular)
      .fontSize(size)
      .widthOfString(text);

  const catalogue = getBuiltInCatalogue('gb921-v25.5')!;
  const labels = [
    ...new Set([
      ...catalogue.processes.filter((p) => p.level <= 3).map((p) => p.name),
      ...catalogue.processes.filter((p) => p.level <= 3).map((p) => p.id),
      'WWWWWWWWWW mmmmmmmmmm @@@@ %%%%',
      'iiiiiiiiii llllllll ....',
      '0123456789',
    ]),
  ];

  it.each([
    ['regular', false],
    ['bold', true],
  ])('holds every level 1-3 name and id, %s', (_face, bold) => {
    let worst = { label: '', ratio: 0 };
    for (const label of labels) {
      const ratio = real(label, 10, bold) / measureText(label, 10, bold);
      if (ratio > worst.ratio) worst = { label, ratio };
    }
    console.log(
      `export font, ${_face}: ${labels.length} labels, widest against the estimate ${(worst.ratio * 100).toFixed(1)}% ("${worst.label}")`,
    );
    expect(worst.ratio).toBeLessThanOrEqual(1);
  });
});
