import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { WorkspacePage } from './pages/workspace-page';

const SAMPLE = resolve('assets/sample-workspace');
const SHOTS = '/tmp/w3-reports-shots';

async function fingerprint(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out[relative(root, full)] = createHash('sha256')
      .update(await readFile(full))
      .digest('hex');
  }
  return out;
}

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('opens a copy of the sample from the welcome screen; the shipped sample is untouched', async ({
  page,
}) => {
  const before = await fingerprint(SAMPLE);
  const target = join(await mkdtemp(join(tmpdir(), 'etom-e2e-sample-')), 'My Kestrel');
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Open the sample' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open the sample' });
  await expect(dialog).toContainText('40 processes');
  const folder = dialog.getByLabel('Folder');
  // A fresh folder is offered (the browser mode types paths); the test names its own.
  await expect(folder).toHaveValue(/Kestrel Telecom \(sample\)( \d+)?$/);
  await page.screenshot({ path: `${SHOTS}/open-sample-dialog-1280.png` });
  await folder.fill(target);
  await dialog.getByRole('button', { name: 'Copy and open' }).click();
  await expect(dialog).toBeHidden();
  const workspace = new WorkspacePage(page);
  await expect(workspace.header).toContainText('Kestrel Telecom (sample)');
  await expect(workspace.header).toContainText(target);
  await expect(workspace.diagrams).toContainText('Order to activate');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/sample-opened-1920.png` });

  // Edit and save the copy: the files change there, never in the shipped sample.
  await workspace.newDiagram('My first diagram');
  await workspace.save();
  expect((await readdir(join(target, 'diagrams'))).length).toBe(4);
  expect(await fingerprint(SAMPLE)).toEqual(before);
});
