import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { LibraryPanel } from './pages/library-panel';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

let host: RunningHost;

/** Where the screenshots that were looked at go (named in the report). */
const SHOTS = process.env.ETOM_SHOTS_DIR;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(await writeEditorWorkspace());
});

test.afterEach(async () => {
  await host.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  const path = SHOTS ? join(SHOTS, name) : test.info().outputPath(name);
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path });
}

async function widthOf(page: Page, name: string): Promise<number> {
  const box = await page.getByRole('navigation', { name }).or(page.getByLabel(name)).boundingBox();
  return box?.width ?? 0;
}

async function remembered(): Promise<unknown> {
  const text = await readFile(join(host.dataDir, 'config.json'), 'utf8').catch(() => '{}');
  return (JSON.parse(text) as { preferences?: unknown }).preferences;
}

test('at 1280x720 the library shows at least ten rows and the canvas stays usable', async ({
  page,
}) => {
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  const library = new LibraryPanel(page);
  await expect(library.tree).toBeVisible();
  const tree = (await library.tree.boundingBox())!;
  expect(tree.height).toBeGreaterThanOrEqual(10 * 28);
  const canvas = (await ws.canvas.boundingBox())!;
  expect(canvas.width).toBeGreaterThan(500);
  expect(canvas.height).toBeGreaterThan(400);
  await shot(page, 'light-canvas-1280.png');
});

test('at 1280x720 the details panel gets room once it shows something, and the row clicked stays in view', async ({
  page,
}) => {
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  const library = new LibraryPanel(page);
  const details = page.locator('#details-pane');
  const height = async (locator: typeof details) => (await locator.boundingBox())!.height;
  // Nothing to show: the tree keeps its ten rows, the details panel its hint.
  expect(await height(library.tree)).toBeGreaterThanOrEqual(10 * 28);

  // A box selected on the canvas: its properties get room, the tree keeps five rows.
  await ws.node('Capture order').click();
  const properties = page.getByRole('region', { name: 'Properties' });
  await expect(properties.getByLabel('Label', { exact: true })).toBeInViewport();
  await expect.poll(() => height(details)).toBeGreaterThanOrEqual(200);
  expect(await height(library.tree)).toBeGreaterThanOrEqual(5 * 28);
  await shot(page, 'light-properties-1280.png');

  // Back to nothing selected: the tree has its ten rows again.
  await ws.canvas.click({ position: { x: 20, y: 20 } });
  await expect.poll(() => height(library.tree)).toBeGreaterThanOrEqual(10 * 28);

  // A process clicked in the tree's last row: its details take room, and the row stays in view.
  const rows = library.tree.getByRole('treeitem');
  const tree = (await library.tree.boundingBox())!;
  let last = rows.first();
  for (const row of await rows.all()) {
    const box = await row.boundingBox();
    if (box && box.y + box.height <= tree.y + tree.height) last = row;
  }
  const name = (await last.getAttribute('aria-label')) ?? (await last.innerText());
  await last.click();
  await expect(library.details.getByRole('heading').first()).toBeVisible();
  await expect.poll(() => height(details)).toBeGreaterThanOrEqual(200);
  await expect(library.tree.getByRole('treeitem', { name, exact: true })).toBeInViewport({
    ratio: 1,
  });
});

test('side panels resize with the mouse and the keyboard, collapse, and are remembered', async ({
  page,
}) => {
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  const left = page.getByRole('separator', { name: 'Resize diagram list' });
  const right = page.getByRole('separator', { name: 'Resize framework library' });
  const before = await widthOf(page, 'Diagrams');

  // Keyboard: focus the separator, arrow keys move it (16 px, Shift for 64 px).
  await left.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => widthOf(page, 'Diagrams')).toBe(before + 80);
  await expect(left).toHaveAttribute('aria-valuenow', String(Math.round(before + 80)));

  // Mouse: drag the library's splitter 100 px to the left makes the library 100 px wider.
  const library = page.getByRole('complementary', { name: 'Framework' });
  const libraryBefore = (await library.boundingBox())!.width;
  const grip = (await right.boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
  await page.mouse.down();
  await page.mouse.move(grip.x - 100, grip.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => (await library.boundingBox())!.width)
    .toBeCloseTo(libraryBefore + 100, -1);

  // Enter collapses the focused panel and restores it.
  await left.focus();
  await page.keyboard.press('Enter');
  await expect(ws.diagrams).toBeHidden();
  await expect(left).toHaveAttribute('aria-expanded', 'false');
  await shot(page, 'light-collapsed-1280.png');
  await page.keyboard.press('Enter');
  await expect(ws.diagrams).toBeVisible();

  // The sizes are in the settings, and a reload comes back to them.
  await expect
    .poll(remembered)
    .toMatchObject({ layout: { leftWidth: Math.round(before + 80), leftCollapsed: false } });
  await page.reload();
  await new WelcomePage(page).openRecent('Acme Telco');
  await expect.poll(() => widthOf(page, 'Diagrams')).toBe(before + 80);
});

test('the theme follows the system, can be chosen from the View menu, and is remembered', async ({
  page,
}) => {
  const html = page.locator('html');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');

  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  const menuBar = page.getByRole('menubar');
  await menuBar.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Theme: Dark' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // The page's colours come from the theme: the canvas background is dark.
  const background = await ws.canvas.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(22, 28, 36)');
  await shot(page, 'dark-canvas-1280.png');

  const library = new LibraryPanel(page);
  const map = await library.openMap();
  await expect(map.overview).toBeVisible();
  await shot(page, 'dark-map-1280.png');
  await library.find('order handling');
  await library.result(/^1\.3\.3 /).click();
  await shot(page, 'dark-library-1280.png');
  await page.getByRole('button', { name: 'Import GB921 workbook…' }).click();
  await shot(page, 'dark-dialog-1280.png');
  await page.keyboard.press('Escape');

  await expect.poll(remembered).toMatchObject({ theme: 'dark' });
  // The system's light scheme no longer decides: the choice was Dark.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await menuBar.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Theme: System' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await shot(page, 'light-welcome-1280.png');
});
