/**
 * Frame times in the page: a requestAnimationFrame loop records the gap between frames while
 * the benchmark drives the page (wheel, keys), and a long-task observer the main-thread tasks
 * over 50 ms. A frame's gap is what the user sees: 16.7 ms at 60 Hz when nothing blocks.
 */
import type { Page } from '@playwright/test';

// Sent as text: tsx names inner functions with a helper (`__name`) the page does not have.
const START = `(() => {
  const probe = { gaps: [], longTasks: [], running: true };
  window.__frameProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  let last = 0;
  function tick(now) {
    if (!probe.running) return;
    if (last > 0) probe.gaps.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})()`;

const STOP = `new Promise((resolve) => requestAnimationFrame(() => {
  const probe = window.__frameProbe;
  probe.running = false;
  resolve({ gaps: probe.gaps, longTasks: probe.longTasks });
}))`;

/** Starts recording frame gaps in the page. */
export async function startFrameProbe(page: Page): Promise<void> {
  await page.evaluate(START);
}

/** Stops the recording after one more frame; the gaps and long tasks seen. */
export async function stopFrameProbe(page: Page): Promise<{ gaps: number[]; longTasks: number[] }> {
  return page.evaluate<{ gaps: number[]; longTasks: number[] }>(STOP);
}
