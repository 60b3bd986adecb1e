import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { ACTIONS } from '../../shared/actions/action-list';
import { shortcutsOf } from '../../shared/actions/menus';
import { formatShortcut } from '../../shared/actions/shortcut';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * The places actions are offered besides their keys: the in-app menu bar of the browser mode,
 * the context menus, the command palette and the shortcut help. Each test leaves a screenshot
 * at 1400x900 in its output folder.
 */

let host: RunningHost;
let folder: string;

test.beforeEach(async () => {
  host = await startHost();
  folder = await writeEditorWorkspace();
});

test.afterEach(async () => {
  await host.stop();
});

async function openEditor(page: Page): Promise<WorkspacePage> {
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  return ws;
}

test('an open menu follows the state: a workspace that finishes opening enables its items in place', async ({
  page,
}) => {
  await host.open(page);
  // Hold the host's answer to workspace.open until the File menu is showing.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/workspace.open', async (route) => {
    await held;
    await route.continue();
  });
  await new WelcomePage(page).openWorkspace(folder, { waitForOpen: false });
  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).click();
  const file = page.getByRole('menu', { name: 'File' });
  const report = file.getByRole('menuitem', { name: 'Export report…' });
  await expect(report).toHaveAttribute('aria-disabled', 'true');
  release();
  await expect(report).not.toHaveAttribute('aria-disabled');
  await expect(file).toBeVisible();
  await report.click();
  await expect(page.getByRole('dialog', { name: 'Export alignment report' })).toBeVisible();
});

