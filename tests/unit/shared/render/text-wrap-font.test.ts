import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { fontAdvancesModule, readFaceAdvances } from '../../../../scripts/font/advances-source';
import { measureText } from '../../../../shared/render/text-wrap';
import { exportFontFiles } from '../../../../main/services/export/export-font';
import { readFile } from 'node:fs/promises';

/**
 * text-wrap.ts measures with the export font's advances (font-advances.ts). The table must be
 * the font's as shipped, and a line it measures must never draw wider in the PNG and PDF, where
 * the font engine applies kerning and ligatures.
 */
describe('measureText against the export font', () => {
  const fonts = exportFontFiles();
  const doc = new PDFDocument({ autoFirstPage: false, font: fonts.regular });
  const real = (text: string, size: number, bold: boolean) =>
    doc
      .font(bold ? fonts.bold : fonts.regular)
      .fontSize(size)
      .widthOfString(text);

  it('uses the advances of the font files the app ships (npm run build:font-advances)', async () => {
    const committed = await readFile(
      new URL('../../../../shared/render/font-advances.ts', import.meta.url),
      'utf8',
    );
    const fresh = fontAdvancesModule({
      regular: readFaceAdvances(fonts.regular),
      bold: readFaceAdvances(fonts.bold),
    });
    expect(committed).toBe(fresh);
  });

  it('gives a character the font has its advance, and one it lacks a wider estimate', () => {
    expect(measureText('A', 1000)).toBeCloseTo(real('A', 1000, false), 6);
    expect(measureText('W', 1000, true)).toBeCloseTo(real('W', 1000, true), 6);
    // No kerning: "AV" is the sum of its advances, wider than the kerned pair.
    expect(measureText('AV', 10)).toBeCloseTo(measureText('A', 10) + measureText('V', 10), 9);
    expect(measureText('AV', 10)).toBeGreaterThan(real('AV', 10, false));
    // CJK and arrows come from a system font: estimated, never zero.
    expect(measureText('→', 10)).toBeGreaterThan(5);
    expect(measureText('漢字', 10)).toBeGreaterThan(10);
  });

  const catalogue = getBuiltInCatalogue('gb921-v25.5')!;
  const labels = [
    ...new Set([
      ...catalogue.processes.filter((p) => p.level <= 3).map((p) => p.name),
      ...catalogue.processes.filter((p) => p.level <= 3).map((p) => p.id),
      'WWWWWWWWWW mmmmmmmmmm @@@@ %%%%',
      'iiiiiiiiii llllllll ....',
      'Office fluff affiliate',
      'Ärger über Straße, Ñandú, Łódź, Ωμέγα, Щука',
      '0123456789',
    ]),
  ];

  it.each([
    ['regular', false],
    ['bold', true],
  ])('measures every level 1-3 name and id no narrower than drawn, %s', (face, bold) => {
    let worst = { label: '', ratio: 0 };
    for (const label of labels) {
      const ratio = real(label, 10, bold) / measureText(label, 10, bold);
      if (ratio > worst.ratio) worst = { label, ratio };
    }
    console.log(
      `export font, ${face}: ${labels.length} labels, widest drawn against measured ${(worst.ratio * 100).toFixed(2)}% ("${worst.label}")`,
    );
    // Ligatures (bold "ffl") may add a hundredth of a percent: under a tenth of a pixel a line.
    expect(worst.ratio).toBeLessThanOrEqual(1.001);
    // And no wider than needed: a line is measured as the font draws it, within kerning.
    expect(worst.ratio).toBeGreaterThan(0.99);
  });
});
