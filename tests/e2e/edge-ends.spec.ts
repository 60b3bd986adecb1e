import { expect, test, type Locator, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { openSampleCopy } from './support/sample-copy';
import { WorkspacePage } from './pages/workspace-page';
import { DiagramCanvas } from './pages/diagram-canvas';

/*
 * Connections that meet a node on the same side arrive side by side, in the order of where
 * they come from (shared/render/end-spread.ts), on the canvas as in the exports: two mappings
 * into one eTOM process ran along one line into one point.
 */
let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

/** The first and last point of a connection's drawn path, in diagram units. */
async function endsOf(edge: Locator) {
  const d = await edge.locator('path.react-flow__edge-path').getAttribute('d');
  const numbers = (d ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  const [x0, y0] = numbers;
  const [x, y] = numbers.slice(-2);
  if (x0 === undefined || y0 === undefined || x === undefined || y === undefined) {
    throw new Error(`no path: ${d}`);
  }
  return { start: { x: x0, y: y0 }, end: { x, y } };
}

/** The sample's "Order to activate" at 1280x720, from a fresh copy of the sample. */
async function openOrderToActivate(page: Page): Promise<WorkspacePage> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await openSampleCopy(page, 'etom-e2e-ends-');
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to activate');
  return ws;
}

test('two mappings into one eTOM process arrive side by side, in the order of their sources', async ({
  page,
}) => {
  const ws = await openOrderToActivate(page);
  const into = (from: string) =>
    ws.editor.getByRole('group', {
      name: `Connection from ${from} to Manage Customer Order Placement`,
    });
  const left = into('Capture sales order');
  const right = into('Validate address and serviceability');
  await expect(left).toHaveCount(1);
  await expect(right).toHaveCount(1);
  const [a, b] = [await endsOf(left), await endsOf(right)];
  // Both reach the top of 1.3.3.10 (at the same height), 20 units apart, the left source's
  // on the left.
  expect(a.end.y).toBe(b.end.y);
  expect(b.end.x - a.end.x).toBeCloseTo(20, 1);
  // OTA-01 is right above 1.3.3.10: its end moved as far, so its line runs straight down.
  expect(a.start.x).toBeCloseTo(a.end.x, 1);
  await page.screenshot({ path: test.info().outputPath('edge-ends.png') });
});

/** Where a selected connection's grip and the end of its line are on screen. */
async function gripAndEnd(edge: Locator, end: 'source' | 'target') {
  return edge.evaluate((group, which) => {
    const line = group.querySelector<SVGPathElement>('path.react-flow__edge-path');
    const grip = group.querySelector(`.react-flow__edgeupdater-${which}`);
    const matrix = line?.getScreenCTM();
    if (!line || !grip || !matrix) throw new Error(`no line or no ${which} grip`);
    const point = line.getPointAtLength(which === 'source' ? 0 : line.getTotalLength());
    const box = grip.getBoundingClientRect();
    return {
      grip: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      end: { x: point.x * matrix.a + matrix.e, y: point.y * matrix.d + matrix.f },
    };
  }, end);
}

test('a selected connection has its end grips on the ends of its line, where ends are spread', async ({
  page,
}) => {
  await openOrderToActivate(page);
  const canvas = new DiagramCanvas(page);
  const from = 'Validate address and serviceability';
  const to = 'Manage Customer Order Placement';
  await canvas.selectEdge(from, to);
  const edge = canvas.edge(from, to);
  // Its end at 1.3.3.10 is the right one of two, 10 units right of the top's middle: the grip
  // is there, above the line's end (React Flow puts it a radius out from the side).
  const target = await gripAndEnd(edge, 'target');
  expect(Math.abs(target.grip.x - target.end.x)).toBeLessThan(1);
  expect(target.grip.y).toBeLessThan(target.end.y);
  // Its source end is alone on its side: the grip stays on it.
  const source = await gripAndEnd(edge, 'source');
  expect(Math.abs(source.grip.x - source.end.x)).toBeLessThan(1);

  // Dragged by that grip, the end moves: the grip is where the user takes hold of the end.
  await canvas.dragEdgeEnd(
    from,
    to,
    'target',
    canvas.handle('Manage Customer Order Payment', 'top'),
    'Manage Customer Order Payment',
  );
  await expect(canvas.edge(from, 'Manage Customer Order Payment')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('edge-grips.png') });
});
