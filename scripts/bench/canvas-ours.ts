/**
 * Measures eTOM Studio in `npm run bench:canvas`: a fresh browser host and page per size; the
 * benchmark workspace opened through the app's Open dialog; the figures of canvas-probe.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startHost, type RunningHost } from '../../tests/e2e/support/browser-host';
import { COL_STEP, NODE_HEIGHT, NODE_WIDTH, ROW_STEP, START_VIEW } from './canvas-layout';
import {
  LONG_TASK_RECORDER,
  SETTLE_MS,
  dragTime,
  gestureTaskMs,
  heapAfterGc,
  longestTaskSince,
  panAndZoom,
} from './canvas-probe';
import type { EditorFigures, PaneBox } from './canvas-figures';
import { writeBenchWorkspace } from './canvas-workspace';

export const VIEWPORT = { width: 1920, height: 1080 } as const;
const READY_MARK = 'diagram:ready';

/** Screen point of a flow point in the benchmark's starting view. */
function onScreen(pane: PaneBox, x: number, y: number) {
  return {
    x: pane.x + START_VIEW.x + x * START_VIEW.zoom,
    y: pane.y + START_VIEW.y + y * START_VIEW.zoom,
  };
}

/**
 * Opens the workspace through the Open dialog; the time from the click on Open to the diagram
 * painted, and when the click was (page clock).
 */
async function openThroughDialog(
  page: Page,
  folder: string,
  timeout: number,
): Promise<{ openMs: number; clicked: number }> {
  await page.getByRole('button', { name: 'Open workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open workspace' });
  // The folder browser's first listing fills an empty Folder field with the home folder: the
  // path is typed once it has (as the e2e welcome page object does).
  await dialog.getByRole('listbox', { name: /^Folders in \// }).waitFor();
  await dialog.getByLabel('Folder', { exact: true }).fill(folder);
  const open = dialog.getByRole('button', { name: 'Open', exact: true });
  // Open is enabled once the dialog has checked the folder.
  await open.and(page.locator(':enabled')).waitFor();
  // The clock starts in the page, at the click, so the round trip to Playwright is not in it.
  const start = await open.evaluate((button: HTMLButtonElement) => {
    const now = performance.now();
    button.click();
    return now;
  });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, {
    timeout,
  });
  const ready = await page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
    READY_MARK,
  );
  return { openMs: ready - start, clicked: start };
}

/** Selects the top-left 10 x 10 block with a Shift rubber band; how many nodes it selected. */
async function selectBlock(page: Page, pane: PaneBox): Promise<number> {
  const from = { x: pane.x + START_VIEW.x / 2, y: pane.y + 8 };
  const to = onScreen(pane, 9 * COL_STEP + NODE_WIDTH + 16, 9 * ROW_STEP + NODE_HEIGHT + 16);
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  return page.locator('.react-flow__node.selected').count();
}

/** Starts a browser host, trying again twice: on a loaded machine it may start slowly. */
async function startHostPatiently(): Promise<RunningHost> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startHost();
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`  the browser host did not start (${String(error).split('\n')[0]}); again`);
    }
  }
}

/** Opens a workspace of `count` nodes and measures it. */
export async function measureOurs(browser: Browser, count: number): Promise<EditorFigures> {
  const host = await startHostPatiently();
  const folder = await mkdtemp(join(tmpdir(), 'etom-bench-canvas-'));
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await writeBenchWorkspace(join(folder, 'workspace'), count);
    await context.addInitScript({ content: LONG_TASK_RECORDER });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await host.open(page);
    const cdp = await context.newCDPSession(page);
    const { openMs, clicked } = await openThroughDialog(page, join(folder, 'workspace'), 300_000);
    await page.waitForTimeout(SETTLE_MS);
    // From the click on Open, as bpmn-js's from its importXML call: the dialog before it (and
    // Playwright's own script injected into the page then) is not opening the diagram.
    const longestTaskMs = await longestTaskSince(page, clicked);
    const heapMb = await heapAfterGc(cdp);
    const box = await page.locator('.react-flow').boundingBox();
    if (!box) throw new Error('the canvas is not on screen');
    const pane = { x: box.x, y: box.y, width: box.width, height: box.height };

    let selected = 0;
    const selectMs = await gestureTaskMs(page, cdp, async () => {
      selected = await selectBlock(page, pane);
    });
    const drag = await dragTime(page, cdp, onScreen(pane, NODE_WIDTH / 2, NODE_HEIGHT / 2));
    const frames = await panAndZoom(
      page,
      { x: pane.x + START_VIEW.x / 2, y: pane.y + pane.height / 2 },
      { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 },
      { steps: 90, notches: 10, ctrlZoom: false },
    );
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { openMs, longestTaskMs, heapMb, frames, drag, selectMs, selected, domNodes, pane };
  } finally {
    await context.close();
    await host.stop();
    await rm(host.dataDir, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  }
}
