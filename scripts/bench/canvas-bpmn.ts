/**
 * Measures bpmn-js in `npm run bench:canvas`: the same grid as BPMN XML with DI, imported by
 * bpmn-js's Modeler in a canvas the size of ours, with the same starting view, the same
 * 100 nodes selected (through its selection service) and dragged, and the same pan and zoom.
 */
import type { Browser } from '@playwright/test';
import {
  LONG_TASK_RECORDER,
  SETTLE_MS,
  dragTime,
  heapAfterGc,
  longestTaskSince,
  panAndZoom,
} from './canvas-probe';
import type { EditorFigures, PaneBox } from './canvas-figures';
import { START_VIEW, draggedIndexes, type BenchLayout } from './canvas-layout';
import { bpmnXml } from './bpmn-xml';
import type { BpmnServer } from './bpmn-server';
import { VIEWPORT } from './canvas-ours';

export async function measureBpmn(
  browser: Browser,
  server: BpmnServer,
  layout: BenchLayout,
  pane: PaneBox,
): Promise<EditorFigures> {
  server.serve(bpmnXml(layout), pane);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: LONG_TASK_RECORDER });
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(server.url);
    const cdp = await context.newCDPSession(page);
    const { start, ready } = await page.evaluate(() =>
      (window as unknown as { benchOpen(): Promise<{ start: number; ready: number }> }).benchOpen(),
    );
    await page.waitForTimeout(SETTLE_MS);
    const longestTaskMs = await longestTaskSince(page, start);
    const heapMb = await heapAfterGc(cdp);
    const box = { x: 0, y: 0, width: pane.width, height: pane.height };

    const indexes = draggedIndexes(layout);
    const first = await page.evaluate((ids) => {
      const modeler = (window as unknown as { benchModeler: { get(name: string): unknown } })
        .benchModeler;
      const registry = modeler.get('elementRegistry') as {
        get(id: string): unknown;
        getGraphics(element: unknown): Element;
      };
      const elements = ids.map((i) => registry.get(`Node_${i}`));
      (modeler.get('selection') as { select(elements: unknown[]): void }).select(elements);
      const rect = registry.getGraphics(elements[0]).getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }, indexes);
    const drag = await dragTime(page, cdp, first);
    const frames = await panAndZoom(
      page,
      { x: box.x + START_VIEW.x / 2, y: box.y + box.height / 2 },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      { steps: 90, notches: 10, ctrlZoom: true },
    );
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    return {
      openMs: ready - start,
      longestTaskMs,
      heapMb,
      frames,
      drag,
      selectMs: Number.NaN,
      selected: indexes.length,
      domNodes,
      pane: box,
    };
  } finally {
    await context.close();
  }
}
