import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test } from './support/test';
import { readPdf } from '../support/pdf-reader';
import { startHost, type RunningHost } from './support/browser-host';
import { LibraryPanel } from './pages/library-panel';
import { MapExportDialog } from './pages/map-export-dialog';
import { WelcomePage } from './pages/welcome-page';

let host: RunningHost;
let out: string;

test.beforeEach(async ({ page }) => {
  host = await startHost();
  out = await mkdtemp(join(tmpdir(), 'etom-e2e-export-'));
  await host.open(page);
  await new WelcomePage(page).createWorkspace('Export e2e', join(out, 'workspace'));
});

test.afterEach(async () => {
  await host.stop();
});

/** Every text node of a parsed SVG, joined: what a search in the file would find. */
function svgText(svg: string): { text: string; scripts: number } {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  const texts = doc.getElementsByTagName('text');
  const parts: string[] = [];
  for (let i = 0; i < texts.length; i += 1) parts.push(texts.item(i)!.textContent ?? '');
  return { text: parts.join('\n'), scripts: doc.getElementsByTagName('script').length };
}

test('exports the framework map as SVG and as PNG into a folder', async ({ page }) => {
  const map = await new LibraryPanel(page).openMap();
  await expect(map.overview).toBeVisible();

  const svgPath = join(out, 'framework-map.svg');
  let dialog = await MapExportDialog.open(page);
  await dialog.chooseFormat('SVG');
  await dialog.exportTo(svgPath);
  await dialog.close();
  const svg = svgText(await readFile(svgPath, 'utf8'));
  expect(svg.scripts).toBe(0);
  expect(svg.text).toContain('1.3.3');
  expect(svg.text).toContain('Customer Order Processing Management');
  expect(svg.text).toContain('Process identifiers and names from TM Forum GB921');

  const pngPath = join(out, 'framework-map.png');
  dialog = await MapExportDialog.open(page);
  await dialog.chooseFormat('PNG');
  // Rasterising the whole map takes seconds on a loaded machine.
  await dialog.exportTo(pngPath, 60_000);
  await dialog.close();
  const png = await readFile(pngPath);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBeGreaterThan(2000);
});

test('exports the framework map as a PDF page whose labels are text', async ({ page }) => {
  await new LibraryPanel(page).openMap();
  const pdfPath = join(out, 'framework-map.pdf');
  const dialog = await MapExportDialog.open(page);
  await dialog.chooseFormat('PDF');
  await dialog.choosePage('A4', 'Landscape');
  await dialog.exportTo(pdfPath, 60_000);
  await dialog.close();
  const pdf = await readPdf(await readFile(pdfPath));
  expect(pdf.pages).toHaveLength(1);
  expect([Math.round(pdf.pages[0]!.width), Math.round(pdf.pages[0]!.height)]).toEqual([842, 595]);
  expect(pdf.pages[0]!.text).toContain('Customer Order Processing Management');
  expect(pdf.pages[0]!.text).toContain('Process identifiers and names from TM Forum GB921');
  expect(pdf.embeddedFonts).toContain('NotoSans-Regular');
});

test('checks the path, and replaces an existing file only when confirmed', async ({ page }) => {
  await new LibraryPanel(page).openMap();
  const dialog = await MapExportDialog.open(page);
  await dialog.typePath('map.svg');
  await expect(dialog.file).toHaveAccessibleDescription(/full path/);
  await expect(dialog.exportButton).toBeDisabled();
  await dialog.typePath(join(out, 'no-such-folder', 'map.svg'));
  await expect(dialog.file).toHaveAccessibleDescription(/folder does not exist/);
  await dialog.typePath(join(out, 'map.png'));
  await expect(dialog.file).toHaveAccessibleDescription(/\.svg/);

  const existing = join(out, 'existing.svg');
  await writeFile(existing, 'old');
  await dialog.typePath(existing);
  await expect(dialog.file).toHaveAccessibleDescription('A file with this name exists.');
  await expect(dialog.exportButton).toBeDisabled();
  await dialog.replace.check();
  await dialog.exportButton.click();
  await expect(dialog.dialog.getByRole('status')).toContainText(`Saved to ${existing}`);
  expect(svgText(await readFile(existing, 'utf8')).text).toContain('1.3.3');
});
