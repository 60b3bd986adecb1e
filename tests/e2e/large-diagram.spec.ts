import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import type { DiagramFile } from '../../shared/model/diagram-schema';
import type { EdgeId, NodeId } from '../../shared/model/ids';
import { buildDiagram, buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramCanvas } from './pages/diagram-canvas';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * A diagram of more than a thousand nodes reaches the canvas in steps, the nodes in view
 * first (renderer/canvas/progressive-reveal.ts): what the user sees, finds and edits is the
 * whole diagram all the same.
 */
let host: RunningHost;
let folder: string;

/** A grid of 40 x 40 boxes ("Box <column>-<row>"), each row chained left to right. */
function gridDiagram(): DiagramFile {
  const side = 40;
  const id = (c: number, r: number) => `n-${c}-${r}` as NodeId;
  const nodes: DiagramFile['nodes'] = [];
  const edges: DiagramFile['edges'] = [];
  for (let r = 0; r < side; r += 1) {
    for (let c = 0; c < side; c += 1) {
      nodes.push({
        id: id(c, r),
        kind: 'box',
        label: `Box ${c}-${r}`,
        x: c * 240,
        y: r * 120,
        width: 160,
        height: 60,
        z: 0,
      });
      if (c > 0)
        edges.push({
          id: `e-${c}-${r}` as EdgeId,
          kind: 'flow',
          source: id(c - 1, r),
          target: id(c, r),
        });
    }
  }
  return { ...buildDiagram('big', 0), name: 'Big', nodes, edges };
}

/** Opens a workspace holding the grid diagram "Big", shown with its first node drawn. */
async function openBig(page: Page) {
  const workspace = join(folder, 'ws');
  const document = buildDocument({ name: 'Large diagram', diagrams: 0, processes: 7 });
  document.diagrams.push(gridDiagram());
  await writeWorkspaceFiles(workspace, document);
  await host.open(page);
  await new WelcomePage(page).openWorkspace(workspace);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Big');
  const canvas = new DiagramCanvas(page);
  await expect(canvas.node('Box 0-0')).toBeVisible();
  return { ws, canvas };
}

test.beforeEach(async () => {
  host = await startHost();
  folder = await mkdtemp(join(tmpdir(), 'etom-e2e-large-diagram-'));
});
test.afterEach(async () => {
  await host.stop();
  await rm(folder, { recursive: true, force: true });
});

test('a 1,600-node diagram opens in view first, and its far end is found, drawn and connected', async ({
  page,
}) => {
  const { ws, canvas } = await openBig(page);
  await page.waitForFunction(() => performance.getEntriesByName('diagram:ready').length > 0);
  // Only what is in view is drawn.
  expect(await canvas.flow.locator('.react-flow__node').count()).toBeLessThan(400);

  // The last node, 9,000 units away, found at once: the canvas centres on it and draws it.
  await canvas.flow.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const find = ws.editor.getByRole('searchbox', { name: 'Find in diagram' });
  await find.fill('Box 39-39');
  await expect(ws.editor.getByText('1 of 1')).toBeVisible();
  await find.press('Enter');
  await expect(canvas.node('Box 39-39')).toBeInViewport();
  await expect(canvas.edge('Box 38-39', 'Box 39-39')).toHaveCount(1);

  // It is a node like any other: a drag moves it.
  await find.press('Escape');
  const before = (await canvas.node('Box 39-39').boundingBox())!;
  await canvas.dragTo(canvas.node('Box 39-39'), {
    x: before.x + before.width / 2 + 60,
    y: before.y + before.height / 2 + 90,
  });
  await expect
    .poll(async () => (await canvas.node('Box 39-39').boundingBox())?.y ?? 0)
    .toBeGreaterThan(before.y + 60);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});

/** The canvas's viewport transform: where flow point (x, y) is on the page. */
async function onPage(canvas: DiagramCanvas, x: number, y: number) {
  const viewport = canvas.flow.locator('.react-flow__viewport');
  const { tx, ty, zoom } = await viewport.evaluate((element) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { tx: matrix.e, ty: matrix.f, zoom: matrix.a };
  });
  const box = (await canvas.flow.locator('.react-flow__renderer').boundingBox())!;
  return { x: box.x + tx + x * zoom, y: box.y + ty + y * zoom };
}

test('zoomed out, a large diagram is a sketch: nothing mounts, and it can still be picked and zoomed into', async ({
  page,
}) => {
  const { ws, canvas } = await openBig(page);
  const zoom = ws.editor.getByLabel('Zoom level');

  // Zoomed out below 40 %: no node is an element any more; the sketch draws them all.
  const pane = (await canvas.flow.boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let notch = 0; notch < 8; notch += 1) await page.mouse.wheel(0, 100);
  await expect.poll(async () => parseInt((await zoom.textContent()) ?? '', 10)).toBeLessThan(40);
  await expect(canvas.flow.locator('.react-flow__node')).toHaveCount(0);
  await expect(canvas.flow.locator('.react-flow__edge')).toHaveCount(0);
  const sketch = canvas.flow.locator('canvas.canvas-sketch');
  await expect(sketch).toHaveCount(1);
  const painted = () =>
    sketch.evaluate((element: HTMLCanvasElement) => {
      const data = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data;
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count += 1;
      return count;
    });
  await expect.poll(painted).toBeGreaterThan(10_000);

  // A click on a sketched node selects it, and it comes back as a live element over the sketch.
  const at = await onPage(canvas, 2 * 240 + 80, 2 * 120 + 30);
  await page.mouse.click(at.x, at.y);
  await expect(canvas.node('Box 2-2')).toHaveClass(/selected/);
  await expect(canvas.flow.locator('.react-flow__node')).toHaveCount(1);

  // A rubber band (Shift-drag) takes the sketched nodes wholly inside it.
  const from = await onPage(canvas, -20, -20);
  const to = await onPage(canvas, 3 * 240 + 180, 1 * 120 + 80);
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  // Columns 0-3 of rows 0-1: eight boxes, all live and selected now.
  await expect(canvas.flow.locator('.react-flow__node.selected')).toHaveCount(8);
  await expect(canvas.node('Box 3-1')).toHaveClass(/selected/);
  // The band selected nodes, not the page's text (library, properties, status bar).
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('');

  // A double-click on a sketched node zooms to it, readable: the nodes come back in detail.
  const far = await onPage(canvas, 4 * 240 + 80, 8 * 120 + 30);
  await page.mouse.dblclick(far.x, far.y);
  await expect(zoom).toHaveText('100%');
  await expect(canvas.node('Box 4-8')).toBeInViewport();
  await expect(sketch).toHaveCount(0);
  // Nothing was added by the double-click: the diagram still has its 1,600 nodes.
  await expect(page.locator('.diagram-item', { hasText: 'Big' })).toContainText('1600');

  // Fit shows the whole diagram: at that zoom, as a sketch again.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(sketch).toHaveCount(1);
  await expect.poll(async () => parseInt((await zoom.textContent()) ?? '', 10)).toBeLessThan(20);
});
