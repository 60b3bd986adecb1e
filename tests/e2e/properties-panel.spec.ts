import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { LibraryPanel } from './pages/library-panel';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

let host: RunningHost;
let folder: string;

// Wide enough that an added node is not placed under a side panel (the canvas work fixes that).
test.use({ viewport: { width: 1600, height: 1000 } });

test.beforeEach(async ({ page }) => {
  host = await startHost();
  folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
});

test.afterEach(async () => {
  await host.stop();
});

async function savedNode(id: string): Promise<Record<string, unknown> | undefined> {
  const text = await readFile(join(folder, 'diagrams', 'order-to-cash.json'), 'utf8');
  const diagram = JSON.parse(text) as { nodes: Array<Record<string, unknown>> };
  return diagram.nodes.find((n) => n.id === id);
}

test('a box’s properties: one undo step per field commit, saved to the diagram file', async ({
  page,
}) => {
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  await ws.node('Capture order').click();
  const panel = page.getByRole('region', { name: 'Properties' });
  await expect(panel).toBeVisible();

  // Typing makes no step; Enter commits the field as one.
  const owner = panel.getByLabel('Owner');
  await owner.fill('Sales ops');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await owner.press('Enter');
  await panel.getByLabel('Tags').fill('front office, core, core');
  await panel.getByLabel('Tags').press('Enter');
  await panel.getByLabel('Description').fill('Takes the order from any channel');
  // A multi-line field commits on leaving it.
  await panel.getByLabel('Tags').focus();
  await panel.getByRole('button', { name: 'Add property' }).click();
  await panel.getByLabel('Property 1 value').fill('2h');
  await panel.getByLabel('Property 1 value').press('Enter');
  await panel
    .getByRole('group', { name: 'Style presets' })
    .getByRole('button', { name: 'Blue' })
    .click();
  await expect(
    panel.getByRole('group', { name: 'Style presets' }).getByRole('button', { name: 'Blue' }),
  ).toHaveAttribute('aria-pressed', 'true');

  // Links: only http(s).
  await panel.getByLabel('New link').fill('javascript:alert(1)');
  await panel.getByRole('button', { name: 'Add link' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Only http:// and https:// links.');
  await panel.getByLabel('New link').fill('https://wiki.example.com/orders');
  await panel.getByLabel('New link').press('Enter');
  await expect(panel.getByRole('list', { name: 'Links' })).toContainText(
    'https://wiki.example.com/orders',
  );
  // Opening asks first; cancelling opens nothing.
  await panel.getByRole('button', { name: 'https://wiki.example.com/orders', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Open link?' });
  await expect(confirm).toContainText('https://wiki.example.com/orders');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('list', { name: 'Used in diagrams' })).toContainText(
    'Order to Cash',
  );

  // Undo takes back the link, then the style, one step each; the owner stays.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('list', { name: 'Links' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    panel.getByRole('group', { name: 'Style presets' }).getByRole('button', { name: 'Default' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(owner).toHaveValue('Sales ops');
  await page.getByRole('button', { name: 'Redo' }).click();

  await ws.save();
  await expect
    .poll(() => savedNode('n-capture'))
    .toMatchObject({
      owner: 'Sales ops',
      tags: ['front office', 'core'],
      description: 'Takes the order from any channel',
      properties: [{ key: 'Property 1', value: '2h' }],
      style: { fill: '#e3eef8', border: '#0b5fa5', text: '#0a2f52' },
    });
});

test('an eTOM node shows its own pack’s process; a connection its kind, label and routing', async ({
  page,
}) => {
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  const library = new LibraryPanel(page);
  const map = await library.openMap();
  await map.scheme.selectOption({ label: 'Classic v14 (reconstructed)' });
  await map.process('1.1.1.5 Order Handling').click();
  await page.getByRole('tab', { name: 'Order to Cash' }).click();
  await library.addSelectedToDiagram();
  await ws.editor.getByRole('button', { name: 'Fit View', exact: true }).click();
  await ws.editor.getByRole('group', { name: /Order Handling/ }).click();
  const panel = page.getByRole('region', { name: 'Properties' });
  await expect(panel.getByRole('heading', { name: '1.1.1.5 Order Handling' })).toBeVisible();

  await ws.canvas.click({ position: { x: 5, y: 5 } });
  await expect(panel).toHaveCount(0);
  // The connection Capture order -> Check credit (clicked on its path, the nodes' gap).
  await ws.editor
    .getByRole('group', { name: 'Connection from Capture order to Check credit' })
    .click({ force: true });
  await expect(panel.getByText('Connection', { exact: true })).toBeVisible();
  await panel.getByLabel('Routing').selectOption('curved');
  await panel.getByLabel('Kind').selectOption('association');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByLabel('Kind')).toHaveValue('flow');
  await expect(panel.getByLabel('Routing')).toHaveValue('curved');
});
