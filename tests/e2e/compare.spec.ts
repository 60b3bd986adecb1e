import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { ComparePage } from './pages/compare-page';
import { WelcomePage } from './pages/welcome-page';

const SAMPLE = resolve('assets/sample-workspace');
const SHOTS = '/tmp/compare-shots';

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
  await new ComparePage(page).menu('File', 'Compare with…');
  const dialog = page.getByRole('dialog', { name: 'Compare with…' });
  await expect(dialog.getByRole('status')).toContainText(/not in a git repository|git/);
  await dialog.getByLabel('Folder', { exact: true }).fill(other);
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  const view = page.getByRole('region', { name: `Compare with ${other}` });
  await expect(view).toBeVisible();
  const changes = view.getByRole('list', { name: 'Changes' }).getByRole('button');
  await expect(changes.first()).toBeVisible();
  // The drawing opens fitted to its pane, and 100 % shows it at its own size.
  const canvas = view.getByRole('img', { name: 'Compared diagram' });
  const picture = canvas.locator('img');
  const zoom = view.getByRole('toolbar', { name: 'Zoom' });
  await expect(zoom.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
  const fitted = (await picture.boundingBox())!;
  const pane = (await canvas.boundingBox())!;
  expect(fitted.width).toBeLessThanOrEqual(pane.width);
  expect(fitted.height).toBeLessThanOrEqual(pane.height);
  await zoom.getByRole('button', { name: '100 %' }).click();
  await expect(zoom.getByRole('status')).toHaveText('100 %');
  const natural = await picture.evaluate((img: HTMLImageElement) => img.naturalWidth);
  expect(Math.abs((await picture.boundingBox())!.width - natural)).toBeLessThanOrEqual(1);
  await zoom.getByRole('button', { name: 'Fit' }).click();
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

/** Reads a JSON file of a workspace, changes it, writes it back. */
async function editJson<T>(file: string, change: (value: T) => void): Promise<void> {
  const value = JSON.parse(await readFile(file, 'utf8')) as T;
  change(value);
  await writeFile(file, JSON.stringify(value, null, 2));
}

type Row = { id: string; target: { id: string }; status?: string; alignment?: string };

test('the heat map marks the processes whose coverage changed: better, worse, scope', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-compare-map-'));
  const [folder, other] = [join(base, 'sample'), join(base, 'other')];
  await cp(SAMPLE, folder, { recursive: true });
  await cp(SAMPLE, other, { recursive: true });
  // The other side lacks map-18 (1.3.7.5, full: now is better on 1.3.7), has one more full
  // mapping under 1.5.8 (now is worse there), and had 1.3.8 in scope (now adjacent).
  await editJson<{ mappings: Row[] }>(join(other, 'mappings.json'), (file) => {
    const template = file.mappings.find((m) => m.id === 'map-19')!;
    file.mappings = file.mappings.filter((m) => m.id !== 'map-18');
    file.mappings.push({
      ...template,
      id: 'map-99',
      alignment: 'full',
      target: { ...template.target, id: '1.5.8.2' },
    });
  });
  await editJson<{ entries: Row[] }>(join(other, 'scope.json'), (file) => {
    file.entries.find((e) => e.target.id === '1.3.8')!.status = 'in';
  });
  const otherBytes = await readFile(join(other, 'mappings.json'), 'utf8');
  await mkdir('/tmp/cmp-shots', { recursive: true });

  await page.setViewportSize({ width: 1280, height: 720 });
  await new WelcomePage(page).openWorkspace(folder);
  const compare = new ComparePage(page);
  await compare.openDialog();
  await compare.dialog.getByLabel('Folder', { exact: true }).fill(other);
  await compare.dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(compare.view(other)).toBeVisible();
  await compare.pane('Heat map');
  await page.screenshot({ path: '/tmp/cmp-shots/compare-map-top-light-1280.png' });

  const problem = compare.mapCell('1.3.7 Customer Problem Management');
  await expect(problem).toHaveAccessibleDescription(
    /: better, before \d+\/\d+ \d+%, now \d+\/\d+ \d+%$/,
  );
  await expect(problem).toContainText('▲');
  await expect(compare.mapCell('1.5.8 Resource Trouble Management')).toHaveAccessibleDescription(
    /: worse, before .+, now .+/,
  );
  await expect(compare.mapCell('1.3.8 Customer QoS/SLA Management')).toHaveAccessibleDescription(
    /: scope changed, before 0\/\d+ 0%, now adjacent of scope/,
  );
  await expect(
    compare.mapCell('1.3.3 Customer Order Processing Management'),
  ).toHaveAccessibleDescription(/: unchanged$/);
  const legend = compare.anyView.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('better (1)');
  await expect(legend).toContainText('worse (1)');
  await expect(legend).toContainText('scope changed (1)');

  // The marked cells in both themes, then a click shows the figures of both sides.
  await problem.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/cmp-shots/compare-map-marks-light-1280.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: '/tmp/cmp-shots/compare-map-marks-dark-1280.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await problem.click();
  const details = compare.anyView.getByRole('complementary', {
    name: 'Coverage change of 1.3.7 Customer Problem Management',
  });
  await expect(details).toContainText('better');
  await expect(details.getByRole('definition').first()).toHaveText(/\d+\/\d+ \d+%/);
  await page.screenshot({ path: '/tmp/cmp-shots/compare-map-details-light-1280.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/cmp-shots/compare-map-details-dark-1280.png' });
  await compare.pane('Coverage');
  await expect(
    compare.anyView.getByRole('table', { name: 'Coverage per L2, before and now' }),
  ).toContainText('1.3.7 Customer Problem Management');
  await page.screenshot({ path: '/tmp/cmp-shots/compare-coverage-dark-1280.png' });
  await compare.exit();
  expect(await readFile(join(other, 'mappings.json'), 'utf8')).toBe(otherBytes);
});
