import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Locator, type Page } from './support/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { ModelImportDialog } from './pages/model-import-dialog';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';
import { startHost, type RunningHost } from './support/browser-host';

const FILE = resolve('tests/fixtures/imports/real/zeebe-node-test.bpmn');
const SHOTS = '/tmp/mdiag-shots';

test.describe.configure({ timeout: 180_000 });

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

/** View > Fit diagram. */
async function fitDiagram(page: Page): Promise<void> {
  await page
    .getByRole('menubar', { name: 'Application menu' })
    .getByRole('menuitem', { name: 'View' })
    .click();
  await page
    .getByRole('menu', { name: 'View' })
    .getByRole('menuitem', { name: 'Fit diagram' })
    .click();
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('imports a BPMN file with its diagram: the new diagram keeps the layout of the file', async ({
  page,
  browser,
}) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-model-diagrams-')), 'ws');
  await writeWorkspaceFiles(
    folder,
    buildDocument({ processes: 0, diagrams: 1, nodesPerDiagram: 0 }),
  );
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await new WelcomePage(page).openWorkspace(folder);

  const dialog = await ModelImportDialog.fromFileMenu(page);
  await dialog.read('BPMN 2.0', FILE);
  // The file has a layout: the option is on, and the preview counts what it creates.
  await expect(dialog.diagramsOption).toBeChecked();
  await expect(dialog.preview).toContainText(
    '1 diagram(s) would be created, with 8 node(s) and 8 edge(s).',
  );
  await page.screenshot({ path: `${SHOTS}/preview-1280.png` });
  await dialog.diagramsOption.uncheck();
  await expect(dialog.preview).toContainText('1 diagram(s) in the file: not imported.');
  await expect(dialog.importButton()).toHaveText('Import 4 processes');
  await dialog.diagramsOption.check();
  await expect(dialog.importButton()).toHaveText('Import 4 processes and 1 diagram');
  await dialog.importButton().click();
  await expect(dialog.dialog).toHaveCount(0);

  // One undo step takes the processes and the diagram away; redo brings both back.
  const workspace = new WorkspacePage(page);
  const listed = workspace.diagrams.getByRole('button', { name: 'Test Process', exact: true });
  await expect(listed).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(listed).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(listed).toBeVisible();

  await workspace.showDiagram('Test Process');
  await fitDiagram(page);
  const task = workspace.node('demo-service');
  const timedOut = workspace.node('Timed out');
  const message = workspace.node('Process Message');
  await expect(task).toBeVisible();
  await expect(workspace.node('End event')).toBeVisible();
  // Positions as in the file's DI, whatever the zoom: demo-service (259,80), Timed out
  // (595,80) and Process Message (595,190), all 100 x 80.
  const [a, b, c] = [await centre(task), await centre(timedOut), await centre(message)];
  const zoom = (b.x - a.x) / 336;
  expect(zoom).toBeGreaterThan(0.2);
  expect(Math.abs(b.y - a.y)).toBeLessThan(2);
  expect(Math.abs(c.x - b.x)).toBeLessThan(2);
  expect((c.y - b.y) / zoom).toBeCloseTo(110, -1);
  await expect(workspace.editor.getByRole('group', { name: /^Connection from / })).toHaveCount(8);
  await page.screenshot({ path: `${SHOTS}/imported-diagram-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await fitDiagram(page);
  await page.screenshot({ path: `${SHOTS}/imported-diagram-1920.png` });

  // The same file drawn by bpmn-js (a dev dependency), to compare the two by eye.
  const reference = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const dist = resolve('node_modules/bpmn-js/dist');
  await reference.setContent('<div id="canvas" style="width:1280px;height:720px"></div>');
  await reference.addStyleTag({ path: join(dist, 'assets/diagram-js.css') });
  await reference.addStyleTag({ path: join(dist, 'assets/bpmn-js.css') });
  await reference.addScriptTag({ path: join(dist, 'bpmn-viewer.production.min.js') });
  const xml = await readFile(FILE, 'utf8');
  await reference.evaluate(async (text) => {
    const Viewer = (window as unknown as { BpmnJS: new (o: object) => BpmnViewer }).BpmnJS;
    interface BpmnViewer {
      importXML(xml: string): Promise<unknown>;
      get(name: 'canvas'): { zoom(level: string): void };
    }
    const viewer = new Viewer({ container: '#canvas' });
    await viewer.importXML(text);
    viewer.get('canvas').zoom('fit-viewport');
  }, xml);
  await reference.screenshot({ path: `${SHOTS}/bpmn-js-reference-1280.png` });
  await reference.close();
});
