import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { FolderDialog } from './pages/folder-dialog';
import { startHost, type RunningHost } from './support/browser-host';

/**
 * A folder path typed or pasted as a dialog opens, while the app's own suggestion for the field
 * (the folder browser's home folder, the sample's fresh folder) is still on its way: the
 * suggestion may fill an empty field, but never ends up before, after or instead of the path.
 * The host's answer is held back with a route, so the order is certain, not a matter of luck.
 */
let host: RunningHost;
let home: string;

test.beforeEach(async ({ page }) => {
  home = await mkdtemp(join(tmpdir(), 'etom-e2e-home-'));
  host = await startHost(undefined, { env: { ...process.env, HOME: home } });
  await host.open(page);
});

test.afterEach(async () => {
  await host.stop();
  await rm(home, { recursive: true, force: true });
});

/** Holds the host's answers to `method` until the returned function is called. */
async function holdBack(page: Page, method: string): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/${method}`, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test('a path pasted into the Open dialog as the home folder is listed replaces it, never lands after it', async ({
  page,
}) => {
  const release = await holdBack(page, 'folder.list');
  await page.getByRole('button', { name: 'Open workspace', exact: true }).click();
  const dialog = new FolderDialog(page, 'Open workspace');
  // The user is in the empty field (as a fill or a paste starts: the caret in the field)...
  await dialog.field.focus();
  await expect(dialog.field).toHaveValue('');
  await dialog.field.evaluate((input: HTMLInputElement) => input.select());
  // ...the first listing comes back and fills the field with the home folder...
  release();
  await dialog.expectAt(home);
  await page.screenshot({ path: '/tmp/benchrev-shots/open-dialog-home-suggested.png' });
  // ...and the path pasted a moment later is the field's whole text.
  const pasted = join(home, 'projects', 'acme');
  await page.keyboard.insertText(pasted);
  await expect(dialog.field).toHaveValue(pasted);

  // A later click in the field places the caret as usual: text typed then goes where it is.
  await dialog.field.fill(home);
  await dialog.field.press('End');
  await page.keyboard.insertText('/work');
  await expect(dialog.field).toHaveValue(join(home, 'work'));
});

test('a folder typed in "Open the sample" before the sample answers is kept, not replaced by the fresh folder', async ({
  page,
}) => {
  const release = await holdBack(page, 'sample.info');
  await page.getByRole('button', { name: 'Open the sample' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open the sample' });
  const field = dialog.getByLabel('Folder', { exact: true });
  const typed = join(home, 'My Kestrel');
  await field.fill(typed);
  release();
  await expect(dialog).toContainText('40 processes');
  await expect(field).toHaveValue(typed);
});
