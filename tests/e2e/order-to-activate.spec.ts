import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './support/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { companyProcess } from '../fixtures/model-builders';
import type { DiagramFile } from '../../shared/model/diagram-schema';
import type { DiagramId, NodeId } from '../../shared/model/ids';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramCanvas } from './pages/diagram-canvas';
import { LibraryPanel } from './pages/library-panel';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/w4-canvas-shots';
const DIAGRAM_FILE = ['diagrams', 'order-to-activate.json'];

let host: RunningHost;
let folder: string;

/**
 * "Order to Activate" holds classic 1.1.1.5.5 "Complete Customer Order", an id GB921 (the
 * workspace's pack) does not have; processes.json holds the company's "Activate fibre service"
 * (OPS-12), which each build adds from the library's company hits.
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

/**
 * Presses Tab (or Shift+Tab, `back`) until `target` has the focus, as a keyboard user would (at
 * most `limit` times).
 */
async function tabTo(page: Page, target: Locator, limit = 250, back = false): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
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

/**
 * Saves the diagram as built; undoes it all (the file as it was opened), redoes it all (the
 * file as built, ids and all); reopens the workspace: the same flow, the same bytes.
 */
async function expectUndoRedoReopen(
  page: Page,
  ws: WorkspacePage,
  canvas: DiagramCanvas,
  before: string,
  edges: ReadonlyArray<readonly [string, string]>,
  by: 'keyboard' | 'mouse',
): Promise<void> {
  const button = (name: string) => ws.header.getByRole('button', { name, exact: true });
  const run = async (name: 'Save' | 'Undo' | 'Redo', key: string) => {
    if (by === 'mouse') await button(name).click();
    else await page.keyboard.press(key);
  };
  const save = async () => {
    await run('Save', 'Control+s');
    await expect(ws.status).toHaveText('Saved');
  };
  await save();
  const built = await diagramText();
  expect(built).not.toBe(before);

  for (let i = 0; i < 40 && (await button('Undo').isEnabled()); i += 1)
    await run('Undo', 'Control+z');
  await expect(button('Undo')).toBeDisabled();
  await expect(canvas.node(ORDER)).toHaveCount(0);
  await save();
  expect(await diagramText()).toBe(before);
  for (let i = 0; i < 40 && (await button('Redo').isEnabled()); i += 1)
    await run('Redo', 'Control+y');
  await expect(button('Redo')).toBeDisabled();
  await save();
  expect(await diagramText()).toBe(built);

  await page.reload();
  await new WelcomePage(page).openRecent('Acme Telco');
  await ws.showDiagram('Order to Activate');
  for (const label of [ORDER, ACTIVATE, COMPANY, NOTE, 'Customer']) {
    await expect(canvas.node(label)).toBeVisible();
  }
  for (const [from, to] of edges) await expect(canvas.edge(from, to)).toHaveCount(1);
  expect(await diagramText()).toBe(built);
}

