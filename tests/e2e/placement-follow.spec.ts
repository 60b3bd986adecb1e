import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import type { DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId, NodeId } from '../../shared/model/ids';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * What is pasted goes on a free spot in view, never on another element (issue 7 §3); when the
 * view holds no free spot it goes beyond, and the view follows it there, so the copies are on
 * screen (before, they landed out of sight).
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

test('a paste with no room in view goes beyond it, and the view follows it', async ({ page }) => {
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
  /** Whether the selected node is drawn and wholly on the canvas. */
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

  await ws.node('Step 1-1').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(ws.selectionStatus).toHaveText('1 selected');
  await expect.poll(selectedOnScreen).toBe(true);
  // The copy (the original is now out of view, and not drawn).
  await expect(ws.editor.locator('.react-flow__node.selected')).toContainText('Step 1-1');
  await page.screenshot({ path: test.info().outputPath('pasted-beyond.png') });
});
