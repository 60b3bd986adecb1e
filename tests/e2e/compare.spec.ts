import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/browser-host';
import { WelcomePage } from './pages/welcome-page';

const SAMPLE = resolve('assets/sample-workspace');
const SHOTS = '/tmp/compare-shots';

/** Opens a File menu item of the in-app menu bar. */
async function fileMenu(page: Page, item: string): Promise<void> {
  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
}

test.describe.configure({ timeout: 300_000 });

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('compares the sample workspace with an edited copy, read-only, and exits', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-compare-'));
  const [folder, other] = [join(base, 'sample'), join(base, 'edited')];
  await cp(SAMPLE, folder, { recursive: true });
  await cp(SAMPLE, other, { recursive: true });
  // The copy: the first diagram's first node moved and its last node removed.
  const [first] = (await readdir(join(other, 'diagrams'))).sort();
  const file = join(other, 'diagrams', first!);
  const diagram = JSON.parse(await readFile(file, 'utf8')) as {
    nodes: { id: string; x: number }[];
    edges: { source: string; target: string }[];
  };
  const gone = diagram.nodes.pop()!;
  diagram.edges = diagram.edges.filter((e) => e.source !== gone.id && e.target !== gone.id);
  diagram.nodes[0]!.x -= 200;
  await writeFile(file, JSON.stringify(diagram, null, 2));
  await mkdir(SHOTS, { recursive: true });

  await new WelcomePage(page).openWorkspace(folder);
  await fileMenu(page, 'Compare with…');
  const dialog = page.getByRole('dialog', { name: 'Compare with…' });
  await expect(dialog.getByRole('status')).toContainText(/not in a git repository|git/);
  await dialog.getByLabel('Folder', { exact: true }).fill(other);
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  const view = page.getByRole('region', { name: `Compare with ${other}` });
  await expect(view).toBeVisible();
  const changes = view.getByRole('list', { name: 'Changes' }).getByRole('button');
  await expect(changes.first()).toBeVisible();
  await view.getByRole('button', { name: 'Next' }).click();
  await expect(changes.first()).toHaveAttribute('aria-current', 'true');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${SHOTS}/compare-light-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/compare-light-1920.png` });
  await view.getByRole('tab', { name: /Mappings/ }).click();
  await page.screenshot({ path: `${SHOTS}/compare-mappings-1920.png` });
  await view.getByRole('button', { name: 'Exit compare' }).click();
  await expect(view).toBeHidden();
});
