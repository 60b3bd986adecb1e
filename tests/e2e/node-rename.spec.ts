import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * Rename (F2 or a double-click) on a company process's node renames the process, wherever it
 * is drawn and in processes.json, as one undoable step; on an eTOM process, whose name is its
 * pack's, or on a node whose company process is gone, it says why in the status bar instead of
 * doing nothing.
 */
let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('F2 renames a company process in place; on an eTOM process it says why it cannot', async ({
  page,
}) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-rename-')), 'ws');
  await cp(resolve('assets/sample-workspace'), folder, { recursive: true });
  // "Credit vet new customer" (ota-02) gone from processes.json, its node left on the diagram.
  const file = join(folder, 'processes.json');
  const processes = JSON.parse(await readFile(file, 'utf8')) as { processes: { id: string }[] };
  processes.processes = processes.processes.filter((p) => p.id !== 'ota-02');
  await writeFile(file, `${JSON.stringify(processes, null, 2)}\n`);
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to activate');

  const capture = ws.node('Capture sales order');
  await capture.click();
  await page.keyboard.press('F2');
  const field = ws.editor.getByRole('textbox', { name: 'Process name' });
  await expect(field).toHaveValue('Capture sales order');
  await field.fill('Capture and check sales order');
  await field.press('Enter');
  await expect(ws.node('Capture and check sales order')).toBeVisible();

  // A name cannot be emptied: the process keeps it.
  await ws.node('Capture and check sales order').dblclick();
  await ws.editor.getByRole('textbox', { name: 'Process name' }).fill('   ');
  await ws.editor.getByRole('textbox', { name: 'Process name' }).press('Enter');
  await expect(page.getByRole('contentinfo')).toContainText(
    'A process needs a name: it keeps “Capture and check sales order”.',
  );
  await expect(ws.node('Capture and check sales order')).toBeVisible();

  await ws.save();
  const saved = JSON.parse(await readFile(join(folder, 'processes.json'), 'utf8')) as {
    processes: { id: string; name: string }[];
  };
  expect(saved.processes.find((p) => p.id === 'ota-01')?.name).toBe(
    'Capture and check sales order',
  );

  // One undo takes the rename back, and says what it undoes.
  await expect(ws.header.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    /Rename process/,
  );
  await page.keyboard.press('Control+z');
  await expect(ws.node('Capture sales order')).toBeVisible();

  // The name of another process is taken, with a word about it; undone again.
  await ws.node('Capture sales order').dblclick();
  await ws.editor
    .getByRole('textbox', { name: 'Process name' })
    .fill('Validate address and serviceability');
  await ws.editor.getByRole('textbox', { name: 'Process name' }).press('Enter');
  await expect(page.getByRole('contentinfo')).toContainText(
    'Renamed. Another process, OTA-03, is also called “Validate address and serviceability”.',
  );
  await page.keyboard.press('Control+z');
  await expect(ws.node('Capture sales order')).toBeVisible();

  // An eTOM process keeps its pack's name, and the status bar says so.
  await ws.node('Manage Customer Order Placement').click();
  await page.keyboard.press('F2');
  await expect(ws.editor.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText(
    'The names of eTOM processes come from the framework: 1.3.3.10',
  );
  await page.screenshot({ path: test.info().outputPath('framework-rename-notice.png') });

  // A node whose company process is gone has nothing to rename, and says so.
  await ws.node('Missing process ota-02').click();
  await page.keyboard.press('F2');
  await expect(ws.editor.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText(
    'The company process ota-02 is no longer in the workspace',
  );
  // A notice is about the diagram it was given on: another tab shown, it goes.
  await ws.showDiagram('Bill to cash');
  await expect(page.getByRole('contentinfo')).not.toContainText('is no longer in the workspace');
});
