import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { companyProcess } from '../fixtures/model-builders';
import type { DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId, NodeId, ProcessId } from '../../shared/model/ids';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramCanvas } from './pages/diagram-canvas';
import { LibraryPanel } from './pages/library-panel';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/i7-nodes-shots';

let host: RunningHost;
let folder: string;

const companyNode = (id: string, processId: string, x: number, y: number): DiagramNode => ({
  id: id as NodeId,
  kind: 'process',
  x,
  y,
  width: 200,
  height: 72,
  processId: processId as ProcessId,
});

/**
 * "Order to Activate": the company's own "Activate fibre service" (OPS-12), a node whose company
 * process was deleted from processes.json, and classic Order Handling from the other pack.
 * (Company processes reach diagrams from the catalogue panel, which another change adds.)
 */
async function writeWorkspace(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'etom-e2e-elements-')), 'acme');
  const document = buildDocument({ name: 'Acme Telco', diagrams: 1 });
  document.processes.processes = [
    companyProcess('p-activate', 'Activate fibre service', null, { code: 'OPS-12' }),
  ];
  const [diagram] = document.diagrams as [DiagramFile];
  Object.assign(diagram, {
    id: 'order-to-activate' as DiagramId,
    name: 'Order to Activate',
    nodes: [
      companyNode('n-activate', 'p-activate', 240, 260),
      companyNode('n-gone', 'p-gone', 10, 400),
      {
        id: 'n-classic' as NodeId,
        kind: 'framework',
        x: 240,
        y: 400,
        width: 220,
        height: 72,
        pack: 'classic-r14',
        processId: '1.1.1.5',
      },
    ],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  });
  await writeWorkspaceFiles(dir, document);
  return dir;
}

interface SavedDiagram {
  nodes: Array<DiagramNode & { label?: string; text?: string }>;
  edges: Array<{
    kind: string;
    source: string;
    target: string;
    sourceHandle?: string;
    targetHandle?: string;
  }>;
}

async function readDiagram(): Promise<SavedDiagram> {
  const text = await readFile(join(folder, 'diagrams', 'order-to-activate.json'), 'utf8');
  return JSON.parse(text) as SavedDiagram;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name) });
}

test.beforeEach(async () => {
  host = await startHost();
  folder = await writeWorkspace();
});

test.afterEach(async () => {
  await host.stop();
});

const ORDER = 'Customer Order Processing Management';
const ACTIVATE = 'Service Activation Management';
const COMPANY = 'Activate fibre service';

