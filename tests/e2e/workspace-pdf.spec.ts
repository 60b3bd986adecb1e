import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { basicsDiagram, processesDiagram, sampleDocument } from '../fixtures/diagram-samples';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { readPdf } from '../support/pdf-reader';
import { startHost, type RunningHost } from './support/browser-host';
import { ImportBundleDialog } from './pages/bundle-dialogs';
import { DiagramExportDialog } from './pages/diagram-export-dialog';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/expws-shots';

test.describe.configure({ timeout: 300_000 });

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
  await mkdir(SHOTS, { recursive: true });
});
test.afterEach(async () => {
  await host.stop();
});

test('exports every diagram into one PDF with a contents page, from the diagram export dialog', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-workspace-pdf-'));
  const folder = join(base, 'ws');
  await writeWorkspaceFiles(folder, sampleDocument([basicsDiagram(), processesDiagram()]));
  await page.setViewportSize({ width: 1280, height: 720 });
  await new WelcomePage(page).openWorkspace(folder);
  await new WorkspacePage(page).showDiagram('Basics');

  const exporter = await DiagramExportDialog.fromFileMenu(page, 'Basics');
  await exporter.chooseWorkspacePdf('a4', 'Landscape');
  const target = join(base, 'diagrams.pdf');
  await exporter.typePath(target);
  await page.screenshot({ path: `${SHOTS}/dialog-workspace-pdf-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/dialog-workspace-pdf-1920.png` });
  await exporter.exportButton.click();
  await expect(exporter.status).toContainText(`Saved to ${target}`, { timeout: 60_000 });

  const pdf = await readPdf(new Uint8Array(await readFile(target)));
  expect(pdf.pages).toHaveLength(3);
  expect(pdf.outline).toEqual(['Contents', 'Basics', 'Processes']);
  expect(pdf.pages[0]!.text).toMatch(/Basics\s+2\s+Processes\s+3/);
  expect(pdf.pages[1]!.text).toContain('Take the order');
  expect(pdf.pages[2]!.text).toContain('Capture customer order');
  for (const sheet of pdf.pages) expect(Math.round(sheet.width)).toBe(842);
  // Look at the pages as a reader would.
  execFileSync('pdftoppm', ['-png', '-r', '60', target, `${SHOTS}/workspace-page`]);
  await exporter.dialog.getByRole('button', { name: 'Close' }).click();

  // The bundle import says it also reads pictures with the diagram embedded.
  const importer = await ImportBundleDialog.fromFileMenu(page);
  await expect(importer.file).toHaveAccessibleDescription(/PNG or SVG picture exported with/);
});

test('a long whole-workspace PDF shows its progress and Cancel stops it: nothing is written', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-workspace-pdf-cancel-'));
  const folder = join(base, 'ws');
  // Big enough that each page takes a while to draw, even on a quiet machine.
  await writeWorkspaceFiles(folder, buildDocument({ diagrams: 12, nodesPerDiagram: 300 }));
  await page.setViewportSize({ width: 1280, height: 720 });
  await new WelcomePage(page).openWorkspace(folder);
  await new WorkspacePage(page).showDiagram('Diagram diagram-1');

  const exporter = await DiagramExportDialog.fromFileMenu(page, 'Diagram diagram-1');
  await exporter.chooseWorkspacePdf('a3', 'Portrait');
  const target = join(base, 'everything.pdf');
  await exporter.typePath(target);
  await exporter.exportButton.click();
  await expect(exporter.progress).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/progress-1280.png` });
  // The page draws the diagrams, then main checks them and writes the pages, counted; Cancel
  // is clicked while main writes them.
  expect(await exporter.cancelOnStatus(/^Writing page \d+ of 12…$/)).toMatch(/^Writing page/);
  await expect(exporter.status).toHaveText('Export cancelled; nothing was written.', {
    timeout: 120_000,
  });
  await page.screenshot({ path: `${SHOTS}/cancelled-1280.png` });
  // Main stopped: no PDF, and no temp file beside where it would have been, even later.
  await page.waitForTimeout(3_000);
  expect(await readdir(base)).toEqual(['ws']);
  await expect(exporter.exportButton).toBeEnabled();
});
