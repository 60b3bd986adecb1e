/**
 * The measurements of `npm run bench:canvas`, the same for both editors: long tasks (a
 * PerformanceObserver installed before the page's own scripts), JS heap after a full GC
 * (CDP), frame times from requestAnimationFrame while real mouse input pans and zooms, and
 * main-thread time (CDP Performance metrics) of dragging the selected nodes.
 */
import type { CDPSession, Page } from '@playwright/test';

/** Runs in the page before its scripts: keeps every long task from the start. */
export const LONG_TASK_RECORDER = `
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
`;

/** How long after a gesture work it started may still run (debounced saves, journals). */
export const SETTLE_MS = 1_500;

export interface Point {
  x: number;
  y: number;
}

/**
 * The longest task still running at or after `since` (page ms), or 0: the task in which
 * `since` was taken counts too (the gesture's synchronous start runs in it).
 */
export async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((start) => {
    const tasks = (
      window as unknown as { __benchLongTasks?: { start: number; duration: number }[] }
    ).__benchLongTasks;
    return Math.max(
      0,
      ...(tasks ?? []).filter((t) => t.start + t.duration >= start).map((t) => t.duration),
    );
  }, since);
}

/** Used JS heap in MB after a full garbage collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

/** Resolves after the next frame has been produced and the task after it has run. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(), 0))),
  );
}

// As text: tsx names the page's inner functions with a helper the page does not have.
const START_FRAMES = `(() => {
  const state = { times: [], on: true };
  window.__benchFrames = state;
  const tick = (time) => {
    state.times.push(time);
    if (state.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START_FRAMES);
}

/** Stops the frame recorder; the time between consecutive frames, in ms. */
async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const state = (window as unknown as { __benchFrames: { times: number[]; on: boolean } })
      .__benchFrames;
    state.on = false;
    return state.times.slice(1).map((time, i) => time - (state.times[i] ?? time));
  });
}

/**
 * Pans by dragging empty canvas from `start` (a loop out and back, one mouse move per frame),
 * then zooms at `centre` with `notches` wheel notches in and as many out (Ctrl held where the
 * editor zooms with Ctrl+wheel). Returns every frame time recorded meanwhile.
 */
export async function panAndZoom(
  page: Page,
  start: Point,
  centre: Point,
  options: { steps: number; notches: number; ctrlZoom: boolean },
): Promise<number[]> {
  await startFrames(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const path = (i: number): Point => {
    // Out along a diagonal and back: 600 px right and 400 px down at the far end.
    const t =
      i <= options.steps / 2 ? i / (options.steps / 2) : (options.steps - i) / (options.steps / 2);
    return { x: start.x + 600 * t, y: start.y + 400 * t };
  };
  for (let i = 1; i <= options.steps; i += 1) {
    const at = path(i);
    await page.mouse.move(at.x, at.y);
    await nextFrame(page);
  }
  await page.mouse.up();
  await page.mouse.move(centre.x, centre.y);
  if (options.ctrlZoom) await page.keyboard.down('Control');
  for (const direction of [-1, 1]) {
    for (let i = 0; i < options.notches; i += 1) {
      await page.mouse.wheel(0, 100 * direction);
      await nextFrame(page);
    }
  }
  if (options.ctrlZoom) await page.keyboard.up('Control');
  await nextFrame(page);
  return stopFrames(page);
}

async function mainThreadSeconds(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

/**
 * Main-thread time (task, ms) of `gesture` (a selection), from its start until SETTLE_MS after
 * it ended: what selecting costs, beside the drag that follows it.
 */
export async function gestureTaskMs(
  page: Page,
  cdp: CDPSession,
  gesture: () => Promise<void>,
): Promise<number> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await mainThreadSeconds(cdp);
  await gesture();
  await nextFrame(page);
  await page.waitForTimeout(SETTLE_MS);
  const after = await mainThreadSeconds(cdp);
  return (after.task - before.task) * 1000;
}

/**
 * Main-thread time (task and script, ms) of dragging from `from` by 200 x 120 px in 20 mouse
 * moves, until SETTLE_MS after the button is released; and, measured just before over
 * SETTLE_MS with nothing done, what the page spends on its own (timers, polling), which the
 * drag figure also holds for its settling time.
 */
export async function dragTime(
  page: Page,
  cdp: CDPSession,
  from: Point,
): Promise<{ taskMs: number; scriptMs: number; idleTaskMs: number }> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const idle = await mainThreadSeconds(cdp);
  await page.waitForTimeout(SETTLE_MS);
  const before = await mainThreadSeconds(cdp);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i += 1) {
    await page.mouse.move(from.x + 10 * i, from.y + 6 * i);
    await nextFrame(page);
  }
  await page.mouse.up();
  await nextFrame(page);
  await page.waitForTimeout(SETTLE_MS);
  const after = await mainThreadSeconds(cdp);
  return {
    taskMs: (after.task - before.task) * 1000,
    scriptMs: (after.script - before.script) * 1000,
    idleTaskMs: (before.task - idle.task) * 1000,
  };
}
