import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
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
