import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { openSampleCopy } from './support/sample-copy';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * The sidebar lists diagrams by name as a reader sorts them, so the list keeps its order when
 * the workspace is saved and opened again (a workspace read from disk holds its diagrams in
 * file name order, one being edited in the order they were made). A workspace opens again on
 * the tabs it was left with (renderer/state/tab-memory.ts).
 */
let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('the diagram list is in name order, the same before and after a reopen', async ({ page }) => {
  const folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  for (const name of ['Zeta flow', 'Flow 10', 'flow 2', 'Assurance']) await ws.newDiagram(name);
  const names = page.locator('.diagram-list .diagram-name');
  const expected = ['Assurance', 'Billing', 'flow 2', 'Flow 10', 'Order to Cash', 'Zeta flow'];
  await expect(names).toHaveText(expected);

  await ws.save();
  await page.getByRole('button', { name: 'Close workspace' }).click();
  await new WelcomePage(page).openWorkspace(folder);
  await expect(names).toHaveText(expected);
});

test('a workspace opens again on the tabs it was left with, less a diagram deleted since', async ({
  page,
}) => {
  const folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.newDiagram('Assurance');
  await page.getByRole('button', { name: 'Framework map' }).click();
  await ws.showDiagram('Order to Cash');
  const tabNames = ws.tabs.getByRole('tab');
  // "Billing" opened first: the first diagram of the list.
  const left = ['Billing', 'Assurance', 'Framework map', 'Order to Cash'];
  await expect(tabNames).toHaveText(left.map((name) => new RegExp(name)));
  await ws.save();

  await page.getByRole('button', { name: 'Close workspace' }).click();
  await new WelcomePage(page).openWorkspace(folder);
  await expect(tabNames).toHaveText(left.map((name) => new RegExp(name)));
  await expect(ws.tabs.getByRole('tab', { name: 'Order to Cash', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // "Assurance" deleted on disk meanwhile: the others open, the same one shown.
  await page.getByRole('button', { name: 'Close workspace' }).click();
  const files = await readdir(join(folder, 'diagrams'));
  const assurance = files.find((name) => name.startsWith('assurance'));
  if (!assurance) throw new Error(`no file for "Assurance" among ${files.join(', ')}`);
  await rm(join(folder, 'diagrams', assurance));
  await new WelcomePage(page).openWorkspace(folder);
  await expect(tabNames).toHaveText(
    ['Billing', 'Framework map', 'Order to Cash'].map((name) => new RegExp(name)),
  );
  await expect(ws.tabs.getByRole('tab', { name: 'Order to Cash', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('tabs out of sight are shown to be there, and a button brings them into view', async ({
  page,
}) => {
  const folder = await writeEditorWorkspace();
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  const before = page.getByRole('button', { name: 'Show the tabs before' });
  const after = page.getByRole('button', { name: 'Show the tabs after' });
  await expect(before).toHaveCount(0);
  for (const name of [
    'Quarterly partner settlement',
    'Enterprise service onboarding',
    'Fibre order to activate',
    'Mobile number port-in',
    'Wholesale access ordering',
    'Partner trouble management',
  ]) {
    await ws.newDiagram(name);
  }
  // The newest tab is shown at the strip's end: the first ones lie before it.
  await expect(before).toBeVisible();
  await expect(after).toHaveCount(0);
  const first = ws.tabs.getByRole('tab').first();
  await expect(first).not.toBeInViewport({ ratio: 1 });
  await before.click();
  await expect(first).toBeInViewport({ ratio: 1 });
  await expect(before).toHaveCount(0);
  await expect(after).toBeVisible();
  // A narrower window leaves the strip where the user scrolled it, not back at the selected tab.
  await page.setViewportSize({ width: 1240, height: 720 });
  await expect(first).toBeInViewport({ ratio: 1 });
  await page.setViewportSize({ width: 1280, height: 720 });
  // Before the strip scrolled, the names were cut down to a word or two, the whole in the tooltip.
  const label = ws.tabs.getByRole('tab', { name: 'Quarterly partner settlement' });
  await expect(label).toHaveAttribute('title', 'Quarterly partner settlement');
  expect(await label.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('tabs-overflow.png') });
});

test('tabs that do not fit give up width, the longest names first, before the strip scrolls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await openSampleCopy(page, 'etom-e2e-tabs-');
  const ws = new WorkspacePage(page);
  // Four views beside the diagram: their names are 17 px too wide for the strip at 1280x720.
  for (const view of ['Framework map', 'Mapping table', 'Coverage heat map', 'Scope (L2 list)']) {
    await page.getByRole('menuitem', { name: 'View', exact: true }).click();
    await page.getByRole('menuitem', { name: view, exact: true }).click();
  }
  const tabs = ws.tabs.getByRole('tab');
  await expect(tabs).toHaveCount(5);
  await expect(page.getByRole('button', { name: /^Show the tabs/ })).toHaveCount(0);
  for (const tab of await tabs.all()) await expect(tab).toBeInViewport({ ratio: 1 });
  // Only the longest name is cut; the others are whole.
  const cut = await tabs.evaluateAll((labels) =>
    labels.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.getAttribute('title')),
  );
  expect(cut).toEqual(['Coverage heat map']);
  await page.screenshot({ path: test.info().outputPath('tabs-cut.png') });
});

test('a diagram opens again where it was left, and looking round it changes no file', async ({
  page,
}) => {
  const folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  const files = await readdir(join(folder, 'diagrams'));
  const file = join(
    folder,
    'diagrams',
    files.find((name) => name.startsWith('order-to-cash'))!,
  );
  const before = await readFile(file, 'utf8');

  // Pan by dragging the empty canvas, and zoom in once.
  const pane = (await ws.canvas.boundingBox())!;
  const from = { x: pane.x + pane.width - 60, y: pane.y + pane.height - 60 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 180, from.y - 120, { steps: 8 });
  await page.mouse.up();
  await ws.editor.getByRole('button', { name: 'Zoom In' }).click();
  const transform = () =>
    ws.editor.locator('.react-flow__viewport').evaluate((element) => element.style.transform);
  const left = await transform();
  expect(left).not.toBe('translate(0px, 0px) scale(1)');
  await expect(ws.status).not.toHaveText('Unsaved changes');

  // A save (something else changed) writes the diagram's file without the view.
  await ws.newDiagram('Assurance');
  await ws.save();
  expect(await readFile(file, 'utf8')).toBe(before);

  await page.getByRole('button', { name: 'Close workspace' }).click();
  await new WelcomePage(page).openWorkspace(folder);
  await ws.showDiagram('Order to Cash');
  await expect.poll(transform).toBe(left);
});
