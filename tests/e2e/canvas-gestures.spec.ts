import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import type { DiagramEdge, DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId, EdgeId, NodeId } from '../../shared/model/ids';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramCanvas } from './pages/diagram-canvas';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/w3-canvas-shots';

let host: RunningHost;
let folder: string;

const box = (id: string, label: string, x: number, y: number): DiagramNode => ({
  id: id as NodeId,
  kind: 'box',
  x,
  y,
  width: 160,
  height: 60,
  label,
});

/** A workspace whose one diagram holds `nodes` and `edges`, at zoom 1 with no pan. */
async function writeWorkspace(nodes: DiagramNode[], edges: DiagramEdge[]): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'etom-e2e-gestures-')), 'acme');
  const document = buildDocument({ name: 'Acme Telco', diagrams: 1 });
  const [diagram] = document.diagrams as [DiagramFile];
  Object.assign(diagram, {
    id: 'order-to-activate' as DiagramId,
    name: 'Order to Activate',
    nodes,
    edges,
    viewport: { x: 0, y: 0, zoom: 1 },
  });
  await writeWorkspaceFiles(dir, document);
  return dir;
}

async function readDiagram(): Promise<DiagramFile> {
  const text = await readFile(join(folder, 'diagrams', 'order-to-activate.json'), 'utf8');
  return JSON.parse(text) as DiagramFile;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name) });
}

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host.stop();
});

const CONNECTED: DiagramEdge = {
  id: 'e-1' as EdgeId,
  kind: 'flow',
  source: 'n-a' as NodeId,
  target: 'n-b' as NodeId,
  sourceHandle: 'right',
  targetHandle: 'left',
};

