import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { MAPPING_DIAGRAM, writeMappingDiagramWorkspace } from './support/mapping-diagram-workspace';
import { CataloguePanel } from './pages/catalogue-panel';
import { DiagramCanvas } from './pages/diagram-canvas';
import { LibraryPanel } from './pages/library-panel';
import { MappingTablePage } from './pages/mapping-table-page';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * Every way of creating a mapping, end to end in the built app, each checked in mappings.json:
 * a mapping edge drawn on a diagram (and deleted, with or without its mapping), a company
 * process dropped on the library tree and on the framework map, the table's add row, a paste
 * and an accepted suggestion. Each keeps the process's TM Forum UID.
 */
let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

const SHOTS = process.env.MAPPING_SHOTS ?? '';
const TAKE = 'Take customer order';
const ORDER = 'Customer Order Processing Management';

/** A screenshot for the report; with MAPPING_SHOTS set, also at 1280x720 and 1920x1080 there. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  const size = page.viewportSize();
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) });
  }
  if (size) await page.setViewportSize(size);
}

async function open(page: Page): Promise<string> {
  const folder = await writeMappingDiagramWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  await expect(new WorkspacePage(page).header).toContainText('Operator');
  return folder;
}

type Saved = Array<{
  id: string;
  processId: string;
  target: Record<string, string>;
  alignment: string;
  status: string;
}>;

async function saved(page: Page, folder: string): Promise<Saved> {
  await new WorkspacePage(page).save();
  await expect(new WorkspacePage(page).header).not.toContainText('•');
  const text = await readFile(join(folder, 'mappings.json'), 'utf8');
  return (JSON.parse(text) as { mappings: Saved }).mappings;
}

async function savedEdges(folder: string) {
  const text = await readFile(join(folder, 'diagrams', 'order-capture.json'), 'utf8');
  return (JSON.parse(text) as { edges: Array<Record<string, string>> }).edges;
}

/** The status bar's notice (what a gesture did). */
function notice(page: Page): Locator {
  return page.getByRole('contentinfo');
}

const UID_1_3_3 = { pack: 'gb921-v25.5', release: '25.5', id: '1.3.3', uid: '3885' };

/** Drops company process `processId` on `target` as the catalogue's drag would carry it. */
async function dropCompanyProcess(target: Locator, processId: string): Promise<void> {
  await target.evaluate((element, id) => {
    const data = new DataTransfer();
    data.setData('application/x-etom-company-process', id);
    const box = element.getBoundingClientRect();
    const at = {
      clientX: box.left + box.width / 2,
      clientY: box.top + box.height / 2,
      bubbles: true,
      cancelable: true,
      dataTransfer: data,
    };
    element.dispatchEvent(new DragEvent('dragenter', at));
    element.dispatchEvent(new DragEvent('dragover', at));
    element.dispatchEvent(new DragEvent('drop', at));
  }, processId);
}

