import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Locator } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { CataloguePanel } from './pages/catalogue-panel';
import { HeatMapPage } from './pages/heat-map-page';
import { LibraryPanel } from './pages/library-panel';
import { MappingTablePage } from './pages/mapping-table-page';
import { CoverageListsPage, runFromPalette } from './pages/scope-page';
import { WelcomePage } from './pages/welcome-page';

/*
 * What a new analyst met walking issue 8 in the built app: a spreadsheet saved as a semicolon
 * CSV (BOM, quoted cells with semicolons, quotes and a line break) read from its file; codes that
 * broke at their hyphen in the preview and the coverage lists; the mapping table's last column
 * pushed out of a 1440 px window by the library panel; ids unreadable on the heat map's light
 * steps in the dark theme; a folder typed in "Open the sample" replaced by the offered one.
 */
const SAMPLE = resolve('assets/sample-workspace');

let host: RunningHost;
test.describe.configure({ timeout: 240_000 });
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

/** The company's own processes, as a spreadsheet saves them: semicolons, BOM, CRLF, quoting. */
function semicolonCsv(): string {
  const rows = [
    ['Code', 'Process name', 'Parent code', 'Description', 'Owner'],
    ['CX-100', 'Customer experience', '', 'End-to-end "care"; all channels', 'Ana Ribeiro'],
    [
      'CX-100-01',
      'Handle port-in request',
      'CX-100',
      'Number porting; see runbook\nsection 2',
      'Tom O’Neill',
    ],
    ['CX-100-02', 'Send dunning letters', 'CX-100', 'Collection "soft" step', 'Li Wei'],
    ['CX-100-03', 'Triage NOC alarms', 'CX-100', 'Network operations', 'Marta Nowak'],
  ];
  const quote = (cell: string) => (/[";\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return '\uFEFF' + rows.map((row) => row.map(quote).join(';')).join('\r\n') + '\r\n';
}

/** How many lines a piece of inline text takes (1 when it does not wrap). */
async function lineCount(text: Locator): Promise<number> {
  return text.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
}

test('a semicolon CSV read from its file imports whole; codes stay on one line; the table fits beside the library', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'etom-e2e-walk-'));
  const folder = join(dir, 'sample');
  await cp(SAMPLE, folder, { recursive: true });
  const csv = join(dir, 'company processes.csv');
  await writeFile(csv, semicolonCsv());
  await page.setViewportSize({ width: 1440, height: 900 });
  await new WelcomePage(page).openWorkspace(folder);

  const catalogue = new CataloguePanel(page);
  await catalogue.open();
  await page
    .getByRole('toolbar', { name: 'Company processes' })
    .getByRole('button', { name: 'Import…' })
    .click();
  const dialog = catalogue.importDialog;
  await dialog.getByLabel(/CSV or XLSX file/).fill(csv);
  await dialog.getByRole('button', { name: 'Read file' }).click();
  await expect(dialog).toContainText('4 row(s) under the header');
  // The BOM is not part of the first header: the columns are guessed from the header names.
  await expect(dialog.getByLabel('Code', { exact: true })).toHaveValue('0');
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('1');
  await expect(dialog.getByLabel('Parent code', { exact: true })).toHaveValue('2');
  const preview = dialog.getByRole('region', { name: 'Preview' });
  for (const code of ['CX-100', 'CX-100-01', 'CX-100-02']) {
    expect(await lineCount(preview.getByRole('cell', { name: code, exact: true })), code).toBe(1);
  }
  await dialog.getByRole('button', { name: 'Import 4 processes' }).click();
  await expect(dialog).toBeHidden();
  await page.getByLabel('Filter processes').fill('CX-100');
  await catalogue.item(/Handle port-in request/).click();
  await expect(catalogue.details.getByLabel('Description')).toHaveValue(
    'Number porting; see runbook\nsection 2',
  );

  await page.getByLabel('Filter processes').fill('');

  // Unmapped, the new processes are extensions; their codes read as one word.
  const lists = new CoverageListsPage(page);
  await lists.open();
  for (const code of ['CX-100-01', 'CX-100-02', 'CX-100-03']) {
    const cell = lists.extensions.getByRole('cell', { name: code, exact: true });
    await expect(cell).toBeVisible();
    expect(await lineCount(cell.locator('code')), code).toBe(1);
  }

  // The mapping table beside the open library: every column inside the window, each header
  // over its column.
  await expect(new LibraryPanel(page).root).toBeVisible();
  const table = new MappingTablePage(page);
  await table.open();
  await expect(table.rows.first()).toBeVisible();
  const headers = table.grid.getByRole('columnheader');
  const last = headers.last();
  await expect(last).toHaveText(/Updated/);
  const window = page.viewportSize()!;
  const panel = (await table.panel.boundingBox())!;
  const lastBox = (await last.boundingBox())!;
  expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(
    Math.min(window.width, panel.x + panel.width) + 0.5,
  );
  const firstRowCells = table.rows.first().getByRole('gridcell');
  for (let i = 0; i < (await headers.count()); i += 1) {
    const head = (await headers.nth(i).boundingBox())!;
    const cell = (await firstRowCells.nth(i).boundingBox())!;
    expect(Math.abs(head.x - cell.x), `column ${i}`).toBeLessThanOrEqual(1);
    expect(Math.abs(head.width - cell.width), `column ${i}`).toBeLessThanOrEqual(1);
  }

  // The heat map in the dark theme: a filled cell's id is in the cell's own text colour.
  await runFromPalette(page, 'Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const heat = new HeatMapPage(page);
  await heat.open();
  const cell = page.locator('.map-grid button[aria-label^="1.3.3 "]').first();
  await expect(cell).toContainText('%');
  const colours = await cell.evaluate((element) => ({
    cell: getComputedStyle(element).color,
    id: getComputedStyle(element.querySelector('.map-id')!).color,
  }));
  expect(colours.id).toBe(colours.cell);
});

test('a folder typed before the sample’s details arrive is kept, not replaced by the offered one', async ({
  page,
}) => {
  // The host answers sample.info late, as on a busy machine.
  let release: () => void = () => {};
  const answered = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/sample.info', async (route) => {
    await answered;
    await route.continue();
  });
  const target = join(await mkdtemp(join(tmpdir(), 'etom-e2e-walk-')), 'Our copy');
  await page.getByRole('button', { name: 'Open the sample' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open the sample' });
  const folder = dialog.getByLabel('Folder');
  await folder.fill(target);
  release();
  await expect(dialog).toContainText('40 processes');
  await expect(folder).toHaveValue(target);
  await dialog.getByRole('button', { name: 'Copy and open' }).click();
  await expect(page.getByRole('banner')).toContainText(target);
});
