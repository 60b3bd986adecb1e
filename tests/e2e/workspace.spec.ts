import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

interface DiagramJson {
  name: string;
  nodes: Array<{ id: string; kind: string; label?: string; x: number; y: number }>;
  edges: Array<{ source: string; target: string; label?: string }>;
}

let host: RunningHost;
let folder: string;

test.beforeEach(async () => {
  host = await startHost();
  folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-ws-')), 'acme');
});

test.afterEach(async () => {
  await host.stop();
});

/** Opens the app, creates the "Acme Telco" workspace and a diagram named `diagram`. */
async function startWorkspace(page: Page, diagram: string): Promise<WorkspacePage> {
  await host.open(page);
  await new WelcomePage(page).createWorkspace('Acme Telco', folder);
  const ws = new WorkspacePage(page);
  await ws.newDiagram(diagram);
  return ws;
}

async function readDiagram(id: string): Promise<DiagramJson> {
  return JSON.parse(await readFile(join(folder, 'diagrams', `${id}.json`), 'utf8')) as DiagramJson;
}

test('create a workspace, draw and rename boxes, save, reload: everything is there as readable JSON', async ({
  page,
}) => {
  const ws = await startWorkspace(page, 'Order to Cash');
  // Save stands out only while there is something to save.
  const saveButton = ws.header.getByRole('button', { name: 'Save', exact: true });
  await ws.addBox('Capture order');
  await ws.addBox('Check credit');
  await ws.expectUnsaved();
  await expect(saveButton).toHaveClass(/\bprimary\b/);
  await ws.save();
  await expect(page).toHaveTitle('Acme Telco — eTOM Studio');
  await expect(saveButton).not.toHaveClass(/\bprimary\b/);

  const files = await readdir(join(folder, 'diagrams'));
  expect(files).toEqual(['order-to-cash.json']);
  const text = await readFile(join(folder, 'diagrams', 'order-to-cash.json'), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  expect(text).toContain('\n  "format": "etom-studio.diagram",\n');
  const diagram = JSON.parse(text) as DiagramJson;
  expect(diagram.name).toBe('Order to Cash');
  expect(diagram.nodes.map((n) => n.label).sort()).toEqual(['Capture order', 'Check credit']);

  // A fresh page load and the recent list bring back exactly what was saved.
  await page.reload();
  const welcome = new WelcomePage(page);
  await welcome.openRecent('Acme Telco');
  await ws.showDiagram('Order to Cash');
  await expect(ws.node('Capture order')).toBeVisible();
  await expect(ws.node('Check credit')).toBeVisible();
  await expect(ws.status).toHaveText('Saved');
});

test('moving (by mouse and by arrow keys) and deleting a box are saved, and undo brings it back', async ({
  page,
}) => {
  const ws = await startWorkspace(page, 'Assurance');
  await ws.addBox('Detect fault');
  await ws.save();
  const before = (await readDiagram('assurance')).nodes[0]!;

  const box = ws.node('Detect fault');
  const area = (await box.boundingBox())!;
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width / 2 + 120, area.y + area.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  await ws.save();
  const moved = (await readDiagram('assurance')).nodes[0]!;
  expect(moved.x).toBeGreaterThan(before.x + 50);
  expect(moved.y).toBeGreaterThan(before.y + 20);

  // Arrow keys move the selected box too, one undo step a press.
  await box.click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await ws.save();
  const nudged = (await readDiagram('assurance')).nodes[0]!;
  expect(nudged.y).toBeGreaterThan(moved.y);
  expect(nudged.x).toBe(moved.x);
  await page.keyboard.press('Control+z');
  await ws.save();
  expect((await readDiagram('assurance')).nodes[0]!.y).toBeLessThan(nudged.y);

  await box.click();
  await page.keyboard.press('Delete');
  await expect(ws.node('Detect fault')).toHaveCount(0);
  await ws.save();
  expect((await readDiagram('assurance')).nodes).toEqual([]);

  await ws.header.getByRole('button', { name: 'Undo' }).click();
  await expect(ws.node('Detect fault')).toBeVisible();
  await ws.save();
  expect((await readDiagram('assurance')).nodes).toHaveLength(1);
});

test('a change made outside the app is noticed and can be reloaded', async ({ page }) => {
  const ws = await startWorkspace(page, 'Billing');
  await ws.addBox('Rate usage');
  await ws.save();

  // Another editor replaces the file atomically, as git checkout or a text editor would.
  const file = join(folder, 'diagrams', 'billing.json');
  const diagram = await readDiagram('billing');
  diagram.nodes[0]!.label = 'Rate usage events';
  await writeFile(`${file}.tmp`, `${JSON.stringify(diagram, null, 2)}\n`);
  await rename(`${file}.tmp`, file);

  const prompt = page.getByRole('dialog');
  await expect(prompt).toContainText('billing.json');
  await prompt.getByRole('button', { name: 'Reload from disk' }).click();
  await expect(ws.node('Rate usage events')).toBeVisible();
  await expect(ws.status).toHaveText('Saved');
});

test('saving over a file changed outside the app asks first and keeps the disk until told', async ({
  page,
}) => {
  const ws = await startWorkspace(page, 'Fulfilment');
  await ws.addBox('Design service');
  await ws.save();
  await ws.addBox('Activate service');

  const file = join(folder, 'diagrams', 'fulfilment.json');
  const outside = (await readFile(file, 'utf8')).replace('Design service', 'Design servicE');
  await writeFile(file, outside);

  await page.keyboard.press('Control+s');
  const conflict = page.getByRole('dialog');
  await expect(conflict.getByRole('button', { name: 'Keep mine' })).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(outside);
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(ws.status).toHaveText('Saved');
  const saved = await readDiagram('fulfilment');
  expect(saved.nodes.map((n) => n.label).sort()).toEqual(['Activate service', 'Design service']);
});

/** Every journal file's text, joined; empty while there is none. */
async function journalText(dataDir: string): Promise<string> {
  const dir = join(dataDir, 'journal');
  const names = await readdir(dir).catch(() => []);
  const texts = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
  return texts.join('\n');
}

test('after the host is killed mid-edit, the next start offers the unsaved work back', async ({
  page,
}) => {
  const ws = await startWorkspace(page, 'Order to Cash');
  await ws.addBox('Capture order');
  await ws.save();
  await ws.addBox('Unsaved step');
  await ws.expectUnsaved();

  // The journal reaches the app-data folder within about a second of the last edit (the
  // rename from "New box" included).
  await expect.poll(() => journalText(host.dataDir)).toContain('Unsaved step');
  await host.kill();

  host = await startHost(host.dataDir);
  await host.open(page);
  await new WelcomePage(page).openRecent('Acme Telco');
  const recovery = page.getByRole('dialog', { name: 'Unsaved changes found' });
  await recovery.getByRole('button', { name: 'Restore' }).click();
  await ws.showDiagram('Order to Cash');
  await expect(ws.node('Unsaved step')).toBeVisible();
  await ws.expectUnsaved();
  await ws.save();
  const saved = await readDiagram('order-to-cash');
  expect(saved.nodes.map((n) => n.label).sort()).toEqual(['Capture order', 'Unsaved step']);
  expect(await readdir(join(host.dataDir, 'journal'))).toEqual([]);
});

test('the recent list marks a workspace whose folder is gone, and removes it; Ctrl+O opens', async ({
  page,
}) => {
  const ws = await startWorkspace(page, 'Order to Cash');
  await ws.save();
  await ws.header.getByRole('button', { name: 'Close workspace' }).click();
  const welcome = new WelcomePage(page);
  const entry = welcome.recent.getByRole('button', { name: 'Open Acme Telco', exact: true });
  await expect(entry).toBeEnabled();
  // Pointing at an entry asks the host to inspect it, once (which starts its read worker
  // before the click); the same entry hovered or focused again asks nothing more.
  const inspected: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/folder.inspect')) inspected.push(request.postData() ?? '');
  });
  await entry.hover();
  await expect.poll(() => inspected.length).toBe(1);
  expect(inspected[0]).toContain(JSON.stringify(folder).slice(1, -1));
  await page.mouse.move(0, 0);
  await entry.hover();
  await entry.focus();
  await expect(entry).toBeFocused();
  // A request the page made before this round trip is reported before its answer.
  await page.evaluate(() => 0);
  expect(inspected).toHaveLength(1);

  await rm(folder, { recursive: true });
  await page.reload();
  const missing = welcome.recent.getByRole('button', { name: 'Open Acme Telco (missing)' });
  await expect(missing).toBeDisabled();
  await welcome.recent.getByRole('button', { name: 'Remove Acme Telco from recent' }).click();
  await expect(page.getByText('No recent workspaces yet.')).toBeVisible();

  await page.keyboard.press('Control+o');
  await expect(page.getByRole('dialog', { name: 'Open workspace' })).toBeVisible();
});

