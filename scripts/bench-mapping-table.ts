/**
 * `npm run bench:mapping-table`: the mapping table and the heat map of a workspace with 5,000
 * company processes and 10,000 mappings, in headless Chromium against the built browser host.
 * Per fresh page load: the table scrolled down with the mouse wheel (frame gaps from
 * requestAnimationFrame, long tasks), the heat map's
 * first paint (`etom:heatmap-paint`), then the library search typed key by key (keystroke to
 * the company and framework hits painted), beside the same measure on a page that does nothing
 * else (the floor the frame clock sets). Prints p50/p95/max and records the scroll p95, the
 * heat map paint and the keystroke p95 for `npm run bench`'s table; `--quick`: one run on the
 * quick workspace (large-workspace.ts). Numbers only, nothing is asserted. Builds out/ first
 * when it is stale.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { writeWorkspaceFiles } from '../tests/fixtures/workspace-builder';
import { startHost } from '../tests/e2e/support/browser-host';
import { MappingTablePage } from '../tests/e2e/pages/mapping-table-page';
import { WelcomePage } from '../tests/e2e/pages/welcome-page';
import { isQuickBench, recordFigures } from './bench/bench-record';
import { ensureBuilt } from './bench/built-app';
import { startFrameProbe, stopFrameProbe } from './bench/frame-probe';
import { MAPPINGS, PROCESSES, largeDocument } from './bench/large-workspace';
import { floorTimes, typeAndTime, type KeystrokeTime } from './bench/search-paint';
import { quantile } from './bench/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? (isQuickBench() ? 1 : 3));
/** Issue 8's target for scrolling and for a keystroke's results: within one 60 Hz frame. */
const FRAME_MS = 17;
const KEYSTROKE_MS = 16;
const WHEEL_TICKS = 150;
const WHEEL_PX = 400;
const QUERIES = ['activity 42', 'value stream 3', 'handles the step', 'stream 12 activity'];
const CHROMIUM = process.env.ETOM_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'];

interface Run {
  gaps: number[];
  longTasks: number[];
  scrolled: number;
  heatPaint: number;
  keystrokes: KeystrokeTime[];
}

