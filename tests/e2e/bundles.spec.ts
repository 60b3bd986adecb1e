import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { ExportBundleDialog, ImportBundleDialog } from './pages/bundle-dialogs';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SAMPLE = resolve('assets/sample-workspace');
const SHOTS = '/tmp/w4-bundle-shots';

interface Named {
  id: string;
  name: string;
  code?: string;
}

async function json<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** A copy of the sample whose "Order to activate" diagram and process ota-01 differ: two clashes. */
async function clashingCopy(folder: string): Promise<void> {
  await cp(SAMPLE, folder, { recursive: true });
  const diagramFile = join(folder, 'diagrams/order-to-activate.json');
  const diagram = await json<{ name: string }>(diagramFile);
  await writeFile(diagramFile, JSON.stringify({ ...diagram, name: 'Order to activate (ours)' }));
  const processesFile = join(folder, 'processes.json');
  const processes = await json<{ processes: Named[] }>(processesFile);
  processes.processes = processes.processes.map((p) =>
    p.id === 'ota-01' ? { ...p, name: 'Capture order (ours)' } : p,
  );
  await writeFile(processesFile, JSON.stringify(processes));
}

// Two workspaces, an export, an import with clashes and a save: slow on a loaded machine.
test.describe.configure({ timeout: 300_000 });

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('exports a diagram as a bundle from one workspace and imports it into another with clashes', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-bundle-'));
  const source = join(base, 'source');
  const target = join(base, 'target');
  await cp(SAMPLE, source, { recursive: true });
  await clashingCopy(target);
  const bundleFile = join(base, 'order-to-activate.etom.json');
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Export one diagram, chosen from the diagram list's context menu.
  await new WelcomePage(page).openWorkspace(source);
  const ws = new WorkspacePage(page);
  await ws.diagrams.getByRole('button', { name: /^Order to activate/ }).click({ button: 'right' });
  await page
    .getByRole('menu', { name: 'Diagram Order to activate actions' })
    .getByRole('menuitem', { name: 'Export as bundle…' })
    .click();
  const exporter = new ExportBundleDialog(page);
  await expect(exporter.dialog).toBeVisible();
  await expect(exporter.diagram('Order to activate')).toBeChecked();
  await expect(exporter.diagram('Bill to cash')).not.toBeChecked();
  await exporter.file.fill(bundleFile);
  await page.screenshot({ path: `${SHOTS}/export-1280.png` });
  await exporter.exportTo(bundleFile);
  const written = await json<{
    format: string;
    diagrams: Named[];
    processes: { processes: Named[] };
  }>(bundleFile);
  expect(written.format).toBe('etom-studio.bundle');
  expect(written.diagrams.map((d) => d.name)).toEqual(['Order to activate']);

  // The File menu's export starts with every diagram ticked.
  const all = await ExportBundleDialog.fromFileMenu(page);
  await expect(all.allDiagrams()).toBeChecked();
  await all.dialog.getByRole('button', { name: 'Cancel' }).click();

  // A broken bundle: the error names the file and the place.
  const broken = join(base, 'broken.etom.json');
  await writeFile(broken, JSON.stringify({ ...written, diagrams: [{ id: 'x' }] }));

  await ws.header.getByRole('button', { name: 'Close workspace' }).click();
  await new WelcomePage(page).openWorkspace(target);
  const importer = await ImportBundleDialog.fromFileMenu(page);
  await importer.read(broken);
  await expect(importer.dialog.getByRole('alert')).toContainText('broken.etom.json');
  await expect(importer.dialog.getByRole('alert')).toContainText('diagrams[0]');
  await expect(importer.importButton).toBeDisabled();

  await importer.read(bundleFile);
  await expect(importer.counts()).toHaveText([
    '1',
    String(written.processes.processes.length),
    /\d+/,
    /\d+/,
  ]);
  // The diagram and the process differ here; the process's mappings then point elsewhere.
  await expect(importer.clashes.getByRole('row')).not.toHaveCount(0);
  await expect(importer.clashes).toContainText('Order to activate');
  await expect(importer.clashes).toContainText('Capture sales order');
  await importer.choose('diagram', 'order-to-activate', 'Replace');
  await page.screenshot({ path: `${SHOTS}/import-preview-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/import-preview-1920.png` });
  await importer.importButton.click();
  await expect(importer.dialog).toBeHidden();
  await expect(ws.diagrams.getByRole('button', { name: /^Order to activate\b/ })).toBeVisible();
  await expect(ws.diagrams.getByRole('button', { name: /\(ours\)/ })).toHaveCount(0);

  // One undo step takes the whole import back; redo brings it again.
  await ws.expectUnsaved();
  await page
    .getByRole('menubar', { name: 'Application menu' })
    .getByRole('menuitem', { name: 'Edit' })
    .click();
  await page.getByRole('menu', { name: 'Edit' }).getByRole('menuitem', { name: 'Undo' }).click();
  await expect(ws.diagrams.getByRole('button', { name: /\(ours\)/ })).toHaveCount(1);
  await page
    .getByRole('menubar', { name: 'Application menu' })
    .getByRole('menuitem', { name: 'Edit' })
    .click();
  await page.getByRole('menu', { name: 'Edit' }).getByRole('menuitem', { name: 'Redo' }).click();
  await expect(ws.diagrams.getByRole('button', { name: /\(ours\)/ })).toHaveCount(0);
  await ws.save();

  // On disk: the diagram replaced, the process kept beside ours under a new id and code.
  const diagram = await json<{ name: string; nodes: Array<{ processId?: string }> }>(
    join(target, 'diagrams/order-to-activate.json'),
  );
  expect(diagram.name).toBe('Order to activate');
  const processes = (await json<{ processes: Named[] }>(join(target, 'processes.json'))).processes;
  expect(processes.find((p) => p.id === 'ota-01')?.name).toBe('Capture order (ours)');
  const kept = processes.find((p) => p.name === 'Capture sales order');
  expect(kept?.id).not.toBe('ota-01');
  expect(kept?.code).toBe('OTA-01-2');
  // The replaced diagram shows the bundle's process, under its new id.
  expect(diagram.nodes.some((n) => n.processId === kept?.id)).toBe(true);
  expect(diagram.nodes.some((n) => n.processId === 'ota-01')).toBe(false);
});