test('diagrams are renamed, duplicated and deleted from the list, and the files follow on save', async ({
  page,
}) => {
  const ws = await startWorkspace(page, 'Order to Cash');
  await ws.addBox('Capture order');
  await ws.save();

  await ws.diagrams.getByRole('button', { name: 'Rename diagram' }).click();
  await page.getByLabel('Diagram name').fill('Lead to Cash');
  await page.getByLabel('Diagram name').press('Enter');
  await expect(ws.tabs.getByRole('tab', { name: 'Lead to Cash' })).toBeVisible();

  await ws.diagrams.getByRole('button', { name: 'Duplicate diagram' }).click();
  await page.getByLabel('Diagram name').fill('Lead to Cash (B2B)');
  await page.getByLabel('Diagram name').press('Enter');
  await expect(ws.tabs.getByRole('tab', { name: 'Lead to Cash (B2B)' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(ws.node('Capture order')).toBeVisible();
  await ws.save();

  // A rename keeps the file (its id is stable); the copy gets a file of its own.
  const files = (await readdir(join(folder, 'diagrams'))).sort();
  expect(files).toEqual(['lead-to-cash-b2b.json', 'order-to-cash.json']);
  expect((await readDiagram('order-to-cash')).name).toBe('Lead to Cash');
  expect((await readDiagram('lead-to-cash-b2b')).nodes.map((n) => n.label)).toEqual([
    'Capture order',
  ]);

  await ws.showDiagram('Lead to Cash');
  await ws.diagrams.getByRole('button', { name: 'Delete diagram' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete diagram?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(ws.diagrams.getByRole('button', { name: 'Lead to Cash', exact: true })).toHaveCount(
    0,
  );
  await ws.save();
  expect(await readdir(join(folder, 'diagrams'))).toEqual(['lead-to-cash-b2b.json']);

  await ws.header.getByRole('button', { name: 'Undo' }).click();
  await ws.save();
  expect((await readdir(join(folder, 'diagrams'))).sort()).toEqual([
    'lead-to-cash-b2b.json',
    'order-to-cash.json',
  ]);
});

test('closing the page with unsaved changes asks first; with everything saved it does not', async ({
  page,
}) => {
  const ws = await startWorkspace(page, 'Order to Cash');
  await ws.addBox('Capture order');
  await ws.save();
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.reload();
  expect(asked).toEqual([]);

  await new WelcomePage(page).openRecent('Acme Telco');
  await ws.showDiagram('Order to Cash');
  await ws.addBox('Check credit');
  await ws.expectUnsaved();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  // Dismissed, the prompt keeps the page open and usable: the unsaved box is there and saves
  // (every step below throws if the page went).
  await expect(ws.node('Check credit')).toBeVisible();
  await ws.save();
  // With everything saved, closing asks nothing and the page goes.
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(asked).toEqual(['beforeunload']);
});

test('dragging from one box to another connects them, and the connection takes a label', async ({
  page,
}) => {
  const ws = await startWorkspace(page, 'Order to Cash');
  await ws.addBox('Capture order');
  await ws.addBox('Check credit');
  const from = (await ws.node('Capture order').boundingBox())!;
  const to = (await ws.node('Check credit').boundingBox())!;
  // From the source handle on the right edge to the target's left edge.
  await page.mouse.move(from.x + from.width, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 2, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();
  const connection = ws.editor.getByRole('group', {
    name: 'Connection from Capture order to Check credit',
  });
  await expect(connection).toHaveCount(1);

  await connection.dblclick({ force: true });
  await page.getByLabel('Connection label').fill('order captured');
  await page.getByRole('button', { name: 'Apply' }).click();
  await ws.save();
  const diagram = await readDiagram('order-to-cash');
  const ids = new Map(diagram.nodes.map((n) => [n.label, n.id]));
  expect(diagram.edges).toEqual([
    expect.objectContaining({
      source: ids.get('Capture order'),
      target: ids.get('Check credit'),
      label: 'order captured',
    }),
  ]);
});