test('an order-to-activate flow built by keyboard alone: undone, redone, saved and reopened the same', async ({
  page,
}) => {
  test.setTimeout(360_000);
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
  // The new lane has the keyboard focus, as every element added from the palette: F2 then.
  await expect(canvas.node('Lane')).toBeFocused();
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

  // The company process from the library's company hits, with its "Add to diagram" button: on
  // a free spot in view, selected.
  await tabTo(page, library.search);
  await page.keyboard.type('activate fibre');
  const addCompany = library.root.getByRole('button', {
    name: 'Add OPS-12 Activate fibre service to diagram',
  });
  await tabTo(page, addCompany);
  await page.keyboard.press('Enter');
  await expect(canvas.node(COMPANY)).toHaveClass(/selected/);
  await expect(page.getByText(/^1 selected$/)).toBeVisible();
  const added = await canvas.box(COMPANY);
  const view = await canvas.flow.boundingBox();
  expect(added.x).toBeGreaterThanOrEqual(view?.x ?? 0);
  expect(added.y).toBeGreaterThanOrEqual(view?.y ?? 0);
  expect(added.x + added.width).toBeLessThanOrEqual((view?.x ?? 0) + (view?.width ?? 0));
  expect(added.y + added.height).toBeLessThanOrEqual((view?.y ?? 0) + (view?.height ?? 0));
  for (const other of [ORDER, ACTIVATE, 'Complete Customer Order']) {
    const box = await canvas.box(other);
    const apart =
      added.x >= box.x + box.width ||
      box.x >= added.x + added.width ||
      added.y >= box.y + box.height ||
      box.y >= added.y + added.height;
    expect(apart, `${COMPANY} placed clear of ${other}`).toBe(true);
  }
  // Back to the search field, just above the hit.
  await tabTo(page, library.search, 10, true);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');

  // A note, written in place (F2, then Ctrl+Enter ends the multi-line text).
  await palette(page, 'Add note');
  // The new note takes the focus once drawn (a frame after the palette closed): F2 then.
  await expect(canvas.node('Note')).toBeFocused();
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

  await expectUndoRedoReopen(
    page,
    ws,
    canvas,
    before,
    [
      [ORDER, COMPANY],
      [NOTE, ORDER],
    ],
    'keyboard',
  );

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

test('the same flow built by mouse alone: dragged from the library, connected, renamed and moved; undone, redone, saved and reopened the same', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Activate');
  const canvas = new DiagramCanvas(page);
  const library = new LibraryPanel(page);
  const before = await diagramText();
  const flow = await canvas.flow.boundingBox();
  if (!flow) throw new Error('no canvas');
  const clickEmpty = () => page.mouse.click(flow.x + flow.width * 0.45, flow.y + 16);
  // Text is typed only where text is asked for (the search field, a name); every gesture is
  // the mouse's.
  const drop = async (source: Locator, x: number, y: number) => {
    await library.dragOntoCanvas(source, 'Order to Activate', { x, y });
  };

  // A lane from the toolbar, renamed by double-clicking its header.
  await canvas.tool('Add lane');
  await canvas.rename(
    'Lane',
    'Lane label',
    'Customer',
    canvas.node('Lane').locator('.lane-header'),
  );
  await clickEmpty();

  // Two eTOM processes and the company process, dragged from the library's results.
  await library.search.click();
  await library.search.fill('1.3.3');
  await drop(library.result(/^1\.3\.3 /), 120, 300);
  await expect(canvas.node(ORDER)).toBeVisible();
  await library.search.fill('1.4.5');
  await drop(library.result(/^1\.4\.5 /), 560, 250);
  await expect(canvas.node(ACTIVATE)).toBeVisible();
  await library.search.fill('activate fibre');
  await drop(library.root.getByRole('button', { name: `Company OPS-12 ${COMPANY}` }), 420, 400);
  await expect(canvas.node(COMPANY)).toBeVisible();

  // A note from the toolbar, written by double-clicking it.
  await canvas.tool('Add note');
  await canvas.rename('Note', 'Note text', NOTE);

  // Connections drawn from handle to handle.
  await clickEmpty();
  await canvas.connect(ORDER, 'right', COMPANY, 'left');
  await expect(canvas.edge(ORDER, COMPANY)).toHaveCount(1);
  await canvas.connect(COMPANY, 'right', ACTIVATE, 'left');
  await expect(canvas.edge(COMPANY, ACTIVATE)).toHaveCount(1);
  await canvas.connect(NOTE, 'bottom', ORDER, 'top');
  await expect(canvas.edge(NOTE, ORDER)).toHaveCount(1);

  // The note dragged to the top left, clear of the flow.
  const noteBefore = await canvas.box(NOTE);
  await canvas.dragTo(canvas.node(NOTE), { x: flow.x + 140, y: flow.y + 60 });
  await expect.poll(async () => (await canvas.box(NOTE)).y).toBeLessThan(noteBefore.y);
  await clickEmpty();
  await page.screenshot({ path: join(SHOTS, 'order-to-activate-by-mouse-1280x720.png') });

  await expectUndoRedoReopen(
    page,
    ws,
    canvas,
    before,
    [
      [ORDER, COMPANY],
      [COMPANY, ACTIVATE],
      [NOTE, ORDER],
    ],
    'mouse',
  );
  // What was saved: the flow's nodes by kind and reference, its connections by kind.
  const saved = JSON.parse(await diagramText()) as DiagramFile;
  const order = saved.nodes.find((n) => n.kind === 'framework' && n.processId === '1.3.3');
  const activate = saved.nodes.find((n) => n.kind === 'framework' && n.processId === '1.4.5');
  const company = saved.nodes.find((n) => n.kind === 'process' && n.processId === 'p-activate');
  const note = saved.nodes.find((n) => n.kind === 'note' && n.text === NOTE);
  expect(saved.nodes.find((n) => n.kind === 'group' && n.label === 'Customer')).toBeDefined();
  expect(saved.edges.map((e) => `${e.kind} ${e.source} -> ${e.target}`).sort()).toEqual(
    [
      `flow ${order?.id} -> ${company?.id}`,
      `flow ${company?.id} -> ${activate?.id}`,
      `association ${note?.id} -> ${order?.id}`,
    ].sort(),
  );
});