/** Opens "Order to Activate" of a workspace with three boxes, at 1280x720. */
async function openThreeBoxes(page: Page, edges: DiagramEdge[]) {
  folder = await writeWorkspace(
    [
      box('n-a', 'Capture order', 80, 120),
      box('n-b', 'Check credit', 420, 120),
      box('n-c', 'Reserve number', 420, 320),
    ],
    edges,
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Activate');
  return { ws, canvas: new DiagramCanvas(page) };
}

test('either end of a connection is moved by dragging it: one undo step; dropped on nothing, it stays', async ({
  page,
}) => {
  const { ws, canvas } = await openThreeBoxes(page, [CONNECTED]);
  await expect(canvas.edge('Capture order', 'Check credit')).toHaveCount(1);

  // A selected connection shows a grip at each end, drawn above the nodes' handles; an
  // unselected one has none.
  const endGrips = canvas.editor.locator('.react-flow__edgeupdater');
  await expect(endGrips).toHaveCount(0);
  await canvas.selectEdge('Capture order', 'Check credit');
  await expect(endGrips).toHaveCount(2);
  await canvas.dragEdgeEnd(
    'Capture order',
    'Check credit',
    'target',
    canvas.handle('Reserve number', 'top'),
    'Reserve number',
  );
  await expect(canvas.edge('Capture order', 'Reserve number')).toHaveCount(1);
  await expect(canvas.edge('Capture order', 'Check credit')).toHaveCount(0);
  await ws.save();
  const moved = {
    id: 'e-1',
    kind: 'flow',
    source: 'n-a',
    target: 'n-c',
    sourceHandle: 'right',
    targetHandle: 'top',
  };
  expect((await readDiagram()).edges).toEqual([moved]);
  await shot(page, 'reconnect-1280x720-light.png');

  // One undo step puts the end back; redo moves it again.
  await page.keyboard.press('Control+z');
  await expect(canvas.edge('Capture order', 'Check credit')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(canvas.edge('Capture order', 'Reserve number')).toHaveCount(1);

  // The source end, dropped on the empty canvas: the connection stays as it was.
  await canvas.selectEdge('Capture order', 'Reserve number');
  const a = await canvas.box('Capture order');
  await canvas.dragEdgeEnd('Capture order', 'Reserve number', 'source', {
    x: a.x + 60,
    y: a.y + 260,
  });
  await expect(canvas.edge('Capture order', 'Reserve number')).toHaveCount(1);
  await ws.save();
  expect((await readDiagram()).edges).toEqual([moved]);

  // The source end moved onto the bottom of "Check credit": the file says so.
  await canvas.selectEdge('Capture order', 'Reserve number');
  await canvas.dragEdgeEnd(
    'Capture order',
    'Reserve number',
    'source',
    canvas.handle('Check credit', 'bottom'),
    'Check credit',
  );
  await expect(canvas.edge('Check credit', 'Reserve number')).toHaveCount(1);
  await ws.save();
  expect((await readDiagram()).edges).toEqual([
    { ...moved, source: 'n-b', sourceHandle: 'bottom' },
  ]);
});

test('a node selected on its own resizes by its grips, in one undo step; nodes selected together or dragged show no grips or handles', async ({
  page,
}) => {
  const { ws, canvas } = await openThreeBoxes(page, [CONNECTED]);
  const grips = (label: string) => canvas.node(label).locator('.react-flow__resize-control');
  await expect(grips('Check credit')).toHaveCount(0);

  // Selected alone: four corner grips and four edge lines, and its handles shown unhovered.
  await canvas.node('Check credit').click();
  await expect(grips('Check credit')).toHaveCount(8);
  const transparent = 'rgba(0, 0, 0, 0)';
  const pane = await ws.canvas.boundingBox();
  await page.mouse.move(pane!.x + 8, pane!.y + 8);
  await expect(canvas.handle('Check credit', 'right')).not.toHaveCSS(
    'border-top-color',
    transparent,
  );
  await canvas.node('Check credit').hover();
  await shot(page, 'resize-grips-1280x720-light.png');
  const corner = grips('Check credit').and(canvas.page.locator('.handle.bottom.right'));
  await canvas.dragTo(corner, await farCorner(canvas, 'Check credit', 60, 40));
  await ws.save();
  const resized = (await readDiagram()).nodes.find((n) => n.id === 'n-b');
  expect(resized).toMatchObject({ x: 420, y: 120 });
  // The corner followed the mouse: 60 x 40 px more at zoom 1.
  expect(resized).toMatchObject({ width: 220, height: 100 });
  await page.keyboard.press('Control+z');
  await ws.save();
  expect((await readDiagram()).nodes.find((n) => n.id === 'n-b')).toMatchObject({
    width: 160,
    height: 60,
  });

  // Selected with another: no grips on either (a resize is of one node), and the handles only
  // of a node hovered or focused, as on any node.
  await canvas.node('Capture order').click({ modifiers: ['Shift'] });
  await expect(canvas.page.locator('.react-flow__node.selected')).toHaveCount(2);
  await expect(canvas.editor.locator('.react-flow__resize-control')).toHaveCount(0);
  await page.mouse.move(pane!.x + 8, pane!.y + 8);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const label of ['Check credit', 'Capture order']) {
    await expect(canvas.handle(label, 'right')).toHaveCSS('border-top-color', transparent);
  }
  await canvas.node('Capture order').hover();
  await expect(canvas.handle('Capture order', 'right')).not.toHaveCSS(
    'border-top-color',
    transparent,
  );
  await shot(page, 'two-selected-1280x720-light.png');

  // While the two are dragged their connection handles are hidden, and back once dropped.
  const handle = canvas.handle('Capture order', 'right');
  await expect(handle).toHaveCSS('visibility', 'visible');
  const start = await canvas.box('Capture order');
  await page.mouse.move(start.x + 40, start.y + 30);
  await page.mouse.down();
  await page.mouse.move(start.x + 70, start.y + 90, { steps: 8 });
  await expect(handle).toHaveCSS('visibility', 'hidden');
  await page.mouse.up();
  await expect(handle).toHaveCSS('visibility', 'visible');
});

test('after a rubber band, a selected node is still a node: a drag moves them all, a click picks it alone, a right-click opens the menu, a double-click renames it', async ({
  page,
}) => {
  const { ws, canvas } = await openThreeBoxes(page, []);
  const middle = async (label: string) => {
    const box = await canvas.box(label);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const band = async () => {
    const from = await canvas.box('Check credit');
    const to = await canvas.box('Reserve number');
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x - 20, from.y - 20);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width + 20, to.y + to.height + 20, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(canvas.page.locator('.react-flow__node.selected')).toHaveCount(2);
  };

  // A drag of one of them moves both, by the same distance.
  await band();
  // React Flow's box round them is not painted: each shows its own outline.
  const box = page.locator('.react-flow__nodesselection-rect');
  await expect(box).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(box).toHaveCSS('border-top-style', 'none');
  await expect(canvas.node('Check credit').locator('.element')).toHaveCSS('outline-style', 'solid');
  const [checkBefore, reserveBefore] = [
    await canvas.box('Check credit'),
    await canvas.box('Reserve number'),
  ];
  const start = await middle('Check credit');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 40, start.y + 30, { steps: 8 });
  await page.mouse.up();
  const moved = async (label: string, before: { x: number }) =>
    (await canvas.box(label)).x - before.x;
  await expect.poll(() => moved('Reserve number', reserveBefore)).toBeGreaterThan(20);
  expect(await moved('Reserve number', reserveBefore)).toBeCloseTo(
    await moved('Check credit', checkBefore),
    0,
  );

  // A click on one picks it alone (React Flow's selection box lay over them and took it).
  const reserve = await middle('Reserve number');
  await page.mouse.click(reserve.x, reserve.y);
  await expect(canvas.page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(canvas.node('Reserve number')).toHaveClass(/selected/);

  // A right-click on one of a selection opens the element menu for the whole selection.
  await band();
  const reserveNow = await middle('Reserve number');
  await page.mouse.click(reserveNow.x, reserveNow.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Element actions' });
  await expect(menu.getByRole('menuitem', { name: 'Duplicate' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(canvas.page.locator('.react-flow__node.selected')).toHaveCount(2);

  // A double-click on one of a selection renames it.
  const check = await middle('Check credit');
  await page.mouse.dblclick(check.x, check.y);
  const field = ws.editor.getByLabel('Box label');
  await expect(field).toBeVisible();
  await field.fill('Vet credit');
  await field.press('Enter');
  await expect(canvas.node('Vet credit')).toBeVisible();
});

test('a node’s connection handles sit on the middle of its four sides, unseen until it is hovered', async ({
  page,
}) => {
  const { canvas } = await openThreeBoxes(page, []);
  const label = 'Check credit';
  const transparent = 'rgba(0, 0, 0, 0)';
  await expect(canvas.handle(label, 'right')).toHaveCSS('border-top-color', transparent);
  await canvas.node(label).hover();
  await expect(canvas.handle(label, 'right')).not.toHaveCSS('border-top-color', transparent);
  const node = await canvas.box(label);
  const middle = { x: node.x + node.width / 2, y: node.y + node.height / 2 };
  const expected = {
    top: { x: middle.x, y: node.y },
    right: { x: node.x + node.width, y: middle.y },
    bottom: { x: middle.x, y: node.y + node.height },
    left: { x: node.x, y: middle.y },
  };
  for (const [side, at] of Object.entries(expected)) {
    const handle = await canvas.handle(label, side as keyof typeof expected).boundingBox();
    if (!handle) throw new Error(`no ${side} handle`);
    expect(Math.abs(handle.x + handle.width / 2 - at.x), side).toBeLessThanOrEqual(1);
    expect(Math.abs(handle.y + handle.height / 2 - at.y), side).toBeLessThanOrEqual(1);
  }
});

/** A point `dx`, `dy` beyond the bottom-right corner of `label`'s node, on screen. */
async function farCorner(canvas: DiagramCanvas, label: string, dx: number, dy: number) {
  const at = await canvas.box(label);
  return { x: at.x + at.width + dx, y: at.y + at.height + dy };
}

/**
 * Presses the mouse on "Reserve number" and drags it until its top-left corner is at `to` (in
 * flow coordinates, the view being at zoom 1 with no pan), leaving the button down. A first
 * stop clear of every other node measures how far the node lags the mouse (React Flow's drag
 * threshold), so the final point is exact up to the snapping under test.
 */
async function pressAndDrag(page: Page, canvas: DiagramCanvas, to: { x: number; y: number }) {
  const flow = await canvas.flow.boundingBox();
  if (!flow) throw new Error('no canvas');
  const from = await canvas.box('Reserve number');
  await page.mouse.move(from.x + 40, from.y + 30);
  await page.mouse.down();
  // Well inside the canvas (near its border React Flow would pan), in line with nothing.
  const clear = { x: flow.x + 300 + 40, y: flow.y + 420 + 30 };
  await page.mouse.move(clear.x, clear.y, { steps: 12 });
  const at = await canvas.box('Reserve number');
  const lag = { x: at.x - (flow.x + 300), y: at.y - (flow.y + 420) };
  await page.mouse.move(flow.x + to.x + 40 - lag.x, flow.y + to.y + 30 - lag.y, { steps: 12 });
}

test('a dragged node snaps to the lines of the nodes in view, with a guide drawn while dragging', async ({
  page,
}) => {
  const { ws, canvas } = await openThreeBoxes(page, []);
  // Left edge 3 px right of "Capture order"'s (x 80); y 250 lines up with nothing.
  await pressAndDrag(page, canvas, { x: 83, y: 250 });
  await expect(canvas.editor.locator('.helper-line-vertical')).toHaveCount(1);
  await expect(canvas.editor.locator('.helper-line-horizontal')).toHaveCount(0);
  await shot(page, 'helper-line-1280x720-light.png');
  await page.mouse.up();
  await expect(canvas.editor.locator('.helper-line')).toHaveCount(0);
  await ws.save();
  const moved = (await readDiagram()).nodes.find((n) => n.id === 'n-c');
  expect(moved).toMatchObject({ x: 80, y: 250 });

  // Top to top: between the two upper boxes, 2 px below their tops (x 250 lines up with nothing).
  await pressAndDrag(page, canvas, { x: 250, y: 122 });
  await expect(canvas.editor.locator('.helper-line-horizontal')).toHaveCount(1);
  await expect(canvas.editor.locator('.helper-line-vertical')).toHaveCount(0);
  await page.mouse.up();
  await ws.save();
  expect((await readDiagram()).nodes.find((n) => n.id === 'n-c')).toMatchObject({
    x: 250,
    y: 120,
  });
});

/** The node topmost at the centre of `label`'s node, with edge labels made hit-testable. */
async function topmostAtNode(page: Page, canvas: DiagramCanvas, label: string) {
  const box = await canvas.box(label);
  return page.evaluate(
    ({ x, y }) => {
      // Labels ignore the pointer; for this probe they take it, so the topmost one shows.
      for (const element of document.querySelectorAll<HTMLElement>('.edge-label')) {
        element.style.pointerEvents = 'auto';
      }
      const hit = document.elementFromPoint(x, y);
      if (hit?.closest('.edge-label')) return 'label';
      if (hit?.closest('.react-flow__edge')) return 'edge';
      return hit?.closest('.react-flow__node')?.getAttribute('data-id') ?? 'nothing';
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

test('a selected connection never covers a node’s text: its line and its label pass under the nodes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Capture order -> Reserve number runs straight through Check credit, its label on top of it.
  folder = await writeWorkspace(
    [
      box('n-a', 'Capture order', 80, 160),
      box('n-b', 'Check credit', 400, 160),
      box('n-c', 'Reserve number', 720, 160),
    ],
    [
      {
        id: 'e-long' as EdgeId,
        kind: 'flow',
        source: 'n-a' as NodeId,
        target: 'n-c' as NodeId,
        sourceHandle: 'right',
        targetHandle: 'left',
        label: 'same day',
      },
      // A second connection, so that Ctrl+A selects connections together.
      {
        id: 'e-low' as EdgeId,
        kind: 'flow',
        source: 'n-b' as NodeId,
        target: 'n-c' as NodeId,
        sourceHandle: 'bottom',
        targetHandle: 'bottom',
      },
    ],
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  await new WorkspacePage(page).showDiagram('Order to Activate');
  const canvas = new DiagramCanvas(page);
  const edge = canvas.edge('Capture order', 'Reserve number');
  await expect(edge).toHaveCount(1);
  expect(await topmostAtNode(page, canvas, 'Check credit')).toBe('n-b');

  // Selected by a click on its line between the first two boxes.
  const a = await canvas.box('Capture order');
  const b = await canvas.box('Check credit');
  await page.mouse.click((a.x + a.width + b.x) / 2, a.y + a.height / 2);
  await expect(edge).toHaveClass(/selected/);
  expect(await topmostAtNode(page, canvas, 'Check credit')).toBe('n-b');
  // Kept off the nodes by a clip path alone: an SVG mask is drawn into an offscreen layer the
  // size of its frame on every repaint, and with a hundred edges selected a software-rendered
  // pan spent seconds per frame rasterising them.
  await expect(edge.locator('g[clip-path]')).toHaveCount(1);
  await expect(edge.locator('[mask]')).toHaveCount(0);
  await shot(page, 'selected-edge-under-node-1280x720.png');
  // Selected alone, it is the one connection drawn above the nodes.
  const layerOf = () =>
    edge.evaluate((element) => getComputedStyle(element.closest('svg')!).zIndex);
  expect(await layerOf()).toBe('1000');

  // Its end grips are still above the nodes: the one at Capture order can be grabbed.
  const grip = edge.locator('.react-flow__edgeupdater-source');
  const at = await grip.boundingBox();
  if (!at) throw new Error('no grip');
  const onGrip = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__edgeupdater'),
    { x: at.x + at.width / 2, y: at.y + at.height / 2 },
  );
  expect(onGrip).toBe(true);

  // Selected with others, it stays in the connections' layer under the nodes, with no grips
  // and no clip path, dragged or dropped: a rubber band's hundred lifted and clipped lines made
  // a third of the frames of a pan late.
  await page.keyboard.press('Control+a');
  await expect(edge).toHaveClass(/selected/);
  await expect(edge.locator('.react-flow__edgeupdater')).toHaveCount(0);
  await expect(edge.locator('g[clip-path]')).toHaveCount(0);
  expect(await layerOf()).toBe('0');
  expect(await topmostAtNode(page, canvas, 'Check credit')).toBe('n-b');
  const dragged = await canvas.box('Check credit');
  await page.mouse.move(dragged.x + 20, dragged.y + 10);
  await page.mouse.down();
  await page.mouse.move(dragged.x + 40, dragged.y + 40, { steps: 4 });
  await page.mouse.up();
  await expect(canvas.node('Check credit')).toHaveClass(/selected/);
  await expect(edge.locator('g[clip-path]')).toHaveCount(0);
  expect(await layerOf()).toBe('0');

  // Selected alone again, then with a node (Ctrl+click), it is still the one selected
  // connection, lifted; while the node is dragged it goes without its holes (they would move
  // every frame) and gets them back at the drop.
  const [from, to] = [await canvas.box('Capture order'), await canvas.box('Check credit')];
  await page.mouse.click((from.x + from.width + to.x) / 2, from.y + from.height / 2);
  await expect(canvas.page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expect(edge.locator('g[clip-path]')).toHaveCount(1);
  await page.keyboard.down('Control');
  await page.mouse.click(to.x + 20, to.y + 10);
  await page.keyboard.up('Control');
  await expect(canvas.node('Check credit')).toHaveClass(/selected/);
  await expect(edge).toHaveClass(/selected/);
  await page.mouse.move(to.x + 20, to.y + 10);
  await page.mouse.down();
  await page.mouse.move(to.x + 40, to.y + 40, { steps: 4 });
  await expect(edge.locator('g[clip-path]')).toHaveCount(0);
  await page.mouse.up();
  await expect(edge.locator('g[clip-path]')).toHaveCount(1);
  expect(await layerOf()).toBe('1000');
});
