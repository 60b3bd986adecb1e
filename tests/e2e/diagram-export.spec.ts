import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { basicsDiagram, processesDiagram, sampleDocument } from '../fixtures/diagram-samples';
import { writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { readPdf } from '../support/pdf-reader';
import { decodePng } from '../support/png-pixels';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramExportDialog } from './pages/diagram-export-dialog';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/dsvg-shots';

test.describe.configure({ timeout: 300_000 });

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('exports the open diagram as PNG from the File menu, at the chosen scale', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-diagram-export-'));
  const folder = join(base, 'ws');
  await writeWorkspaceFiles(folder, sampleDocument([basicsDiagram(), processesDiagram()]));
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await new WelcomePage(page).openWorkspace(folder);
  await new WorkspacePage(page).showDiagram('Processes');
  await page.screenshot({ path: `${SHOTS}/canvas-processes-1280.png` });

  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).click();
  await page
    .getByRole('menu', { name: 'File' })
    .getByRole('menuitem', { name: 'Export diagram…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export diagram “Processes”' });
  await expect(dialog).toBeVisible();
  await dialog
    .getByRole('group', { name: 'Format' })
    .getByRole('radio', { name: /^PNG\b/ })
    .check();
  await dialog.getByLabel('Scale').selectOption('3');
  const target = join(base, 'processes.png');
  await dialog.getByLabel('File', { exact: true }).fill(target);
  await expect(dialog.getByText('A new file.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/export-dialog-1280.png` });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(target);
  const pixels = decodePng(await readFile(target));
  expect(pixels.width % 3).toBe(0);
  expect(pixels.width).toBeGreaterThan(2000);
});

test('exports the open diagram as a PDF on an A4 landscape page, its labels selectable text', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-diagram-pdf-'));
  const folder = join(base, 'ws');
  await writeWorkspaceFiles(folder, sampleDocument([basicsDiagram(), processesDiagram()]));
  await mkdir(SHOTS, { recursive: true });
  await new WelcomePage(page).openWorkspace(folder);
  await new WorkspacePage(page).showDiagram('Basics');
  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).click();
  await page
    .getByRole('menu', { name: 'File' })
    .getByRole('menuitem', { name: 'Export diagram…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export diagram “Basics”' });
  await dialog
    .getByRole('group', { name: 'Format' })
    .getByRole('radio', { name: /^PDF\b/ })
    .check();
  const pageFields = dialog.getByRole('group', { name: 'Page' });
  await pageFields.getByLabel('Size').selectOption('a4');
  await pageFields.getByRole('radio', { name: 'Landscape' }).check();
  const target = join(base, 'basics.pdf');
  await dialog.getByLabel('File', { exact: true }).fill(target);
  await page.screenshot({ path: `${SHOTS}/export-dialog-pdf.png` });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(target, { timeout: 60_000 });
  const pdf = await readPdf(new Uint8Array(await readFile(target)));
  expect(pdf.pages).toHaveLength(1);
  expect(Math.round(pdf.pages[0]?.width ?? 0)).toBe(842);
  const text = pdf.pages[0]?.text ?? '';
  for (const label of ['Basics', 'Take the order', 'Confirm', 'order in']) {
    expect(text).toContain(label);
  }
});

test('switching the format renames the file, a bundle to .etom.json, and an existing file is replaced only once ticked', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-diagram-target-'));
  const folder = join(base, 'ws');
  await writeWorkspaceFiles(folder, sampleDocument([basicsDiagram()]));
  await new WelcomePage(page).openWorkspace(folder);
  await new WorkspacePage(page).showDiagram('Basics');
  const exporter = await DiagramExportDialog.fromFileMenu(page, 'Basics');
  const formats = exporter.dialog.getByRole('group', { name: 'Format' });
  await exporter.file.fill(join(base, 'basics.svg'));
  await formats.getByRole('radio', { name: /^JSON\b/ }).check();
  await expect(exporter.file).toHaveValue(join(base, 'basics.etom.json'));
  await formats.getByRole('radio', { name: /^PDF\b/ }).check();
  await expect(exporter.file).toHaveValue(join(base, 'basics.pdf'));

  await writeFile(join(base, 'basics.pdf'), 'an older export');
  // The check runs as the path is typed: type it again to see the file that is there now.
  await exporter.file.fill(join(base, 'basics.pd'));
  await exporter.file.fill(join(base, 'basics.pdf'));
  const replace = exporter.dialog.getByRole('checkbox', { name: 'Replace the existing file' });
  await expect(replace).not.toBeChecked();
  await expect(exporter.exportButton).toBeDisabled();
  await replace.check();
  await exporter.exportButton.click();
  await expect(exporter.status).toContainText(join(base, 'basics.pdf'), { timeout: 60_000 });
  expect((await readFile(join(base, 'basics.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
});
