import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeOperatorWorkspace } from './support/mapping-workspace';
import { CataloguePanel } from './pages/catalogue-panel';
import { LibraryPanel } from './pages/library-panel';
import { WelcomePage } from './pages/welcome-page';

/*
 * A company process found by the library's search is selected when clicked, as an eTOM hit
 * is: the Company processes tab opens (or comes forward) with that process selected, its
 * collapsed parents opened, and its fields shown beside the tree.
 */
let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('clicking a company process in the library search selects it in the catalogue', async ({
  page,
}) => {
  await host.open(page);
  await new WelcomePage(page).openWorkspace(await writeOperatorWorkspace());
  const library = new LibraryPanel(page);
  const catalogue = new CataloguePanel(page);
  const found = page.getByRole('list', { name: 'Company processes found' });
  const dunning = found.getByRole('button', { name: 'Company BTC-01 Send dunning letters' });
  const name = catalogue.details.getByLabel('Name', { exact: true });

  // The catalogue tab is not open yet: the click opens it with the process selected.
  await library.search.fill('dunning');
  await dunning.click();
  await expect(page.getByRole('tab', { name: 'Company processes' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(catalogue.item('Send dunning letters')).toHaveAttribute('aria-selected', 'true');
  await expect(name).toHaveValue('Send dunning letters');

  // Its parent collapsed and another process selected: the click opens the parent again.
  await catalogue.item('Bill to cash').click();
  await page.keyboard.press('ArrowLeft');
  await expect(catalogue.item('Bill to cash')).toHaveAttribute('aria-expanded', 'false');
  await expect(catalogue.item('Send dunning letters')).toHaveCount(0);
  await catalogue.item('Take customer order').click();
  await expect(name).toHaveValue('Take customer order');
  await dunning.click();
  await expect(catalogue.item('Bill to cash')).toHaveAttribute('aria-expanded', 'true');
  await expect(catalogue.item('Send dunning letters')).toHaveAttribute('aria-selected', 'true');
  await expect(name).toHaveValue('Send dunning letters');
});
