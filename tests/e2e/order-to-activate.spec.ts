import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { companyProcess } from '../fixtures/model-builders';
import type { DiagramFile } from '../../shared/model/diagram-schema';
import type { DiagramId, NodeId, ProcessId } from '../../shared/model/ids';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramCanvas } from './pages/diagram-canvas';
import { LibraryPanel } from './pages/library-panel';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/w3-canvas-shots';
const DIAGRAM_FILE = ['diagrams', 'order-to-activate.json'];

let host: RunningHost;
let folder: string;

/**
 * "Order to Activate" holds the company's "Activate fibre service" (OPS-12) and classic
 * 1.1.1.5.5 "Complete Customer Order", an id GB921 (the workspace's pack) does not have.
 */
async function writeWorkspace(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'etom-e2e-o2a-')), 'acme');
  const document = buildDocument({ name: 'Acme Telco', diagrams: 1 });
  document.processes.processes = [
    companyProcess('p-activate', 'Activate fibre service', null, { code: 'OPS-12' }),
  ];
  const [diagram] = document.diagrams as [DiagramFile];
  Object.assign(diagram, {
    id: 'order-to-activate' as DiagramId,
    name: 'Order to Activate',
    nodes: [
      {
        id: 'n-activate' as NodeId,
        kind: 'process',
        x: 520,
        y: 300,
        width: 200,
        height: 72,
        processId: 'p-activate' as ProcessId,
      },
      {
        id: 'n-complete' as NodeId,
        kind: 'framework',
        x: 80,
        y: 420,
        width: 220,
        height: 72,
        pack: 'classic-r14',
        processId: '1.1.1.5.5',
      },
    ],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  });
  await writeWorkspaceFiles(dir, document);
  return dir;
}

const diagramText = () => readFile(join(folder, ...DIAGRAM_FILE), 'utf8');

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
const NOTE = 'Credit check by finance, same day';

/** Presses Tab until `target` has the focus, as a keyboard user would (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Runs an action by its label from the command palette (Ctrl+K). */
async function palette(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  const field = dialog.getByRole('combobox', { name: 'Command' });
  await expect(field).toBeFocused();
  await field.fill(label);
  await expect(dialog.getByRole('option').first()).toContainText(label);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
}