test('the menu bar works by keyboard alone, greys out what cannot run, and runs the rest', async ({
  page,
}) => {
  const ws = await openEditor(page);
  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const edit = page.getByRole('menu', { name: 'Edit' });
  // Nothing was done yet: Undo is there, focused and greyed out.
  const undo = edit.getByRole('menuitem', { name: /^Undo/ });
  await expect(undo).toBeFocused();
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await expect(undo).toContainText('Ctrl+Z');
  await page.screenshot({ path: test.info().outputPath('menu-bar.png') });
  await page.keyboard.press('Enter');
  await expect(edit).toBeVisible();

  // Right to the next menus, then a letter to the item, Enter to run it.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menu', { name: 'View' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const insert = page.getByRole('menu', { name: 'Insert' });
  await expect(insert).toBeVisible();
  // The first item has the focus; a letter moves to the next item starting with it.
  await expect(insert.getByRole('menuitem', { name: 'Add box' })).toBeFocused();
  await page.keyboard.press('a');
  await expect(insert.getByRole('menuitem', { name: 'Add note' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(insert.getByRole('menuitem', { name: 'Add box' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(insert).toHaveCount(0);
  await expect(ws.node('New box')).toHaveCount(1);
  await expect(ws.selectionStatus).toHaveText('1 selected');

  // Escape closes a menu and gives the focus back to its entry in the bar.
  await bar.getByRole('menuitem', { name: 'Help' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Help' })).toHaveCount(0);
  await expect(bar.getByRole('menuitem', { name: 'Help' })).toBeFocused();
});

test('context menus on the canvas, a box and a connection run their actions', async ({ page }) => {
  const ws = await openEditor(page);
  const canvasBox = (await ws.canvas.boundingBox())!;
  const point = { x: 700, y: 430 };
  const menu = await ws.canvasMenuAt(point.x, point.y);
  await expect(menu.getByRole('menuitem', { name: 'Add box' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('context-menu.png') });
  await menu.getByRole('menuitem', { name: 'Add note' }).click();
  await expect(menu).toHaveCount(0);
  // The note goes where the menu was opened (on the nearest free spot).
  const note = (await ws.node('Note').boundingBox())!;
  const centre = { x: note.x + note.width / 2, y: note.y + note.height / 2 };
  expect(Math.abs(centre.x - (canvasBox.x + point.x))).toBeLessThan(note.width);
  expect(Math.abs(centre.y - (canvasBox.y + point.y))).toBeLessThan(note.height);

  await ws.node('Capture order').click({ button: 'right' });
  const element = page.getByRole('menu', { name: 'Element actions' });
  await expect(element.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
  await page.keyboard.press('Enter');
  const field = ws.editor.getByLabel('Box label');
  await field.fill('Take order');
  await field.press('Enter');
  await expect(ws.node('Take order')).toBeVisible();

  const connection = ws.editor.getByRole('group', {
    name: 'Connection from Take order to Check credit',
  });
  await connection.click({ button: 'right', force: true });
  const edgeMenu = page.getByRole('menu', { name: 'Connection actions' });
  await edgeMenu.getByRole('menuitem', { name: 'Label connection…' }).click();
  await page.getByLabel('Connection label').fill('order taken');
  await page.getByRole('button', { name: 'Apply' }).click();
  await ws.save();
  const saved = JSON.parse(
    await readFile(join(folder, 'diagrams', 'order-to-cash.json'), 'utf8'),
  ) as { edges: Array<{ label?: string }>; nodes: Array<{ label?: string }> };
  expect(saved.edges.map((e) => e.label)).toEqual(['order taken']);
  expect(saved.nodes.map((n) => n.label)).toContain('Take order');
});

test('the command palette is usable by keyboard alone and offers only what can run', async ({
  page,
}) => {
  const ws = await openEditor(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const field = palette.getByRole('combobox', { name: 'Command' });
  await expect(field).toBeFocused();
  const options = palette.getByRole('option');
  // Nothing to undo or redo yet, so neither is offered.
  await field.fill('redo');
  await expect(options).toHaveCount(0);
  await expect(palette).toContainText('No command matches.');
  await field.fill('sav');
  await expect(options.first()).toContainText('Save');
  await expect(options.first()).toContainText('Ctrl+S');
  await field.fill('add');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toContainText('Add note');
  await page.screenshot({ path: test.info().outputPath('command-palette.png') });
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(ws.node('Note')).toHaveCount(1);

  // Ctrl+Shift+P opens it too; now there is something to undo.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('undo');
  await expect(palette.getByRole('option').first()).toContainText('Undo');
  await page.keyboard.press('Enter');
  await expect(ws.node('Note')).toHaveCount(0);
});

test('the shortcut help lists every shortcut of the action list, as the platform shows it', async ({
  page,
}) => {
  await openEditor(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('shortcut-help.png') });
  let listed = 0;
  for (const action of ACTIONS) {
    const chords = shortcutsOf(action, 'browser');
    if (chords.length === 0) continue;
    const row = help
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: action.label, exact: true }) });
    for (const chord of chords) await expect(row).toContainText(formatShortcut(chord, 'other'));
    listed += 1;
  }
  expect(listed).toBeGreaterThan(20);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('every row of the shortcut help can be reached inside the dialog, in the smallest window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEditor(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  const dialog = await help.boundingBox();
  if (!dialog) throw new Error('the shortcut help has no box');
  const rows = help.getByRole('row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(20);
  // Columns of a limited height once overflowed to the side: out of the dialog, reached only
  // by a sideways scroll nobody would look for. Nothing in it scrolls sideways now, and every
  // row is inside it (scrolled to, downwards).
  const sideways = await help.evaluate((root: Element): string[] =>
    [root, ...root.querySelectorAll('*')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .filter((element) => getComputedStyle(element).overflowX !== 'visible')
      .map((element): string => element.className),
  );
  expect(sideways).toEqual([]);
  for (let i = 0; i < count; i += 1) {
    const row = rows.nth(i);
    await row.scrollIntoViewIfNeeded();
    const box = await row.boundingBox();
    if (!box) throw new Error(`row ${i} has no box`);
    const where = `row ${i} (${await row.innerText()})`;
    expect(box.x, where).toBeGreaterThanOrEqual(dialog.x);
    expect(box.x + box.width, where).toBeLessThanOrEqual(dialog.x + dialog.width);
    expect(box.y, where).toBeGreaterThanOrEqual(dialog.y);
    expect(box.y + box.height, where).toBeLessThanOrEqual(dialog.y + dialog.height);
  }
  // The section headings of the two columns start at one height.
  const headings = help.getByRole('heading', { level: 3 });
  const [first, second] = [
    await headings.nth(0).boundingBox(),
    await headings.nth(1).boundingBox(),
  ];
  if (!first || !second) throw new Error('the first two headings have no box');
  if (second.x > first.x + first.width) expect(Math.abs(second.y - first.y)).toBeLessThanOrEqual(1);
  await page.screenshot({ path: test.info().outputPath('shortcut-help-1280.png') });
});