test('an order-to-activate flow: eTOM and company processes, a lane, a note and text, flows and associations; saved and reloaded the same', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Activate');
  const canvas = new DiagramCanvas(page);
  const library = new LibraryPanel(page);

  // What the file holds shows as the analyst expects: the company's process with its code and
  // marker, the missing one naming its id, classic Order Handling with its pack and confidence.
  await expect(canvas.node(COMPANY)).toContainText('Company');
  await expect(canvas.node(COMPANY)).toContainText('OPS-12');
  await expect(canvas.node('Missing process p-gone')).toContainText('Missing process');
  await expect(canvas.node('Order Handling')).toContainText('Classic');
  await expect(canvas.node('Order Handling').locator('.confidence-badge')).toBeVisible();

  // A lane, named by double-clicking its header.
  await canvas.tool('Add lane');
  await canvas.rename(
    'Lane',
    'Lane label',
    'Customer',
    canvas.node('Lane').locator('.lane-header'),
  );

  // Two eTOM processes from the library, dropped onto the canvas.
  const flow = await canvas.flow.boundingBox();
  if (!flow) throw new Error('no canvas');
  await library.find('1.3.3');
  await library.dragOntoCanvas(library.result(/^1\.3\.3 /), 'Order to Activate', {
    x: 110,
    y: 296,
  });
  await expect(canvas.node(ORDER)).toBeVisible();
  await library.find('1.4.5');
  await library.dragOntoCanvas(library.result(/^1\.4\.5 /), 'Order to Activate', {
    x: 570,
    y: 296,
  });
  await expect(canvas.node(ACTIVATE)).toBeVisible();
  // The legend names the domains present, in the map's colours.
  const legend = canvas.editor.getByRole('list', { name: 'Domain colours' });
  await expect(legend).toContainText('Customer Domain');
  await expect(legend).toContainText('Service Domain');
  // It sits in the bottom-left corner, right of the zoom buttons, its toggle below the list.
  const legendBox = await canvas.editor.locator('.domain-legend').boundingBox();
  const zoomBox = await canvas.editor.locator('.react-flow__controls').boundingBox();
  if (!legendBox || !zoomBox) throw new Error('no legend or zoom buttons');
  expect(legendBox.x).toBeGreaterThanOrEqual(zoomBox.x + zoomBox.width);
  expect(legendBox.y + legendBox.height).toBeGreaterThan(flow.y + flow.height - 40);
  expect(legendBox.x).toBeLessThan(flow.x + flow.width / 2);
  // Folded, it stays folded (kept with the view preferences, so after a reload too).
  const legendToggle = canvas.editor.getByRole('button', { name: /Domains/ });
  await legendToggle.click();
  await expect(legend).toBeHidden();

  // Dropping the order process into the lane makes it the lane's member: one undo step.
  const lane = await canvas.box('Customer');
  await canvas.dragTo(canvas.node(ORDER), {
    x: Math.max(lane.x, flow.x) + 150,
    y: lane.y + lane.height / 2,
  });
  await expect.poll(async () => (await ws.status.textContent()) ?? '').toBe('Unsaved changes');

  // A note and a free text, each named in place.
  await canvas.tool('Add note');
  await canvas.rename('Note', 'Note text', 'Credit check by finance, same day');
  await canvas.tool('Add text');
  await canvas.rename('Text', 'Free text', 'Order to activate — fibre');
  // A title goes at the top left, clear of the flow.
  await canvas.dragTo(canvas.node('Order to activate — fibre'), {
    x: flow.x + 130,
    y: flow.y + 30,
  });
  await page.mouse.click(flow.x + 20, flow.y + 100);

  // Flows between processes, an association from the note.
  await canvas.connect(ORDER, 'right', COMPANY, 'left');
  await expect(canvas.edge(ORDER, COMPANY)).toHaveCount(1);
  await canvas.connect(COMPANY, 'bottom', ACTIVATE, 'top');
  await expect(canvas.edge(COMPANY, ACTIVATE)).toHaveCount(1);
  await canvas.connect('Credit check by finance, same day', 'bottom', ORDER, 'top');
  await expect(canvas.edge('Credit check by finance, same day', ORDER)).toHaveCount(1);

  // Reconnecting an end by mouse is left out here: the drag of React Flow's end grip did not
  // reach onReconnect under Playwright in the time there was (edge.reconnect is unit-tested).
  await page.mouse.click(flow.x + flow.width - 30, flow.y + flow.height - 160);
  await shot(page, 'elements-1280x720-light.png');

  await ws.save();
  const saved = await readDiagram();
  const byLabel = (text: string): DiagramNode | undefined =>
    saved.nodes.find((n) => n.label === text || n.text === text);
  const laneNode = byLabel('Customer');
  expect(laneNode).toMatchObject({ kind: 'group', variant: 'lane' });
  const order = saved.nodes.find((n) => n.kind === 'framework' && n.processId === '1.3.3');
  const activate = saved.nodes.find((n) => n.kind === 'framework' && n.processId === '1.4.5');
  expect(order?.parentId).toBe(laneNode?.id);
  expect(byLabel('Credit check by finance, same day')?.kind).toBe('note');
  expect(byLabel('Order to activate — fibre')?.kind).toBe('text');
  const summary = saved.edges
    .map((e) => `${e.kind} ${e.source}:${e.sourceHandle} -> ${e.target}:${e.targetHandle}`)
    .sort();
  const note = byLabel('Credit check by finance, same day')?.id;
  expect(summary).toEqual(
    [
      `flow ${order?.id}:right -> n-activate:left`,
      `flow n-activate:bottom -> ${activate?.id}:top`,
      `association ${note}:bottom -> ${order?.id}:top`,
    ].sort(),
  );

  // Reloaded from disk, the same elements and connections come back.
  await page.reload();
  await new WelcomePage(page).openRecent('Acme Telco');
  await ws.showDiagram('Order to Activate');
  for (const label of [ORDER, ACTIVATE, COMPANY, 'Customer', 'Order to activate — fibre']) {
    await expect(canvas.node(label)).toBeVisible();
  }
  await expect(canvas.edge(ORDER, COMPANY)).toHaveCount(1);
  await expect(canvas.edge(COMPANY, ACTIVATE)).toHaveCount(1);
  await expect(canvas.edge('Credit check by finance, same day', ORDER)).toHaveCount(1);
  expect(await readDiagram()).toEqual(saved);
  await expect(legendToggle).toHaveAttribute('aria-expanded', 'false');
  await legendToggle.click();
  await expect(legend).toContainText('Customer Domain');
  await shot(page, 'elements-reloaded-1280x720-light.png');
});
