import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from './support/test';
import { HEAT_STEPS, heatStepIndex } from '../../shared/coverage/heat-palette';
import { startHost, type RunningHost } from './support/browser-host';
import { openSampleCopy, sampleCopy } from './support/sample-copy';
import { HeatMapPage } from './pages/heat-map-page';

const run = promisify(execFile);
const SHOTS = '/tmp/coverage-shots';

interface CliRow {
  id: string;
  level: number;
  coveredChildren: number;
  inScopeChildren: number;
  scorePercent: number;
}

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(resolve('node_modules/.bin/tsx'), ['main/cli/index.ts', ...args], {
    env: { ...process.env, ETOM_STUDIO_DATA_DIR: await mkdtemp(join(tmpdir(), 'etom-cli-')) },
  });
  return stdout;
}

// Each test runs the CLI (tsx) once or twice: slow on a loaded machine.
test.describe.configure({ timeout: 300_000 });

const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

test('the HTML report opens without console errors and shows the numbers the CLI prints', async ({
  page,
}) => {
  const folder = await sampleCopy('etom-e2e-coverage-');
  const out = join(folder, '..', 'report.html');
  await cli('report', folder, '--format', 'html', '--out', out);
  const rows = (JSON.parse(await cli('coverage', folder, '--format', 'json')) as { rows: CliRow[] })
    .rows;
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(out).href);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kestrel Telecom');
  const table = page.locator('#per-l2 table');
  const l2 = rows.filter((r) => r.level === 2);
  expect(l2.length).toBeGreaterThan(5);
  await expect(table.locator('tbody tr')).toHaveCount(l2.length);
  for (const row of l2) {
    const line = table.locator('tr', {
      has: page.locator('td', { hasText: new RegExp(`^${row.id.replace(/\./g, '\\.')}$`) }),
    });
    await expect(line.locator('td[data-n-m]')).toHaveAttribute(
      'data-n-m',
      `${row.coveredChildren}/${row.inScopeChildren}`,
    );
    await expect(line.locator('td[data-score]')).toHaveAttribute(
      'data-score',
      String(row.scorePercent),
    );
  }
  await expect(page.locator('#rules')).toContainText('Scope [0/m]');
  await expect(page.locator('script')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/report-1280.png` });
  expect(problems).toEqual([]);
});

let host: RunningHost;
test.describe('heat map', () => {
  test.beforeEach(async ({ page }) => {
    host = await startHost();
    await host.open(page);
  });
  test.afterEach(async () => {
    await host.stop();
  });

  test('cells show n/m and % in the colour of their step, and open what maps to them', async ({
    page,
  }) => {
    const folder = await openSampleCopy(page, 'etom-e2e-coverage-');
    await expect(page.getByRole('banner')).toContainText('Kestrel Telecom');
    const heat = new HeatMapPage(page);
    await heat.open();
    const rows = (
      JSON.parse(await cli('coverage', folder, '--format', 'json')) as { rows: CliRow[] }
    ).rows;
    for (const id of ['1.3.3', '1.3.10', '1.4.8', '1.5.5']) {
      const row = rows.find((r) => r.id === id)!;
      const cell = page.locator(`.map-grid button[aria-label^="${id} "]`).first();
      await expect(cell).toContainText(
        `${row.coveredChildren}/${row.inScopeChildren} ${row.scorePercent}%`,
      );
      const step = HEAT_STEPS[heatStepIndex(row.scorePercent / 100)]!;
      expect(hex(await cell.evaluate((el) => getComputedStyle(el).backgroundColor))).toBe(
        step.fill,
      );
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${SHOTS}/heatmap-1920.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: `${SHOTS}/heatmap-1280.png` });

    // At 1280 px the cell sits under the library sidebar: open it on a wider window.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('.map-grid button[aria-label^="1.3.10 "]').first().click();
    await expect(heat.details).toContainText('Dunning letters');
    await expect(heat.details.getByTestId('heat-n-m')).toHaveText('Scope [4/4]');
    await heat.details.getByRole('button', { name: /1\.3\.10\.3/ }).click();
    await expect(heat.details.getByRole('heading', { level: 3 })).toContainText('1.3.10.3');
    await expect(heat.details).toContainText('Hand debt to collection agency');
    await page.screenshot({ path: `${SHOTS}/heatmap-details-1280.png` });
  });
});
