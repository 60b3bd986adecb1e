/**
 * The browser half of `npm run bench:library`: in headless Chromium against the built browser
 * host, per fresh page load, the tree's first paint (`etom:tree-first-paint`), the map's first
 * paint in both schemes (`etom:map-first-paint`), expanding the tree to its deepest level until
 * the rows are painted, and the frame times of scrolling the fully expanded tree. Prints median,
 * min and max over the runs; skips with a line saying why when there is no Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startHost } from '../../tests/e2e/support/browser-host';
import { isQuickBench } from './bench-record';
import { ensureBuilt } from './built-app';
import { quantile, summary } from './stats';
import { CHROMIUM_ARGS } from './chromium-args';

// One fresh page load in a quick run (`npm run bench -- --quick`).
const RUNS = isQuickBench() ? 1 : 5;
const SCROLL_FRAMES = 120;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

interface Run {
  tree: number;
  map: number;
  mapScheme: string;
  classicMap: number;
  classicScheme: string;
  expand: number;
  expandLevel: string;
  expandRows: number;
  frames: number[];
}

/** Playwright's own Chromium when it is installed, else the system one, else none. */
function findChromium(): string | undefined {
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // No bundled browser registered for this platform; fall through to the system one.
  }
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** The duration of the nth (0-based) Performance measure `name`, waiting until it exists. */
async function measure(page: Page, name: string, nth: number): Promise<number> {
  await page.waitForFunction(
    ([entry, count]) => performance.getEntriesByName(entry).length > count,
    [name, nth] as const,
  );
  return page.evaluate(
    ([entry, index]) => performance.getEntriesByName(entry)[index]?.duration ?? Number.NaN,
    [name, nth] as const,
  );
}

/** Expands the tree to its deepest level; ms from the change to the frame with the new rows. */
async function expandDeepest(page: Page): Promise<{ ms: number; level: string; rows: number }> {
  return page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>('#tree-depth');
    const count = document.querySelector('.tree-count');
    if (!select || !count) throw new Error('the tree has no "Expand" select or row count');
    const deepest = [...select.options].filter((o) => /^\d+$/.test(o.value)).at(-1);
    if (!deepest) throw new Error('the "Expand" select offers no level');
    const before = count.textContent;
    const start = performance.now();
    select.value = deepest.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Waits frame by frame for the new rows, then for the frame that paints them.
    while (count.textContent === before) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const ms = performance.now() - start;
    const rows = Number((count.textContent ?? '').replace(/\D/g, ''));
    return { ms, level: deepest.value, rows };
  });
}

/** Scrolls the tree from top to bottom over SCROLL_FRAMES frames; the time of each frame. */
async function scrollTree(page: Page): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const tree = document.querySelector<HTMLElement>('[role="tree"]');
    if (!tree) throw new Error('no tree to scroll');
    tree.scrollTop = 0;
    const step = (tree.scrollHeight - tree.clientHeight) / frames;
    const times: number[] = [];
    let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    for (let i = 1; i <= frames; i += 1) {
      tree.scrollTop = Math.round(step * i);
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      times.push(now - last);
      last = now;
    }
    return times;
  }, SCROLL_FRAMES);
}

/** One fresh page load: new host, new browser context, new workspace in a temp folder. */
async function runOnce(browser: Browser): Promise<Run> {
  const host = await startHost();
  const folder = await mkdtemp(join(tmpdir(), 'etom-bench-ui-'));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await host.open(page);
    await page.getByRole('button', { name: 'New workspace' }).click();
    await page.getByLabel('Workspace name').fill('Benchmark');
    await page.getByLabel('Folder').fill(join(folder, 'workspace'));
    await page.getByRole('button', { name: 'Create workspace' }).click();
    const tree = await measure(page, 'etom:tree-first-paint', 0);

    const expanded = await expandDeepest(page);
    const frames = await scrollTree(page);

    const library = page.getByRole('region', { name: 'Framework library' });
    await library.getByRole('button', { name: 'Framework map' }).click();
    const map = await measure(page, 'etom:map-first-paint', 0);
    const scheme = page.getByLabel('Scheme', { exact: true });
    const mapScheme = await scheme.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
    const other = await scheme.evaluate(
      (s: HTMLSelectElement) => [...s.options].find((o) => !o.selected)?.value ?? '',
    );
    await scheme.selectOption(other);
    const classicMap = await measure(page, 'etom:map-first-paint', 1);
    const classicScheme = await scheme.evaluate(
      (s: HTMLSelectElement) => s.selectedOptions[0]?.text,
    );
    return {
      tree,
      map,
      mapScheme: mapScheme ?? '?',
      classicMap,
      classicScheme: classicScheme ?? '?',
      expand: expanded.ms,
      expandLevel: expanded.level,
      expandRows: expanded.rows,
      frames,
    };
  } finally {
    await context.close();
    await host.stop();
    await rm(host.dataDir, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  }
}

const cell = (value: number): string => value.toFixed(1).padStart(10);

function row(label: string, samples: readonly number[]): string {
  const { median, min, max } = summary(samples);
  return `${label.padEnd(64)}${cell(median)}${cell(min)}${cell(max)}`;
}

function report(version: string, runs: readonly Run[]): void {
  const first = runs[0];
  if (!first) return;
  const frames = runs.flatMap((r) => r.frames).sort((a, b) => a - b);
  console.log(
    `UI paint benchmark (Chromium ${version}, headless, software rendering, 1400x900, ${runs.length} fresh page loads)`,
  );
  console.log('');
  console.log(
    `${'measure'.padEnd(64)}${'median ms'.padStart(10)}${'min ms'.padStart(10)}${'max ms'.padStart(10)}`,
  );
  console.log(
    row(
      'tree first paint',
      runs.map((r) => r.tree),
    ),
  );
  console.log(
    row(
      `map first paint, ${first.mapScheme}`,
      runs.map((r) => r.map),
    ),
  );
  console.log(
    row(
      `map first paint after switching to ${first.classicScheme}`,
      runs.map((r) => r.classicMap),
    ),
  );
  console.log(
    row(
      `expand tree to level ${first.expandLevel} -> rows painted (${first.expandRows.toLocaleString('en')} rows)`,
      runs.map((r) => r.expand),
    ),
  );
  console.log('');
  console.log(
    `scroll of the fully expanded tree, ${SCROLL_FRAMES} frames x ${runs.length} runs: frame median ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms, max ${quantile(frames, 1).toFixed(1)} ms`,
  );
}

/** Measures and prints the browser figures, or a line saying why they were skipped. */
export async function benchUiPaint(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(
      `UI paint benchmark skipped: no Chromium (neither Playwright's own nor ${SYSTEM_CHROMIUM}).`,
    );
    return;
  }
  let browser: Browser | undefined;
  try {
    console.log(ensureBuilt());
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await runOnce(browser));
    report(browser.version(), runs);
  } catch (error) {
    // Numbers only: a broken UI run is reported, and the search figures above still stand.
    console.log(
      `UI paint benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await browser?.close();
  }
}
