import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { FolderDialog } from './pages/folder-dialog';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';
import { startHost, type RunningHost } from './support/browser-host';

let host: RunningHost;
let home: string;

test.beforeEach(async () => {
  // The host's home folder is a temp folder of the test's own, so `~` and Home are known.
  home = await mkdtemp(join(tmpdir(), 'etom-e2e-home-'));
  host = await startHost(undefined, { env: { ...process.env, HOME: home } });
});

test.afterEach(async () => {
  await host.stop();
  await rm(home, { recursive: true, force: true });
});

/** Opens the File menu of the in-app menu bar and runs `item`. */
async function fileMenu(page: Page, item: RegExp): Promise<void> {
  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
}

test('Browse… is a folder browser: home, folders, hidden ones, up, into, a new folder, by mouse and keys', async ({
  page,
}) => {
  await mkdir(join(home, 'projects', 'archive'), { recursive: true });
  await mkdir(join(home, '.config'));
  await mkdir(join(home, 'gone'));
  await writeFile(join(home, 'notes.txt'), 'not a folder');

  await host.open(page);
  await page.getByRole('button', { name: 'New workspace' }).click();
  await page.getByLabel('Workspace name').fill('Acme Telco');
  await page.getByRole('button', { name: 'Browse…' }).click();
  const browser = new FolderDialog(page, 'Choose a folder');

  // It starts at home and lists folders only; hidden ones on demand.
  await browser.expectAt(home);
  await expect(browser.folders.getByRole('option')).toHaveText(['gone', 'projects']);
  await browser.dialog.getByLabel('Show hidden folders').check();
  await expect(browser.folders.getByRole('option')).toHaveText(['.config', 'gone', 'projects']);
  await browser.dialog.getByLabel('Show hidden folders').uncheck();
  await page.screenshot({ path: '/tmp/window-shots/folder-browser.png' });

  // A folder that went away since it was listed: the error names it.
  await rm(join(home, 'gone'), { recursive: true });
  await browser.folder('gone').click();
  await expect(browser.error).toContainText(`The folder ${join(home, 'gone')} does not exist.`);
  await expect(browser.error).toContainText('ENOENT');
  await browser.expectAt(home);

  // Into a folder by mouse, up again by the Up button, Home from anywhere.
  await browser.folder('projects').click();
  await browser.expectAt(join(home, 'projects'));
  await expect(browser.folders.getByRole('option')).toHaveText(['archive']);
  await browser.button('Up to the parent folder').click();
  await browser.expectAt(home);

  // By keyboard alone: the list takes the arrow keys, a letter, Enter and Backspace.
  await browser.folders.focus();
  await page.keyboard.press('End');
  await expect(browser.folder('projects')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await browser.expectAt(join(home, 'projects'));
  await page.keyboard.press('Backspace');
  await browser.expectAt(home);
  await page.keyboard.press('p');
  await page.keyboard.press('Enter');
  await browser.expectAt(join(home, 'projects'));

  // A new folder: made on disk, gone into, and it is the answer; a taken name is refused.
  await browser.newFolder('archive');
  await expect(browser.error).toContainText(`${join(home, 'projects', 'archive')} already exists.`);
  await browser.dialog.getByLabel('New folder name').press('Escape');
  await expect(browser.dialog).toBeVisible();
  await browser.newFolder('acme');
  await browser.expectAt(join(home, 'projects', 'acme'));
  await expect(browser.dialog.getByText('Empty folder: ready.')).toBeVisible();
  await browser.button('Choose').click();

  await expect(page.getByLabel('Folder', { exact: true })).toHaveValue(
    join(home, 'projects', 'acme'),
  );
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('banner')).toContainText('Acme Telco');
  expect(await readdir(join(home, 'projects', 'acme'))).toContain('workspace.json');
});

test('a typed ~ is the home folder, in the field and the browser; the browser follows what is typed', async ({
  page,
}) => {
  await writeWorkspaceFiles(join(home, 'work', 'acme'), buildDocument({ name: 'Acme Telco' }));
  await host.open(page);
  await page.getByRole('button', { name: 'Open workspace' }).click();
  const browser = new FolderDialog(page, 'Open workspace');
  await browser.expectAt(home);

  await browser.field.fill('~/work');
  await expect(browser.folders).toHaveAccessibleName(`Folders in ${join(home, 'work')}`);
  await expect(browser.folders.getByRole('option')).toHaveText(['acme']);
  await browser.field.fill('~/work/acme');
  await expect(browser.dialog.getByText('Workspace “Acme Telco”.')).toBeVisible();
  await browser.button('Open').click();
  await expect(page.getByRole('banner')).toContainText('Acme Telco');
});

