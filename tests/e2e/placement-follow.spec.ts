import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import type { DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId, NodeId } from '../../shared/model/ids';
import { LibraryPanel } from './pages/library-panel';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * What is pasted or added goes on a free spot in view, never on another element (issue 7 §3);
 * when the view holds no free spot it goes beyond, and the view follows it there, so the new
 * elements are on screen (before, they landed out of sight).
 */
let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

/** A diagram whose boxes fill far more than a 1280x720 window's canvas. */
function crowded(): DiagramFile {
  const nodes: DiagramNode[] = [];
  for (let row = 0; row < 12; row += 1) {
    for (let column = 0; column < 12; column += 1) {
      nodes.push({
        id: `n-${row}-${column}` as NodeId,
        kind: 'box',
        x: column * 200,
        y: row * 110,
        width: 180,
        height: 72,
        label: `Step ${row}-${column}`,
      });
    }
  }
  const document = buildDocument({ diagrams: 1, nodesPerDiagram: 0 });
  return {
    ...document.diagrams[0]!,
    id: 'crowded' as DiagramId,
    name: 'Crowded',
    nodes,
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  };
}

/** Opens the crowded diagram at 1280x720; whether the one selected node is wholly on screen. */
async function openCrowded(
  page: Page,
): Promise<{ ws: WorkspacePage; selectedOnScreen: () => Promise<boolean> }> {
  await page.setViewportSize({ width: 1280, height: 720 });
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-place-')), 'ws');
  const workspace = buildDocument({ diagrams: 1, nodesPerDiagram: 0 });
  await writeWorkspaceFiles(folder, { ...workspace, diagrams: [crowded()] });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Crowded');
  const canvas = await ws.canvas.boundingBox();
  if (!canvas) throw new Error('the canvas has no box');
  const selectedOnScreen = async () => {
    const selected = ws.editor.locator('.react-flow__node.selected');
    if ((await selected.count()) !== 1) return false;
    const box = await selected.boundingBox();
    return (
      box !== null &&
      box.x >= canvas.x &&
      box.y >= canvas.y &&
      box.x + box.width <= canvas.x + canvas.width &&
      box.y + box.height <= canvas.y + canvas.height
    );
  };
  return { ws, selectedOnScreen };
}

test('a paste with no room in view goes beyond it, and the view follows it', async ({ page }) => {
  const { ws, selectedOnScreen } = await openCrowded(page);
  await ws.node('Step 1-1').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(ws.selectionStatus).toHaveText('1 selected');
  await expect.poll(selectedOnScreen).toBe(true);
  // The copy (the original is now out of view, and not drawn).
  await expect(ws.editor.locator('.react-flow__node.selected')).toContainText('Step 1-1');
  await page.screenshot({ path: test.info().outputPath('pasted-beyond.png') });
});

test('a box or a library process added with no room in view goes beyond it, and the view follows', async ({
  page,
}) => {
  const { ws, selectedOnScreen } = await openCrowded(page);
  await ws.editor.getByRole('button', { name: 'Add box' }).click();
  await expect(ws.selectionStatus).toHaveText('1 selected');
  await expect.poll(selectedOnScreen).toBe(true);
  await expect(ws.editor.locator('.react-flow__node.selected')).toContainText('New box');

  // An eTOM process from the library's "Add to diagram": on screen too, wherever it went.
  const library = new LibraryPanel(page);
  await library.find('1.3.3');
  // A click on the hit shows its details, though the new box is still selected.
  await library.result(/^1\.3\.3 /).click();
  await library.addSelectedToDiagram();
  const added = ws.editor.locator('.react-flow__node', { hasText: '1.3.3' });
  await expect(added).toBeVisible();
  const box = (await added.boundingBox())!;
  const canvas = (await ws.canvas.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(canvas.x);
  expect(box.y).toBeGreaterThanOrEqual(canvas.y);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  await page.screenshot({ path: test.info().outputPath('added-beyond.png') });
});