/** Wheels the table down WHEEL_TICKS times, a frame apart; the frame gaps meanwhile. */
async function scrollTable(
  page: Page,
  table: MappingTablePage,
): Promise<Pick<Run, 'gaps' | 'longTasks' | 'scrolled'>> {
  const scroller = table.grid.getByTestId('mapping-scroll');
  const box = await scroller.boundingBox();
  if (!box) throw new Error('the mapping table has no scroll area');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await startFrameProbe(page);
  for (let i = 0; i < WHEEL_TICKS; i += 1) {
    await page.mouse.wheel(0, WHEEL_PX);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  const { gaps, longTasks } = await stopFrameProbe(page);
  const scrolled = await scroller.evaluate((element) => element.scrollTop);
  return { gaps, longTasks, scrolled };
}

async function runOnce(browser: Browser, folder: string): Promise<Run> {
  const host = await startHost();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await host.open(page);
    // The page objects' expectations wait 5 s outside the test runner: too short for opening
    // 10,000 mappings under load, so the waits here are the locators' own (page timeout).
    await new WelcomePage(page).openWorkspace(folder, { waitForOpen: false });
    await page.getByRole('main', { name: 'eTOM Studio' }).waitFor({ state: 'hidden' });
    const table = new MappingTablePage(page);
    const bar = page.getByRole('menubar', { name: 'Application menu' });
    await bar.getByRole('menuitem', { name: 'View' }).click();
    await page
      .getByRole('menu', { name: 'View' })
      .getByRole('menuitem', { name: 'Mapping table' })
      .click();
    await table.rows.first().waitFor();
    const scroll = await scrollTable(page, table);
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command' }).fill('Coverage heat map');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => performance.getEntriesByName('etom:heatmap-paint').length > 0);
    const heatPaint = await page.evaluate(
      () => performance.getEntriesByName('etom:heatmap-paint')[0]?.duration ?? Number.NaN,
    );
    // The library search with the 5,000 company processes indexed too, key by key.
    const keystrokes: KeystrokeTime[] = [];
    for (const query of QUERIES) keystrokes.push(...(await typeAndTime(page, query)));
    return { ...scroll, heatPaint, keystrokes };
  } finally {
    await context.close();
    await host.stop();
    await rm(host.dataDir, { recursive: true, force: true });
  }
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

function report(version: string, runs: readonly Run[], floor: readonly number[]): void {
  const gaps = runs.flatMap((r) => r.gaps).sort((a, b) => a - b);
  const longTasks = runs.flatMap((r) => r.longTasks).sort((a, b) => a - b);
  const heat = runs.map((r) => r.heatPaint).sort((a, b) => a - b);
  console.log(
    `Mapping table and heat map (Chromium ${version}, headless, software rendering, 1400x900, ` +
      `${PROCESSES.toLocaleString('en')} processes, ${MAPPINGS.toLocaleString('en')} mappings, ${runs.length} fresh page loads)`,
  );
  console.log(
    `table scroll, ${WHEEL_TICKS} wheel ticks of ${WHEEL_PX} px per run (reached ${runs.map((r) => r.scrolled).join(', ')} px): ` +
      `${gaps.length} frames, p50 ${ms(quantile(gaps, 0.5))}, p95 ${ms(quantile(gaps, 0.95))}, max ${ms(quantile(gaps, 1))}`,
  );
  console.log(
    `long tasks (over 50 ms) while scrolling: ${longTasks.length}` +
      (longTasks.length > 0 ? `, longest ${ms(quantile(longTasks, 1))}` : ''),
  );
  const typed = runs.flatMap((r) => r.keystrokes);
  // A keystroke never painted (within 5 s) is reported, not left out of the count silently.
  const painted = typed.filter((k) => !Number.isNaN(k.ms));
  const keys = painted.map((k) => k.ms).sort((a, b) => a - b);
  const firstFrame = painted.filter((k) => k.frame === 1).length;
  const bare = [...floor].sort((a, b) => a - b);
  console.log(
    `library search with the company processes, keystroke to results painted (${keys.length} keystrokes` +
      `${typed.length > painted.length ? `, ${typed.length - painted.length} never painted` : ''}): ` +
      `p50 ${ms(quantile(keys, 0.5))}, p95 ${ms(quantile(keys, 0.95))}, max ${ms(quantile(keys, 1))}; ` +
      `painted in the first frame after the keystroke: ${firstFrame} of ${painted.length}`,
  );
  console.log(
    `the same measure on a page that only marks the lists (the frame clock's floor, ${bare.length} keystrokes): ` +
      `p50 ${ms(quantile(bare, 0.5))}, p95 ${ms(quantile(bare, 0.95))}, max ${ms(quantile(bare, 1))}`,
  );
  console.log(
    `heat map first paint: median ${ms(quantile(heat, 0.5))}, min ${ms(quantile(heat, 0))}, max ${ms(quantile(heat, 1))}`,
  );
  const size = `${PROCESSES.toLocaleString('en')} processes, ${MAPPINGS.toLocaleString('en')} mappings`;
  const scrollP95 = quantile(gaps, 0.95);
  const keyP95 = quantile(keys, 0.95);
  recordFigures('mapping-table', [
    {
      measure: `table scroll, frame time p95, ${size}`,
      ours: scrollP95,
      unit: 'ms',
      target: { text: `p95 <= ${FRAME_MS} ms (one frame)`, met: scrollP95 <= FRAME_MS },
    },
    { measure: `heat map first paint (median), ${size}`, ours: quantile(heat, 0.5), unit: 'ms' },
    {
      measure: `library search with the company processes, keystroke to painted p95, ${size}`,
      ours: keyP95,
      unit: 'ms',
      peer: { name: 'empty page, same measure', value: quantile(bare, 0.95) },
      target: { text: `p95 <= ${KEYSTROKE_MS} ms`, met: keyP95 <= KEYSTROKE_MS },
    },
  ]);
}

const temp = await mkdtemp(join(tmpdir(), 'etom-bench-mapping-table-'));
let browser: Browser | undefined;
try {
  console.log(ensureBuilt());
  const folder = join(temp, 'ws');
  await writeWorkspaceFiles(folder, largeDocument(0));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await runOnce(browser, folder));
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i += 1) floor.push(...(await floorTimes(browser, QUERIES)));
  report(browser.version(), runs, floor);
} finally {
  await browser?.close();
  await rm(temp, { recursive: true, force: true });
}