test('unsaved changes: Open asks only once a folder is chosen; Cancel, Don’t save and Save each do what they say', async ({
  page,
}) => {
  const first = join(home, 'first');
  const second = join(home, 'second');
  await writeWorkspaceFiles(first, buildDocument({ name: 'First', diagrams: 0 }));
  await writeWorkspaceFiles(second, buildDocument({ name: 'Second', diagrams: 0 }));
  await host.open(page);
  await new WelcomePage(page).openWorkspace(first);
  const ws = new WorkspacePage(page);
  await expect(ws.header).toContainText('First');
  await ws.newDiagram('Flow');
  await ws.addBox('Capture order');
  await ws.expectUnsaved();
  const unsaved = page.getByRole('dialog', { name: 'Save changes to “First”?' });

  // The folder dialog comes first; cancelling it asks nothing and changes nothing.
  await fileMenu(page, /^Open workspace/);
  const browser = new FolderDialog(page, 'Open workspace');
  await expect(browser.dialog).toBeVisible();
  await expect(unsaved).toHaveCount(0);
  await browser.button('Cancel').click();
  await expect(unsaved).toHaveCount(0);
  await ws.expectUnsaved();

  // Chosen: now it asks. Cancel keeps the workspace and its changes.
  await fileMenu(page, /^Open workspace/);
  await browser.field.fill(second);
  await browser.button('Open').click();
  await expect(unsaved).toBeVisible();
  await expect(unsaved.getByRole('button')).toHaveText(['Save', 'Don’t save', 'Cancel']);
  await page.screenshot({ path: '/tmp/window-shots/unsaved-prompt.png' });
  await unsaved.getByRole('button', { name: 'Cancel' }).click();
  await expect(ws.header).toContainText('First');
  await ws.expectUnsaved();
  await expect(ws.node('Capture order')).toBeVisible();

  // Save: the changes are written, then the other workspace opens.
  await fileMenu(page, /^Open workspace/);
  await browser.field.fill(second);
  await browser.button('Open').click();
  await unsaved.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ws.header).toContainText('Second');
  const saved = JSON.parse(await readFile(join(first, 'diagrams', 'flow.json'), 'utf8')) as {
    nodes: Array<{ label?: string }>;
  };
  expect(saved.nodes.map((n) => n.label)).toEqual(['Capture order']);

  // Don't save: closing goes without writing anything.
  await ws.newDiagram('Dropped');
  await ws.expectUnsaved();
  await ws.header.getByRole('button', { name: 'Close workspace' }).click();
  await page
    .getByRole('dialog', { name: 'Save changes to “Second”?' })
    .getByRole('button', { name: 'Don’t save' })
    .click();
  await expect(page.getByRole('heading', { name: 'eTOM Studio' })).toBeVisible();
  expect(await readdir(join(second, 'diagrams'))).toEqual([]);
});

test('an unreadable diagram file stays in the list, marked, with its reason; it never opens and is never written', async ({
  page,
}) => {
  const folder = join(home, 'broken');
  await writeWorkspaceFiles(folder, buildDocument({ name: 'Broken', diagrams: 1 }));
  const broken = '{"format": "etom-studio.diagram", "nodes": [';
  await writeFile(join(folder, 'diagrams', 'order-flow.json'), broken);

  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await expect(ws.header).toContainText('Broken');
  const item = ws.diagrams.getByRole('button', {
    name: 'diagrams/order-flow.json: cannot be read',
  });
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute('aria-expanded', 'false');
  await item.click();
  await expect(item).toHaveAttribute('aria-expanded', 'true');
  const why = ws.diagrams.getByRole('note', { name: 'Why it cannot be read' });
  await expect(why).toContainText('diagrams/order-flow.json');
  await expect(why).toContainText('PARSE_ERROR');
  await page.screenshot({ path: '/tmp/window-shots/unreadable-diagram.png' });
  // No tab opened for it.
  await expect(ws.tabs.getByRole('tab', { name: /order-flow/i })).toHaveCount(0);

  // A new diagram of the same name gets another file; the broken one is left as it was.
  await ws.newDiagram('Order flow');
  await ws.save();
  expect((await readdir(join(folder, 'diagrams'))).sort()).toEqual([
    'diagram-1.json',
    'order-flow-2.json',
    'order-flow.json',
  ]);
  expect(await readFile(join(folder, 'diagrams', 'order-flow.json'), 'utf8')).toBe(broken);
  await expect(item).toBeVisible();
});

/** WCAG contrast of two `rgb(...)` colours as getComputedStyle gives them. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b2] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b2 ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

test('in the dark theme the prompt’s filled buttons read at 4.5:1 or better', async ({ page }) => {
  const folder = join(home, 'dark');
  await writeWorkspaceFiles(folder, buildDocument({ name: 'Dark', diagrams: 0 }));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.newDiagram('Flow');
  await ws.header.getByRole('button', { name: 'Close workspace' }).click();
  const prompt = page.getByRole('dialog', { name: 'Save changes to “Dark”?' });
  await expect(prompt).toBeVisible();
  await page.screenshot({ path: '/tmp/window-shots/dark-1920-unsaved-fixed.png' });
  for (const name of ['Save', 'Don’t save']) {
    const colours = await prompt.getByRole('button', { name, exact: true }).evaluate((button) => {
      const style = getComputedStyle(button);
      return [style.color, style.backgroundColor] as const;
    });
    expect(contrast(...colours), `${name}: ${colours.join(' on ')}`).toBeGreaterThanOrEqual(4.5);
  }
});

test('the Open dialog asked for while the workspace is still closing stays open and opens', async ({
  page,
}) => {
  const first = join(home, 'first');
  const second = join(home, 'second');
  await writeWorkspaceFiles(first, buildDocument({ name: 'First', diagrams: 1 }));
  await writeWorkspaceFiles(second, buildDocument({ name: 'Second', diagrams: 1 }));
  await host.open(page);
  await new WelcomePage(page).openWorkspace(first);
  const ws = new WorkspacePage(page);
  await expect(ws.header).toContainText('First');

  // The host takes its time to close: the user asks to open another one meanwhile.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/workspace.close', async (route) => {
    await held;
    await route.continue();
  });
  await ws.header.getByRole('button', { name: 'Close workspace' }).click();
  await ws.header.getByRole('button', { name: /^Open workspace/ }).click();
  const dialog = new FolderDialog(page, 'Open workspace');
  await expect(dialog.dialog).toBeVisible();
  release();
  await expect(page.getByRole('main', { name: 'eTOM Studio' })).toBeVisible();
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.folders).toBeVisible();
  await dialog.field.fill(second);
  await dialog.dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(ws.header).toContainText('Second');
});
