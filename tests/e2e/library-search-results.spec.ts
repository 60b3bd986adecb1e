import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { LibraryPanel } from './pages/library-panel';
import { WelcomePage } from './pages/welcome-page';

/*
 * The library's search results at the smallest supported window (1280x720), with the sample
 * workspace's company processes: the framework's best hits on the first screen below the
 * company ones, only the hits in view in the page, the arrow keys through both lists, and the
 * details panel below the library on screen.
 */
const SAMPLE = resolve('assets/sample-workspace');
let host: RunningHost;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ page }) => {
  host = await startHost();
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-search-results-')), 'sample');
  await cp(SAMPLE, folder, { recursive: true });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
});

test.afterEach(async () => {
  await host.stop();
});

test('company hits first, the framework best hit still on the first screen', async ({ page }) => {
  const library = new LibraryPanel(page);
  const company = page.getByRole('list', { name: 'Company processes found' });
  await library.find('order handling');
  await expect(library.root.getByText('8 of your company processes')).toBeVisible();
  await expect(company.getByRole('button', { name: /^Company / })).toHaveCount(3);
  await expect(library.result('1.3.3 Customer Order Processing Management')).toBeInViewport();

  const more = library.root.getByRole('button', { name: 'Show 5 more company processes' });
  await more.click();
  await expect(company.getByRole('button', { name: /^Company / })).toHaveCount(8);
  await library.root.getByRole('button', { name: 'Show fewer company processes' }).click();
  await expect(company.getByRole('button', { name: /^Company / })).toHaveCount(3);
});

test('only the hits in view are in the page; the keys reach every one', async ({ page }) => {
  const library = new LibraryPanel(page);
  await library.find('management');
  await expect(
    library.root.getByText('First 200 results; refine the search to see others.'),
  ).toBeVisible();
  const rendered = await library.results.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(30);

  // Down from the search box: the first hit (no company process says "management").
  await library.search.focus();
  await page.keyboard.press('ArrowDown');
  const first = library.results.getByRole('button').first();
  await expect(first).toBeFocused();
  const firstName = (await first.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('ArrowDown');
  await expect(library.results.locator('button[data-index="1"]')).toBeFocused();
  // End: the 200th hit, scrolled into view and focused.
  await page.keyboard.press('End');
  const last = library.results.locator('button[data-index="199"]');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  // Enter shows its details, in view below the library.
  const lastName = (await last.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('Enter');
  const heading = library.details.getByRole('heading', { name: lastName });
  await expect(heading).toBeInViewport();
  // Home, then up from the first hit: back in the search box.
  await page.keyboard.press('Home');
  await expect(library.results.getByRole('button', { name: firstName })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(library.search).toBeFocused();
});

test('the arrow keys run from the company hits into the framework hits', async ({ page }) => {
  const library = new LibraryPanel(page);
  const company = page.getByRole('list', { name: 'Company processes found' });
  await library.find('order handling');
  await expect(company.getByRole('button', { name: /^Company / })).toHaveCount(3);
  await library.search.focus();
  await page.keyboard.press('ArrowDown');
  await expect(company.getByRole('button', { name: /^Company / }).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const best = library.result('1.3.3 Customer Order Processing Management');
  await expect(best).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(best).toHaveAttribute('aria-current', 'true');
  await expect(
    library.details.getByRole('heading', { name: '1.3.3 Customer Order Processing Management' }),
  ).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(company.getByRole('button', { name: /^Company / }).nth(2)).toBeFocused();
});
