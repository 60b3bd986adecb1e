import { expect, test, type Locator, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { openSampleCopy } from './support/sample-copy';
import { WorkspacePage } from './pages/workspace-page';

/*
 * "Fit" (the zoom buttons' button, View > Fit diagram, Shift+1) frames the whole diagram clear
 * of the panels in the canvas's bottom corners: the zoom buttons, the domain legend and the
 * overview. React Flow's own fit, with fixed padding, put the sample's bottom-left process
 * under the legend at 1280x720.
 */
let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} is not shown`);
  return box;
}

/** Every node's box, once the view has stopped moving. */
async function nodeBoxes(editor: Locator): Promise<Box[]> {
  const nodes = editor.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible();
  return Promise.all((await nodes.all()).map(boxOf));
}

/** Checks that all `count` nodes are inside the pane and under none of the panels named. */
async function expectClear(editor: Locator, panels: Locator[], count = 13): Promise<void> {
  const pane = await boxOf(editor.locator('.react-flow'));
  const covers = await Promise.all(panels.map(boxOf));
  const nodes = await nodeBoxes(editor);
  expect(nodes.length).toBe(count);
  for (const node of nodes) {
    expect(node.x).toBeGreaterThanOrEqual(pane.x);
    expect(node.y).toBeGreaterThanOrEqual(pane.y);
    expect(node.x + node.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(node.y + node.height).toBeLessThanOrEqual(pane.y + pane.height);
    for (const cover of covers)
      expect(overlaps(node, cover), JSON.stringify({ node, cover })).toBe(false);
  }
}

/** A copy of the sample opened in a 1280x720 window, where the panels leave the canvas least. */
async function openSampleAt1280(page: Page): Promise<WorkspacePage> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await openSampleCopy(page, 'etom-e2e-fit-');
  return new WorkspacePage(page);
}

test('fit keeps the diagram clear of the zoom buttons, the legend and the overview', async ({
  page,
}) => {
  const ws = await openSampleAt1280(page);
  await ws.showDiagram('Order to activate');
  const editor = ws.editor;
  const legend = editor.locator('.domain-legend');
  const controls = editor.locator('.react-flow__controls');
  const overview = editor.locator('.canvas-minimap');
  await expect(editor.getByRole('list', { name: 'Domain colours' })).toBeVisible();

  // The zoom buttons' fit, the legend open: nothing under it, nor under the buttons.
  await editor.getByRole('button', { name: 'Zoom In' }).click();
  await editor.getByRole('button', { name: 'Fit View', exact: true }).click();
  await expectClear(editor, [legend, controls, overview]);
  const withLegend = await ws.zoom();

  // Folded, the legend takes less room: the same fit (from the menu this time) zooms in no less.
  await editor.getByRole('button', { name: /Domains/ }).click();
  await page.getByRole('menuitem', { name: 'View', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Fit diagram' }).click();
  await expectClear(editor, [legend, controls, overview]);
  const folded = await ws.zoom();
  expect(folded).toBeGreaterThanOrEqual(withLegend);

  // With the overview shown, the diagram stays clear of it too (Shift+1, the shortcut).
  await editor.getByRole('button', { name: 'Show overview' }).click();
  await editor.locator('.react-flow__pane').click({ position: { x: 300, y: 20 } });
  await page.keyboard.press('Shift+1');
  await expectClear(editor, [legend, controls, overview]);
  await page.screenshot({ path: '/tmp/canvas-fit-1280.png' });
});

test('each of the sample’s diagrams opens whole at 1280x720, clear of the panels', async ({
  page,
}) => {
  const ws = await openSampleAt1280(page);
  const editor = ws.editor;
  for (const [name, count] of [
    ['Order to activate', 13],
    ['Trouble to resolve', 15],
    ['Bill to cash', 16],
  ] as const) {
    await ws.showDiagram(name);
    // As saved: the view the sample was laid out for, with the legend open.
    await expect(editor.getByRole('list', { name: 'Domain colours' })).toBeVisible();
    await expectClear(
      editor,
      [editor.locator('.domain-legend'), editor.locator('.react-flow__controls')],
      count,
    );
  }
});
