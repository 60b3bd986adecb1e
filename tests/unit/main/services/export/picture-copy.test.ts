import { describe, expect, it } from 'vitest';
import {
  copyPicture,
  type PictureClipboard,
} from '../../../../../main/services/export/picture-copy';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import { diagramNamesOf } from '../../../../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../../../../shared/render/diagram-svg';
import { basicsDiagram, sampleDocument } from '../../../../fixtures/diagram-samples';
import { withoutEmbeddedFont } from '../../../../support/embedded-font';
import { decodePng } from '../../../../support/png-pixels';

const document = sampleDocument([basicsDiagram()]);
const names = diagramNamesOf(document.processes.processes, getBuiltInCatalogue, 'gb921-v25.5');
const svg = renderDiagramSvg(basicsDiagram(), names);
const width = Number(/width="(\d+)"/.exec(svg)![1]);
const height = Number(/height="(\d+)"/.exec(svg)![1]);

/**
 * A recording clipboard: Electron's cannot run here (no Electron binary), so the seam main
 * writes through is recorded instead; main/electron/clipboard.ts is the real one.
 */
function recordingClipboard() {
  const written: Array<{ png?: Uint8Array; svg?: string }> = [];
  const clipboard: PictureClipboard = {
    writePng: (png) => Promise.resolve(void written.push({ png })),
    writeSvg: (text) => Promise.resolve(void written.push({ svg: text })),
  };
  return { clipboard, written };
}

describe('copy as picture', () => {
  it('sends the PNG back at twice the size where main has no clipboard (browser host)', async () => {
    const result = await copyPicture({ format: 'png', svg, scale: 2 }, {});
    expect(result).toMatchObject({ format: 'png', copied: false, width: width * 2 });
    const pixels = decodePng(Buffer.from(result.png!, 'base64'));
    expect({ width: pixels.width, height: pixels.height }).toEqual({
      width: width * 2,
      height: height * 2,
    });
  });

  it('puts it on the clipboard itself where main has one, sending no bytes back', async () => {
    const { clipboard, written } = recordingClipboard();
    const png = await copyPicture({ format: 'png', svg, scale: 1 }, { clipboard });
    expect(png).toEqual({ format: 'png', width, height, copied: true });
    expect(decodePng(written[0]!.png!).width).toBe(width);
    const text = await copyPicture({ format: 'svg', svg }, { clipboard });
    expect(text).toEqual({ format: 'svg', width, height, copied: true });
    expect(withoutEmbeddedFont(written[1]!.svg!)).toBe(svg);
  });

  it('embeds the export font in a copied SVG, as the SVG export does', async () => {
    const { clipboard, written } = recordingClipboard();
    await copyPicture({ format: 'svg', svg }, { clipboard });
    const browser = await copyPicture({ format: 'svg', svg }, {});
    for (const copied of [written[0]!.svg!, browser.svg!]) {
      const faces = copied.match(/@font-face\{[^}]*\}/g) ?? [];
      expect(faces.map((face) => /font-weight:(\d+)/.exec(face)?.[1])).toEqual(['400', '700']);
      expect(copied.indexOf('<defs><style>@font-face')).toBeLessThan(copied.indexOf('<text'));
    }
    expect(browser.svg).toBe(written[0]!.svg);
  });

  it('refuses an SVG outside the export vocabulary, and copies nothing', async () => {
    const { clipboard, written } = recordingClipboard();
    const hostile = svg.replace('</svg>', '<script>alert(1)</script></svg>');
    const error = await copyPicture({ format: 'svg', svg: hostile }, { clipboard }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostFailure);
    expect((error as HostFailure).error.message).toContain('<script>');
    expect(written).toEqual([]);
  });
});
