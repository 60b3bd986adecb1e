import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from './support/test';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../shared/codecs/csv';
import { startHost, type RunningHost } from './support/browser-host';
import { DataExportDialog } from './pages/data-export-dialog';
import { HeatMapPage } from './pages/heat-map-page';
import { MappingTablePage } from './pages/mapping-table-page';
import { WelcomePage } from './pages/welcome-page';

const SAMPLE = resolve('assets/sample-workspace');
const SHOTS = '/tmp/w3-reports-shots';
const run = promisify(execFile);

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(resolve('node_modules/.bin/tsx'), ['main/cli/index.ts', ...args], {
    env: { ...process.env, ETOM_STUDIO_DATA_DIR: await mkdtemp(join(tmpdir(), 'etom-cli-')) },
  });
  return stdout;
}

// Exports, reads back and runs the CLI once: slow on a loaded machine.
test.describe.configure({ timeout: 300_000 });

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('exports the report, the coverage and the mapping table from the app, and the files read back', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-export-'));
  const folder = join(base, 'sample');
  await cp(SAMPLE, folder, { recursive: true });
  const out = join(base, 'out');
  await mkdir(out);
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await new WelcomePage(page).openWorkspace(folder);

  // The alignment report, HTML, from the File menu.
  const report = await DataExportDialog.fromFileMenu(
    page,
    'Export report…',
    'Export alignment report',
  );
  await report.file.fill(join(out, 'report.html'));
  await page.screenshot({ path: `${SHOTS}/export-dialog-1280.png` });
  await report.exportTo(join(out, 'report.html'));

  // The report as XLSX.
  const book = await DataExportDialog.fromFileMenu(
    page,
    'Export report…',
    'Export alignment report',
  );
  await book.chooseFormat('XLSX');
  await book.exportTo(join(out, 'report.xlsx'));

  // The coverage, CSV and XLSX, from the heat map's toolbar.
  const heat = new HeatMapPage(page);
  await heat.open();
  const toolbar = page.getByRole('toolbar', { name: 'Coverage heat map' });
  await toolbar.getByRole('button', { name: 'Export…' }).click();
  const coverage = new DataExportDialog(page, 'Export coverage');
  await coverage.exportTo(join(out, 'coverage.csv'));
  await toolbar.getByRole('button', { name: 'Export…' }).click();
  await coverage.chooseFormat('XLSX');
  await coverage.exportTo(join(out, 'coverage.xlsx'));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/heat-map-toolbar-1920.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The mapping table, CSV and XLSX, from its toolbar.
  const table = new MappingTablePage(page);
  await table.open();
  await table.panel.getByRole('button', { name: 'Export…' }).click();
  const mappings = new DataExportDialog(page, 'Export mapping table');
  await mappings.exportTo(join(out, 'mappings.csv'));
  await table.panel.getByRole('button', { name: 'Export…' }).click();
  await mappings.chooseFormat('XLSX');
  await mappings.exportTo(join(out, 'mappings.xlsx'));

  // An existing file is replaced only when the user says so.
  await table.panel.getByRole('button', { name: 'Export…' }).click();
  await mappings.file.fill(join(out, 'mappings.csv'));
  await expect(mappings.file).toHaveAccessibleDescription('A file with this name exists.');
  await expect(mappings.exportButton).toBeDisabled();
  await mappings.dialog.getByRole('checkbox', { name: 'Replace the existing file' }).check();
  await expect(mappings.exportButton).toBeEnabled();
  await mappings.dialog.getByRole('button', { name: 'Cancel' }).click();

  // The coverage CSV has the CLI's rows, exactly.
  const csv = parseCsv(await readFile(join(out, 'coverage.csv'), 'utf8'));
  expect(csv).toEqual(parseCsv(await cli('coverage', folder, '--format', 'csv')));
  expect(csv.length).toBeGreaterThan(10);

  // The mapping table CSV: one row per mapping of the sample, both sides named.
  const sample = JSON.parse(await readFile(join(folder, 'mappings.json'), 'utf8')) as {
    mappings: Array<{ id: string }>;
  };
  const rows = parseCsv(await readFile(join(out, 'mappings.csv'), 'utf8'));
  expect(rows.length).toBe(sample.mappings.length + 1);
  expect(
    rows
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(sample.mappings.map((m) => m.id).sort());
  expect(rows.slice(1).every((r) => r[1] !== '' && r[7] !== '')).toBe(true);

  // The workbooks read back with the same library.
  const sheets = async (file: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, file));
    return workbook.worksheets.map((s) => s.name);
  };
  expect(await sheets('report.xlsx')).toEqual(
    expect.arrayContaining(['Summary', 'L2', 'Mappings']),
  );
  expect(await sheets('coverage.xlsx')).not.toContain('Mappings');
  expect((await sheets('coverage.xlsx'))[0]).toBe('Summary');
  expect(await sheets('mappings.xlsx')).toEqual(['Mappings']);

  // The HTML report opens in Chromium with no errors, and holds no script.
  const problems: string[] = [];
  const reader = await page.context().newPage();
  reader.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  reader.on('pageerror', (e) => problems.push(e.message));
  await reader.setViewportSize({ width: 1280, height: 720 });
  await reader.goto(pathToFileURL(join(out, 'report.html')).href);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Kestrel Telecom');
  await expect(reader.locator('script')).toHaveCount(0);
  await reader.screenshot({ path: `${SHOTS}/report-from-app-1280.png` });
  expect(problems).toEqual([]);
});