/** Finds a process in the library and adds it with the details' "Add to diagram" button. */
async function addFromLibrary(page: Page, library: LibraryPanel, id: string): Promise<void> {
  await tabTo(page, library.search);
  await page.keyboard.type(id);
  const row = library.result(new RegExp(`^${id.replaceAll('.', '\\.')} `));
  await expect(row).toBeVisible();
  await tabTo(page, row);
  await page.keyboard.press('Enter');
  const add = library.details.getByRole('button', { name: 'Add to diagram' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  await tabTo(page, library.search);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
}

/** Selects nodes in this order by keyboard: Tab to each, Enter for the first, Shift+Enter after. */
async function selectInOrder(page: Page, canvas: DiagramCanvas, labels: string[]): Promise<void> {
  for (const [index, label] of labels.entries()) {
    await tabTo(page, canvas.node(label));
    await page.keyboard.press(index === 0 ? 'Enter' : 'Shift+Enter');
    await expect(canvas.node(label)).toHaveClass(/selected/);
  }
}

test('an order-to-activate flow built by keyboard alone: undone, redone, saved and reopened the same', async ({
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
  const before = await diagramText();

  // The classic node keeps its own pack: 1.1.1.5.5 exists there, though not in GB921.
  await expect(canvas.node('Complete Customer Order')).toContainText('Classic');
  await expect(canvas.node('Complete Customer Order')).not.toContainText('Missing in pack');

  // A lane from the palette, named with F2.
  await palette(page, 'Add lane');
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: 'Lane label', exact: true })).toBeFocused();
  await page.keyboard.type('Customer');
  await page.keyboard.press('Enter');
  await expect(canvas.node('Customer')).toBeVisible();
  // Escape clears the canvas selection: the details panel shows the library's process again.
  await page.keyboard.press('Escape');
  await expect(page.getByText(/^\d+ selected$/)).toHaveCount(0);

  // Two eTOM processes from the library, each added from its details with the keyboard; with
  // the panels at their default widths, never under the diagram list on the left.
  await addFromLibrary(page, library, '1.3.3');
  await expect(canvas.node(ORDER)).toBeVisible();
  await addFromLibrary(page, library, '1.4.5');
  await expect(canvas.node(ACTIVATE)).toBeVisible();
  const list = await ws.diagrams.boundingBox();
  const flow = await canvas.flow.boundingBox();
  for (const label of [ORDER, ACTIVATE]) {
    const node = await canvas.box(label);
    expect(node.x).toBeGreaterThanOrEqual(Math.max(list?.x ?? 0, 0) + (list?.width ?? 0));
    expect(node.x + node.width).toBeLessThanOrEqual((flow?.x ?? 0) + (flow?.width ?? 0));
  }

  // A note, written in place (F2, then Ctrl+Enter ends the multi-line text).
  await palette(page, 'Add note');
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: 'Note text', exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Control+Enter');
  await expect(canvas.node(NOTE)).toBeVisible();

  // Connections: the nodes selected in flow order, then "Connect selected".
  await selectInOrder(page, canvas, [ORDER, COMPANY, ACTIVATE]);
  await palette(page, 'Connect selected');
  await expect(canvas.edge(ORDER, COMPANY)).toHaveCount(1);
  await expect(canvas.edge(COMPANY, ACTIVATE)).toHaveCount(1);
  await selectInOrder(page, canvas, [NOTE, ORDER]);
  await palette(page, 'Connect selected');
  await expect(canvas.edge(NOTE, ORDER)).toHaveCount(1);

  // The selection moves with the arrow keys (Shift: 10 px).
  await selectInOrder(page, canvas, [NOTE]);
  const noteBefore = await canvas.box(NOTE);
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await canvas.box(NOTE)).y).toBeCloseTo(noteBefore.y + 10, 0);

  await page.keyboard.press('Control+s');
  await expect(ws.status).toHaveText('Saved');
  const built = await diagramText();
  expect(built).not.toBe(before);

  // Undo it all: back to the file as it was opened. Redo it all: the flow again, ids and all.
  const undo = ws.header.getByRole('button', { name: 'Undo' });
  const redo = ws.header.getByRole('button', { name: 'Redo' });
  for (let i = 0; i < 40 && (await undo.isEnabled()); i += 1)
    await page.keyboard.press('Control+z');
  await expect(undo).toBeDisabled();
  await expect(canvas.node(ORDER)).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(ws.status).toHaveText('Saved');
  expect(await diagramText()).toBe(before);
  for (let i = 0; i < 40 && (await redo.isEnabled()); i += 1)
    await page.keyboard.press('Control+y');
  await expect(redo).toBeDisabled();
  await page.keyboard.press('Control+s');
  await expect(ws.status).toHaveText('Saved');
  expect(await diagramText()).toBe(built);

  // Reopened from disk, the same flow; saving again writes the same bytes.
  await page.reload();
  await new WelcomePage(page).openRecent('Acme Telco');
  await ws.showDiagram('Order to Activate');
  for (const label of [ORDER, ACTIVATE, COMPANY, NOTE, 'Customer']) {
    await expect(canvas.node(label)).toBeVisible();
  }
  await expect(canvas.edge(ORDER, COMPANY)).toHaveCount(1);
  await expect(canvas.edge(NOTE, ORDER)).toHaveCount(1);
  expect(await diagramText()).toBe(built);

  // Looked at in both themes and both window sizes.
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const theme of ['Light', 'Dark'] as const) {
      await palette(page, `Theme: ${theme}`);
      await page.screenshot({
        path: join(SHOTS, `order-to-activate-${width}x${height}-${theme.toLowerCase()}.png`),
      });
    }
  }
});
