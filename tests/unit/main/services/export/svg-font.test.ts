import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as fontkit from 'fontkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../main/services/export/exporter';
import { checkSvgTree } from '../../../../../main/services/export/svg-check';
import { drawnCharacters } from '../../../../../main/services/export/svg-font';
import { readSvgTree } from '../../../../../main/services/export/svg-tree';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import { diagramNamesOf } from '../../../../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../../../../shared/render/diagram-svg';
import {
  basicsDiagram,
  processesDiagram,
  sampleDocument,
} from '../../../../fixtures/diagram-samples';
import { makeTempDir } from '../../../../fixtures/workspace-builder';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-svg-font-'));
});
afterEach(async () => {
  await cleanup();
});

const document = sampleDocument([basicsDiagram(), processesDiagram()]);
const names = diagramNamesOf(document.processes.processes, getBuiltInCatalogue, 'gb921-v25.5');

/** The faces an SVG embeds: weight and the font read back from its data URI. */
function embeddedFaces(svg: string) {
  return [
    ...svg.matchAll(
      /@font-face\{font-family:'Noto Sans';font-style:normal;font-weight:(\d+);src:url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\) format\('truetype'\)\}/g,
    ),
  ].map((match) => ({
    weight: Number(match[1]),
    bytes: Buffer.from(match[2]!, 'base64'),
    font: fontkit.create(Buffer.from(match[2]!, 'base64')) as fontkit.Font,
  }));
}

describe('the export font inside an SVG export', () => {
  it('holds the regular and bold glyphs of every character the picture draws, and no others', async () => {
    const svg = renderDiagramSvg(processesDiagram(), names);
    const target = path.join(dir, 'processes.svg');
    await writeExport({ path: target, format: 'svg', svg });
    const written = await readFile(target, 'utf8');
    const faces = embeddedFaces(written);
    expect(faces.map((face) => face.weight)).toEqual([400, 700]);
    const drawn = drawnCharacters(checkSvgTree(svg, target).root);
    expect(drawn).toContain('M');
    for (const { font, bytes } of faces) {
      for (const char of drawn) {
        if (char.trim() === '') continue;
        expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
      }
      // A subset: a letter the picture does not draw is left out, and the face is small.
      expect(drawn).not.toContain('Ж');
      expect(font.hasGlyphForCodePoint('Ж'.codePointAt(0)!)).toBe(false);
      expect(bytes.byteLength).toBeLessThan(30_000);
    }
    // The picture is the same otherwise: the fonts go in one <defs> under the root.
    expect(written.replace(/<defs><style>[^<]*<\/style><\/defs>/, '')).toBe(svg);
  });

  it('names the font first in the picture, so its text draws in the embedded glyphs', async () => {
    const svg = renderDiagramSvg(basicsDiagram(), names);
    const target = path.join(dir, 'basics.svg');
    await writeExport({ path: target, format: 'svg', svg });
    const written = await readFile(target, 'utf8');
    expect(written).toMatch(/<svg [^>]*font-family="Noto Sans,/);
    expect(embeddedFaces(written)).toHaveLength(2);
  });
});

describe('drawnCharacters', () => {
  it('reads the text of <text>, not of the title', () => {
    const root = readSvgTree(
      '<svg xmlns="http://www.w3.org/2000/svg"><title>Quiz</title><g><text>Ab</text><text>bc &amp; d</text></g></svg>',
    );
    expect([...drawnCharacters(root)].sort().join('')).toBe(' &Abcd');
  });
});
