import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { DOMParser } from '@xmldom/xmldom';
import { HEAT_STEPS } from '../../shared/coverage/heat-palette';
import { checkSvg } from '../../main/services/export/svg-check';
import { withoutEmbeddedFont } from '../support/embedded-font';
import { readPdf } from '../support/pdf-reader';
import { decodePng } from '../support/png-pixels';
import { startHost, type RunningHost } from './support/browser-host';
import { HeatMapPage } from './pages/heat-map-page';
import { MapExportDialog } from './pages/map-export-dialog';
import { WelcomePage } from './pages/welcome-page';

const SAMPLE = resolve('assets/sample-workspace');
const SHOTS = '/tmp/rpdf-shots';

let host: RunningHost;
let out: string;

test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page }) => {
  host = await startHost();
  out = await mkdtemp(join(tmpdir(), 'etom-e2e-heat-export-'));
  // Kept for a person to look at; on a fresh machine no other spec has made the folder yet.
  await mkdir(SHOTS, { recursive: true });
  const folder = join(out, 'sample');
  await cp(SAMPLE, folder, { recursive: true });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  await new HeatMapPage(page).open();
});

test.afterEach(async () => {
  await host.stop();
});

/** The text of every `<text>`, and the fills of every `<rect>`, of an SVG file. */
function svgContent(svg: string): { texts: string[]; fills: Set<string> } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
  const fills = new Set(
    [...doc.getElementsByTagName('rect')].map((r) => (r.getAttribute('fill') ?? '').toLowerCase()),
  );
  return { texts, fills };
}

test('exports the heat map as SVG with its paints, its key and the n/m captions', async ({
  page,
}) => {
  const target = join(out, 'heat.svg');
  const dialog = await MapExportDialog.openHeatMap(page);
  await dialog.chooseFormat('SVG');
  await dialog.exportTo(target);
  await dialog.close();
  const svg = await readFile(target, 'utf8');
  // Main's own vocabulary check: nothing but the shapes and text our builder makes, and the
  // export font main embeds after it.
  expect(svg).toContain("@font-face{font-family:'Noto Sans'");
  expect(checkSvg(withoutEmbeddedFont(svg), target)).not.toBeNull();
  const { texts, fills } = svgContent(svg);
  expect(texts).toContain('Coverage heat map, GB921 Business Process Framework (eTOM) v25.5');
  for (const step of HEAT_STEPS) expect(texts).toContain(step.label);
  expect(texts).toContain('not in scope');
  // Some process is painted with a step colour and captioned "n/m p%".
  expect(HEAT_STEPS.filter((s) => fills.has(s.fill.toLowerCase())).length).toBeGreaterThan(1);
  expect(texts.some((t) => /\d+\/\d+ \d+%/.test(t))).toBe(true);
});

test('exports the heat map as PNG at 3x on a transparent background, and as PDF', async ({
  page,
}) => {
  const pngPath = join(out, 'heat.png');
  let dialog = await MapExportDialog.openHeatMap(page);
  await dialog.chooseFormat('PNG');
  await dialog.choosePng(3, true);
  await dialog.exportTo(pngPath, 60_000);
  await dialog.close();
  const png = await readFile(pngPath);
  expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  const svgPath = join(out, 'heat-for-size.svg');
  dialog = await MapExportDialog.openHeatMap(page);
  await dialog.chooseFormat('SVG');
  await dialog.exportTo(svgPath);
  await dialog.close();
  const size = checkSvg(withoutEmbeddedFont(await readFile(svgPath, 'utf8')), svgPath)!;
  expect(png.readUInt32BE(16)).toBe(Math.round(size.width * 3));
  expect(png.readUInt32BE(20)).toBe(Math.round(size.height * 3));
  // Nothing is painted behind the map: its top-left corner is see-through; a cell is not.
  const pixels = decodePng(png);
  expect(pixels.rgba[3]).toBe(0);
  const at = (x: number, y: number) => pixels.rgba[(y * pixels.width + x) * 4 + 3];
  expect(at(Math.round(pixels.width / 2), Math.round(pixels.height / 2))).toBe(255);
  await writeFile(join(SHOTS, 'heat-map-3x.png'), png);

  const pdfPath = join(out, 'heat.pdf');
  dialog = await MapExportDialog.openHeatMap(page);
  await dialog.chooseFormat('PDF');
  await dialog.choosePage('A3', 'Landscape');
  await dialog.exportTo(pdfPath, 90_000);
  await dialog.close();
  const bytes = await readFile(pdfPath);
  await writeFile(join(SHOTS, 'heat-map.pdf'), bytes);
  const pdf = await readPdf(bytes);
  expect(pdf.pages).toHaveLength(1);
  const text = pdf.pages[0]!.text;
  for (const step of HEAT_STEPS) expect(text).toContain(step.label);
  expect(text).toContain('not in scope');
  expect(text).toContain('1.3.3');
  expect(text).toContain('Coverage heat map');
});
