import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
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
  const dir = join(await mkdtemp(join(tmpdir(), 'etom-e2e-o2a-')), 'acme');
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

test('either end of a connection is moved by dragging it: one undo step; dropped on nothing, it stays', async ({
  page,
}) => {
  folder = await writeWorkspace(
    [
      box('n-a', 'Capture order', 80, 120),
      box('n-b', 'Check credit', 420, 120),
      box('n-c', 'Reserve number', 420, 320),
    ],
    [
      {
        id: 'e-1' as EdgeId,
        kind: 'flow',
        source: 'n-a' as NodeId,
        target: 'n-b' as NodeId,
        sourceHandle: 'right',
        targetHandle: 'left',
      },
    ],
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Activate');
  const canvas = new DiagramCanvas(page);
  await expect(canvas.edge('Capture order', 'Check credit')).toHaveCount(1);

  // A selected connection shows a grip at each end, drawn above the nodes' handles.
  await canvas.selectEdge('Capture order', 'Check credit');
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
