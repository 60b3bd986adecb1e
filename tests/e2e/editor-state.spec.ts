import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

let host: RunningHost;
let folder: string;

test.beforeEach(async () => {
  host = await startHost();
  folder = await writeEditorWorkspace();
});

test.afterEach(async () => {
  await host.stop();
});

test('undo acts on the diagram on screen; diagram-list changes undo from any tab; selection is not history', async ({
  page,
}) => {
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  const undo = ws.header.getByRole('button', { name: 'Undo' });

  await ws.showDiagram('Order to Cash');
  await ws.editor.getByRole('button', { name: 'Add box' }).click();
  await expect(ws.node('New box')).toHaveCount(1);
  await ws.showDiagram('Billing');
  await ws.editor.getByRole('button', { name: 'Add note' }).click();
  await expect(ws.node('Note')).toHaveCount(1);

  // In Billing, undo takes back Billing's note, and then there is nothing more to undo here.
  await page.keyboard.press('Control+z');
  await expect(ws.node('Note')).toHaveCount(0);
  await expect(undo).toBeDisabled();
  await ws.showDiagram('Order to Cash');
  await expect(ws.node('New box')).toHaveCount(1);
  await expect(undo).toHaveAttribute('title', /Undo Add box/);

  // Selecting is neither an edit nor an undo step, and each diagram keeps its own.
  await ws.save();
  await ws.node('Capture order').click();
  await expect(ws.selectionStatus).toHaveText('1 selected');
  await expect(ws.status).toHaveText('Saved');
  await expect(undo).toHaveAttribute('title', /Undo Add box/);
  await ws.showDiagram('Billing');
  await expect(ws.selectionStatus).toHaveCount(0);
  await ws.showDiagram('Order to Cash');
  await expect(ws.selectionStatus).toHaveText('1 selected');

  // A new diagram is a workspace change: undone from its own tab, it goes again.
  await ws.newDiagram('Fulfilment');
  await expect(undo).toHaveAttribute('title', /Undo New diagram/);
  await page.keyboard.press('Control+z');
  await expect(ws.diagrams.getByRole('button', { name: 'Fulfilment' })).toHaveCount(0);
  await expect(ws.status).toHaveText('Saved');

  // Back on Order to Cash, undo reaches its box, saved since: the document is dirty again.
  await ws.showDiagram('Order to Cash');
  await page.keyboard.press('Control+z');
  await expect(ws.node('New box')).toHaveCount(0);
  await ws.expectUnsaved();
  await ws.save();
  expect((await readdir(join(folder, 'diagrams'))).sort()).toEqual([
    'billing.json',
    'order-to-cash.json',
  ]);
});

test('tabs: the framework map is a tab like the diagrams, and the arrow keys move between tabs', async ({
  page,
}) => {
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Framework map' }).click();
  const mapTab = ws.tabs.getByRole('tab', { name: 'Framework map' });
  await expect(mapTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Framework map' })).toBeVisible();

  await mapTab.focus();
  await page.keyboard.press('ArrowLeft');
  const orderTab = ws.tabs.getByRole('tab', { name: 'Order to Cash' });
  await expect(orderTab).toBeFocused();
  await expect(orderTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Order to Cash' })).toBeVisible();

  // "Close tab" closes the tab on screen; the next one to its right takes its place.
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Close tab' }).click();
  await expect(orderTab).toHaveCount(0);
  await expect(mapTab).toHaveAttribute('aria-selected', 'true');
});

test('keys typed into a field stay there, except Save and the palette', async ({ page }) => {
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  await ws.node('Capture order').click();

  // In the library's search field, Ctrl+A, Delete and ? edit the text, not the diagram.
  const search = page.getByLabel('Search processes');
  await search.fill('order');
  await search.press('Control+a');
  await search.press('Delete');
  await expect(search).toHaveValue('');
  await search.press('?');
  await expect(search).toHaveValue('?');
  await expect(ws.node('Capture order')).toHaveCount(1);
  await expect(ws.selectionStatus).toHaveText('1 selected');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  // Ctrl+K reaches through the field to open the palette.
  await search.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Ctrl+S while renaming a box saves, the new name included.
  await ws.node('Capture order').dblclick();
  const field = ws.editor.getByLabel('Box label');
  await field.fill('Take order');
  await field.press('Control+s');
  await expect(ws.status).toHaveText('Saved');
  await expect(ws.node('Take order')).toBeVisible();
});

test('a tab opened past the end of a full tab strip is scrolled into view, and so is one chosen again', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  const names = ['Quarterly review of partner settlement', 'Enterprise service onboarding flow'];
  for (const name of names) await ws.newDiagram(name);
  for (const view of ['Framework map', 'Mapping table', 'Coverage heat map']) {
    await page.getByRole('menuitem', { name: 'View' }).click();
    await page.getByRole('menuitem', { name: view, exact: true }).click();
  }
  const strip = await ws.tabs.boundingBox();
  if (!strip) throw new Error('the tab strip has no box');
  /** Whether all of the selected tab lies within the strip. */
  const selectedInside = async () => {
    const box = await ws.tabs.getByRole('tab', { selected: true }).boundingBox();
    return box !== null && box.x >= strip.x - 1 && box.x + box.width <= strip.x + strip.width + 1;
  };
  // The strip overflows: something is out of view, yet the new tab is in it.
  expect(await ws.tabs.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await selectedInside()).toBe(true);
  // Back to the first diagram from the list: the strip scrolls back to it.
  await ws.showDiagram(names[0]!);
  expect(await selectedInside()).toBe(true);
  await page.screenshot({ path: test.info().outputPath('tabs-scrolled.png') });
});
