import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './support/test';
import { SCOPE_SWATCHES } from '../../shared/coverage/scope-palette';
import { compareProcessIds } from '../../shared/etom/process-id';
import { startHost, type RunningHost } from './support/browser-host';
import { openSampleCopy } from './support/sample-copy';
import { HeatMapPage } from './pages/heat-map-page';
import { LibraryPanel } from './pages/library-panel';
import {
  BulkScopeDialogPage,
  CoverageListsPage,
  ScopeListPage,
  runFromPalette,
} from './pages/scope-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/h-scope-shots';

interface SavedEntry {
  target: { pack: string; release: string; id: string };
  status: string;
  review: string;
  reason?: string;
}

const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
}

test.describe.configure({ timeout: 240_000 });

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('scope set in the L2 list, in bulk, in the details and on the map; the lists follow; undo; saved', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const folder = await openSampleCopy(page, 'etom-e2e-scope-');
  await expect(page.getByRole('banner')).toContainText('Kestrel Telecom');
  const ws = new WorkspacePage(page);

  const coverage = new CoverageListsPage(page);
  await coverage.open();
  const gapsBefore = await coverage.count(coverage.gaps);
  await expect(
    coverage.gaps.getByRole('button', { name: /Business Partner Strategy/ }),
  ).toHaveCount(0);

  // The L2 list, by mouse: 1.6.1 in scope, with a reason.
  const list = new ScopeListPage(page);
  await list.open();
  await list.status('1.6.1').selectOption({ label: 'In scope' });
  await expect(list.status('1.6.1')).toHaveValue('in');
  await list.reason('1.6.1').fill('Partner onboarding is ours');
  await list.reason('1.6.1').press('Enter');
  await expect(list.row('1.6.1')).toBeFocused();
  await list.review('1.6.1').selectOption({ label: 'Under review' });

  // By keyboard: I sets the focused row; Space selects, O sets the selection.
  await list.row('1.6.2').focus();
  await page.keyboard.press('i');
  await expect(list.status('1.6.2')).toHaveValue('in');
  await page.keyboard.press('ArrowDown');
  await expect(list.row('1.6.3')).toBeFocused();
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await page.keyboard.press('o');
  await expect(list.status('1.6.3')).toHaveValue('out');
  await expect(list.status('1.6.4')).toHaveValue('out');
  await shots(page, 'scope-list-light');

  // In bulk: every L2 of the Enterprise domain to be decided, as one undo step.
  await list.toolbar.getByRole('button', { name: 'Set scope of domains…' }).click();
  const bulk = new BulkScopeDialogPage(page);
  await expect(bulk.domain(/^1\.6 /)).toBeChecked();
  await bulk.dialog.getByRole('button', { name: 'None', exact: true }).click();
  await bulk.domain(/^1\.7 /).check();
  await bulk.dialog.getByLabel('Status').selectOption({ label: 'To be decided' });
  await bulk.dialog.getByRole('button', { name: /^Set 18 processes$/ }).click();
  await expect(bulk.dialog).toBeHidden();
  const enterprise = list.table.locator('tr[data-id^="1.7."] select[aria-label^="Scope of"]');
  await expect(enterprise).toHaveCount(18);
  for (const select of await enterprise.all()) await expect(select).toHaveValue('tbd');
  await page.keyboard.press('Control+z');
  for (const select of await enterprise.all()) await expect(select).toHaveValue('');
  await expect(list.status('1.6.4')).toHaveValue('out');

  // The coverage lists follow: the two new in-scope L2s nothing maps to are gaps.
  await coverage.open();
  await expect.poll(() => coverage.count(coverage.gaps)).toBe(gapsBefore + 2);
  await expect(
    coverage.gaps.getByRole('button', { name: /Business Partner Strategy/ }),
  ).toBeVisible();

  // The library's details panel.
  const library = new LibraryPanel(page);
  await library.find('Product Portfolio Strategy Management');
  await library.result(/^1\.2\.1 /).click();
  const scopeOfDetails = library.details.getByRole('region', { name: 'Scope of 1.2.1' });
  await expect(scopeOfDetails).toContainText('No decision here or above it');
  await scopeOfDetails.getByLabel('Status').selectOption({ label: 'Adjacent' });
  await expect(scopeOfDetails.getByLabel('Status')).toHaveValue('adjacent');
  // The tree marks processes with a decision of their own.
  await library.clearSearch();
  await expect(library.treeItem('1.1 Market Domain')).toContainText('Out');
  await expect(library.treeItem('1.2 Product Domain')).not.toContainText('Adj');

  // The heat map's scope mode: a click cycles the status; the panel edits the review.
  const heat = new HeatMapPage(page);
  await heat.open();
  await page.getByRole('button', { name: 'Edit scope' }).click();
  const cell = page.locator('.map-grid button[aria-label^="1.2.2 "]').first();
  await expect(cell).toContainText('No decision');
  await cell.click();
  await expect(cell).toContainText('In scope');
  expect(hex(await cell.evaluate((el) => getComputedStyle(el).backgroundColor))).toBe(
    SCOPE_SWATCHES.in.own.fill,
  );
  await cell.click();
  await expect(cell).toContainText('Adjacent');
  const inMap = heat.details.getByRole('region', { name: 'Scope of 1.2.2' });
  await inMap.getByLabel('Review').selectOption({ label: 'Agreed' });
  await expect(page.locator('.map-grid button[aria-label^="1.2.1 "]').first()).toContainText(
    'Adjacent',
  );
  await shots(page, 'scope-mode-light');
  await page.setViewportSize({ width: 1920, height: 1080 });

  // A gap opens on the map.
  await coverage.open();
  await shots(page, 'coverage-tab-light');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await coverage.gaps.getByRole('button', { name: /Business Partner Strategy/ }).click();
  await expect(page.getByRole('tab', { name: 'Framework map' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(library.details.getByRole('heading', { level: 2 })).toContainText('1.6.1');

  await ws.save();
  const saved = JSON.parse(await readFile(join(folder, 'scope.json'), 'utf8')) as {
    entries: SavedEntry[];
  };
  const byId = new Map(saved.entries.map((e) => [e.target.id, e]));
  expect(byId.get('1.6.1')).toMatchObject({
    status: 'in',
    review: 'under-review',
    reason: 'Partner onboarding is ours',
    target: { pack: 'gb921-v25.5', release: '25.5' },
  });
  expect(byId.get('1.6.2')).toMatchObject({ status: 'in' });
  expect(byId.get('1.6.3')).toMatchObject({ status: 'out' });
  expect(byId.get('1.6.4')).toMatchObject({ status: 'out' });
  expect(byId.get('1.2.1')).toMatchObject({ status: 'adjacent' });
  expect(byId.get('1.2.2')).toMatchObject({ status: 'adjacent', review: 'agreed' });
  expect(saved.entries.filter((e) => e.target.id.startsWith('1.7.'))).toEqual([]);
  // The sample's own decisions are kept, and the file is sorted by id.
  expect(byId.get('1.3.3')).toMatchObject({ status: 'in' });
  const ids = saved.entries.map((e) => `${e.target.pack}|${e.target.id}`);
  expect(ids).toEqual([...ids].sort());

  // The same views in the dark theme, looked at in the report.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await coverage.open();
  await shots(page, 'coverage-tab-dark');
  await list.open();
  await shots(page, 'scope-list-dark');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await runFromPalette(page, 'Coverage heat map');
  const toggle = page.getByRole('button', { name: 'Edit scope' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(page.locator('.map-grid button[aria-label^="1.6.1 "]').first()).toContainText(
    'In scope',
  );
  await shots(page, 'scope-mode-dark');
});

test('at 1280x720 beside both panels the L2 list takes two lines a row instead of scrolling sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSampleCopy(page, 'etom-e2e-scope-narrow-');
  const list = new ScopeListPage(page);
  await list.open();
  const scroll = page.locator('.scope-scroll');
  const { scrollWidth, clientWidth } = await scroll.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  // Still a table to assistive technology: a header row and a row per L2 process.
  await expect(list.table.getByRole('row')).toHaveCount(121);
  await expect(list.table.getByRole('columnheader', { name: 'Reason' })).toBeVisible();
  // The reason sits under the decision, all of it in view.
  const status = await list.status('1.1.1').boundingBox();
  const review = await list.review('1.1.1').boundingBox();
  const reason = await list.reason('1.1.1').boundingBox();
  const box = await scroll.boundingBox();
  if (!status || !review || !reason || !box) throw new Error('the row is not laid out');
  expect(reason.y).toBeGreaterThanOrEqual(status.y + status.height);
  expect(review.x + review.width).toBeLessThanOrEqual(box.x + box.width);
  await list.status('1.1.1').selectOption({ label: 'In scope' });
  await list.reason('1.1.1').fill('Narrow but whole');
  await expect(list.reason('1.1.1')).toHaveValue('Narrow but whole');
});

test('each coverage list sorts by the column clicked, again the other way', async ({ page }) => {
  await openSampleCopy(page, 'etom-e2e-coverage-sort-');
  const coverage = new CoverageListsPage(page);
  await coverage.open();
  const header = (list: Locator, name: string) =>
    list.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  const column = (list: Locator, index: number) =>
    list.locator(`tbody tr td:nth-child(${index})`).allTextContents();

  // Gaps open in the framework's order of ids; a click on Level sorts by level, then the other way.
  await expect(header(coverage.gaps, 'Id')).toHaveAttribute('aria-sort', 'ascending');
  const ids = await column(coverage.gaps, 1);
  expect(ids.length).toBeGreaterThan(3);
  expect(ids).toEqual([...ids].sort(compareProcessIds));
  await header(coverage.gaps, 'Level').getByRole('button').click();
  await expect(header(coverage.gaps, 'Level')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(coverage.gaps, 'Id')).toHaveAttribute('aria-sort', 'none');
  const levels = (await column(coverage.gaps, 2)).map((l) => Number(l.slice(1)));
  expect(levels).toEqual([...levels].sort((a, b) => a - b));
  await header(coverage.gaps, 'Level').getByRole('button').click();
  await expect(header(coverage.gaps, 'Level')).toHaveAttribute('aria-sort', 'descending');
  const down = (await column(coverage.gaps, 2)).map((l) => Number(l.slice(1)));
  expect(down).toEqual([...down].sort((a, b) => b - a));

  // Overlaps open with the most mapped first; Process sorts by name.
  await expect(header(coverage.overlaps, 'Mapped from')).toHaveAttribute('aria-sort', 'descending');
  const counts = (await column(coverage.overlaps, 3)).map((c) => Number.parseInt(c, 10));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await header(coverage.overlaps, 'Process').getByRole('button').click();
  const names = await column(coverage.overlaps, 2);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  // Sorting one list leaves the others as they were.
  await expect(header(coverage.gaps, 'Level')).toHaveAttribute('aria-sort', 'descending');
});
