import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { exportFontFiles } from '../../../../../main/services/export/export-font';
import {
  exportFontCoverage,
  needsSystemFonts,
} from '../../../../../main/services/export/png-fonts';
import { rasterOptions, renderPng } from '../../../../../main/services/export/png-render';
import { renderDiagramSvg } from '../../../../../shared/render/diagram-svg';
import { EXPORT_FONT_FAMILY } from '../../../../../shared/render/export-font';
import { MAP_FONT_FAMILY, MAP_MONO_FAMILY } from '../../../../../shared/render/map-colours';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import { diagramNamesOf } from '../../../../../shared/render/diagram-names';
import { basicsDiagram, sampleDocument } from '../../../../fixtures/diagram-samples';
import { decodePng } from '../../../../support/png-pixels';

const covered = exportFontCoverage(exportFontFiles());

const picture = (texts: string, family = MAP_FONT_FAMILY) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="${family}">${texts}</svg>`;

describe('needsSystemFonts', () => {
  it('is false when every text asks for the export font and it draws every character', () => {
    expect(
      needsSystemFonts(picture('<text x="4" y="20">Order Handling, café – 10 €…</text>'), covered),
    ).toBe(false);
    expect(
      needsSystemFonts(picture('<text x="4" y="20">a &amp; b &lt;c&gt; &#233;</text>'), covered),
    ).toBe(false);
    expect(
      needsSystemFonts(
        picture('<text x="4" y="20" font-weight="700">Bold</text><title>→ 漢</title>'),
        covered,
      ),
    ).toBe(false);
  });

  it('is true for a character the export font lacks, written or as a reference', () => {
    expect(needsSystemFonts(picture('<text x="4" y="20">Fulfil → Assure</text>'), covered)).toBe(
      true,
    );
    expect(needsSystemFonts(picture('<text x="4" y="20">受注</text>'), covered)).toBe(true);
    expect(needsSystemFonts(picture('<text x="4" y="20">done &#x2713;</text>'), covered)).toBe(
      true,
    );
  });

  it('is true for a font list that does not start with the export font', () => {
    const mono = `<text x="4" y="20" font-family="${MAP_MONO_FAMILY}">1.1.1</text>`;
    expect(needsSystemFonts(picture(mono), covered)).toBe(true);
    expect(needsSystemFonts(picture('<text x="4" y="20">A</text>', 'DejaVu Sans'), covered)).toBe(
      true,
    );
  });

  it('is true when a text is not plain text it can read', () => {
    expect(needsSystemFonts(picture('<text x="4" y="20"><tspan>A</tspan></text>'), covered)).toBe(
      true,
    );
  });
});

describe('renderPng without the system fonts', () => {
  it('asks resvg for the system fonts only when the text needs them', () => {
    const plain = picture('<text x="4" y="20">Capture Customer Order</text>');
    const mono = picture(`<text x="4" y="20" font-family="${MAP_MONO_FAMILY}">1.1.1</text>`);
    const arrow = picture('<text x="4" y="20">Fulfil → Assure</text>');
    expect(rasterOptions(plain, 2, {}).font?.loadSystemFonts).toBe(false);
    expect(rasterOptions(mono, 2, {}).font?.loadSystemFonts).toBe(true);
    expect(rasterOptions(arrow, 2, {}).font?.loadSystemFonts).toBe(true);
    // The export font is always loaded, and named as the default.
    expect(rasterOptions(plain, 2, {}).font?.fontFiles).toEqual(Object.values(exportFontFiles()));
    expect(rasterOptions(plain, 2, {}).font?.defaultFontFamily).toBe(EXPORT_FONT_FAMILY);
  });

  it('draws a diagram whose text the export font covers exactly as with them', async () => {
    const document = sampleDocument([basicsDiagram()]);
    const names = diagramNamesOf(document.processes.processes, getBuiltInCatalogue, 'gb921-v25.5');
    const svg = renderDiagramSvg(basicsDiagram(), names);
    expect(needsSystemFonts(svg, covered)).toBe(false);
    const ours = decodePng((await renderPng(svg, null, '/tmp/x.png', { scale: 1 })).png);
    const withSystem = decodePng(
      (
        await renderAsync(svg, {
          background: 'white',
          fitTo: { mode: 'zoom', value: 1 },
          font: {
            loadSystemFonts: true,
            fontFiles: Object.values(exportFontFiles()),
            defaultFontFamily: EXPORT_FONT_FAMILY,
          },
          logLevel: 'off',
        })
      ).asPng(),
    );
    expect(ours.width).toBe(withSystem.width);
    expect(Buffer.from(ours.rgba).equals(Buffer.from(withSystem.rgba))).toBe(true);
  });
});