test('a connection from a company process to an eTOM process creates the mapping; undo and redo take both', async ({
  page,
}) => {
  const folder = await open(page);
  const workspace = new WorkspacePage(page);
  await workspace.showDiagram(MAPPING_DIAGRAM);
  const canvas = new DiagramCanvas(page);
  await expect(canvas.node(ORDER)).toBeVisible();

  // By default a connection is a flow, between any two steps: it maps nothing.
  await canvas.connect(TAKE, 'right', ORDER, 'left');
  await expect(canvas.edge(TAKE, ORDER).locator('.edge-mapping')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(canvas.edge(TAKE, ORDER)).toHaveCount(0);
  expect(await saved(page, folder)).toHaveLength(0);

  // "Connect as: Mapping" draws mapping edges.
  await page.getByRole('combobox', { name: 'Connect as' }).selectOption('mapping');
  await canvas.connect(TAKE, 'right', ORDER, 'left');
  await expect(canvas.edge(TAKE, ORDER)).toBeVisible();
  await expect(canvas.edge(TAKE, ORDER).locator('.edge-mapping')).toHaveCount(1);
  await expect(notice(page)).toContainText('Mapped OTA-01 Take customer order to 1.3.3');
  await shot(page, 'edge-drawn');

  // Another pair stays an ordinary flow.
  await canvas.connect(TAKE, 'bottom', 'Check stock', 'left');
  await expect(canvas.edge(TAKE, 'Check stock').locator('.edge-mapping')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(canvas.edge(TAKE, 'Check stock')).toHaveCount(0);

  let mappings = await saved(page, folder);
  expect(mappings).toHaveLength(1);
  expect(mappings[0]).toMatchObject({
    processId: 'p-take',
    target: UID_1_3_3,
    alignment: 'full',
    status: 'draft',
  });
  const edge = (await savedEdges(folder)).find((e) => e.kind === 'mapping');
  expect(edge).toMatchObject({ source: 'n-take', target: 'n-order', mappingId: mappings[0]?.id });

  // One undo on the diagram takes back the edge and the mapping; redo brings both.
  await canvas.flow.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await expect(canvas.edge(TAKE, ORDER)).toHaveCount(0);
  expect(await saved(page, folder)).toHaveLength(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(canvas.edge(TAKE, ORDER)).toBeVisible();
  mappings = await saved(page, folder);
  expect(mappings).toHaveLength(1);

  // Deleting the edge asks about the mapping: keep it first, then (undone) delete it too.
  await canvas.edge(TAKE, ORDER).click();
  await page.keyboard.press('Delete');
  const ask = page.getByRole('dialog', { name: 'Delete the mapping too?' });
  await expect(ask).toContainText('OTA-01 Take customer order → 1.3.3');
  await shot(page, 'edge-delete-asks');
  await ask.getByRole('button', { name: 'Keep the mapping' }).click();
  await expect(canvas.edge(TAKE, ORDER)).toHaveCount(0);
  expect(await saved(page, folder)).toHaveLength(1);
  await page.keyboard.press('Control+z');
  await expect(canvas.edge(TAKE, ORDER)).toBeVisible();

  await canvas.edge(TAKE, ORDER).click();
  await page.keyboard.press('Delete');
  await page
    .getByRole('dialog', { name: 'Delete the mapping too?' })
    .getByRole('button', { name: 'Delete the mapping too' })
    .click();
  await expect(canvas.edge(TAKE, ORDER)).toHaveCount(0);
  expect(await saved(page, folder)).toHaveLength(0);
  expect((await savedEdges(folder)).filter((e) => e.kind === 'mapping')).toHaveLength(0);
  // One undo puts the edge and the mapping back.
  await page.keyboard.press('Control+z');
  await expect(canvas.edge(TAKE, ORDER)).toBeVisible();
  expect(await saved(page, folder)).toMatchObject([{ processId: 'p-take', target: UID_1_3_3 }]);
});

test('a company process dropped on the library tree or on the map is mapped there, undoably', async ({
  page,
}) => {
  const folder = await open(page);
  const catalogue = new CataloguePanel(page);
  const library = new LibraryPanel(page);
  await catalogue.open();

  // A real drag from the catalogue's tree onto a library row.
  const strategy = library.treeItem(/^1\.1\.1 Market Strategy/);
  await catalogue.item(/Port-in request/).dragTo(strategy);
  await expect(notice(page)).toContainText('Mapped OTA-02 Port-in request to 1.1.1');
  await shot(page, 'drop-on-library');
  let mappings = await saved(page, folder);
  expect(mappings).toMatchObject([
    {
      processId: 'p-port',
      target: { pack: 'gb921-v25.5', release: '25.5', id: '1.1.1' },
      alignment: 'full',
      status: 'draft',
    },
  ]);
  expect(mappings[0]?.target.uid).toBeDefined();

  // Dropping the same pair again maps nothing more.
  await catalogue.item(/Port-in request/).dragTo(strategy);
  await expect(notice(page)).toContainText('already mapped to 1.1.1');
  await page.keyboard.press('Control+z');
  expect(await saved(page, folder)).toHaveLength(0);
  await page.keyboard.press('Control+Shift+z');
  expect(await saved(page, folder)).toHaveLength(1);

  // The library's search finds company processes too, marked as the company's.
  await library.search.fill('dunning');
  const found = page.getByRole('list', { name: 'Company processes found' });
  await expect(
    found.getByRole('button', { name: 'Company BTC-01 Send dunning letters' }),
  ).toBeVisible();
  await shot(page, 'search-finds-company');
  await library.clearSearch();

  // On the framework map: the drop a drag from the catalogue ends with.
  await library.openMap();
  const cell = page.getByRole('button', { name: /^1\.3\.3 Customer Order/ }).first();
  await expect(cell).toBeVisible();
  await dropCompanyProcess(cell, 'p-ticket');
  await expect(notice(page)).toContainText('Mapped TTR-01 Handle trouble tickets to 1.3.3');
  await shot(page, 'drop-on-map');
  mappings = await saved(page, folder);
  expect(mappings.find((m) => m.processId === 'p-ticket')).toMatchObject({
    target: UID_1_3_3,
    status: 'draft',
  });
  await page.keyboard.press('Control+z');
  expect((await saved(page, folder)).map((m) => m.processId)).toEqual(['p-port']);
});

test('the table, a paste and an accepted suggestion each save a mapping with its UID', async ({
  page,
}) => {
  const folder = await open(page);
  const table = new MappingTablePage(page);
  await table.open();

  await table.add('OTA-01 Take customer order', `1.3.3 ${ORDER}`);
  await expect(table.rows).toHaveCount(1);

  await table.panel.getByRole('button', { name: 'Paste mappings…' }).click();
  const paste = table.dialog('Paste mappings');
  await paste.getByLabel('Rows to paste').fill('TTR-01 | 1.3.7 | Partial | from the paste');
  await paste.getByRole('button', { name: 'Create 1 mapping' }).click();
  await expect(table.rows).toHaveCount(2);

  await table.panel.getByRole('button', { name: /Suggestions/ }).click();
  const suggest = table.dialog('Mapping suggestions');
  await suggest.getByLabel('Suggest for').selectOption({ label: 'BTC-01 Send dunning letters' });
  await suggest
    .getByRole('button', { name: /^Accept/ })
    .first()
    .click();
  await expect(table.rows).toHaveCount(3);
  await suggest.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(suggest).toHaveCount(0);

  const mappings = await saved(page, folder);
  expect(mappings).toHaveLength(3);
  for (const mapping of mappings) {
    expect(mapping.target.uid, `${mapping.processId} → ${mapping.target.id}`).toMatch(/^\d+$/);
    expect(mapping.target.release).toBe('25.5');
  }
  expect(mappings.map((m) => m.processId).sort()).toEqual(['p-dunning', 'p-take', 'p-ticket']);
});
