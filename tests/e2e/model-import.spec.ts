import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { CataloguePanel } from './pages/catalogue-panel';
import { ModelImportDialog } from './pages/model-import-dialog';
import { WelcomePage } from './pages/welcome-page';
import { startHost, type RunningHost } from './support/browser-host';

const FIXTURES = resolve('tests/fixtures/imports');
const SHOTS = '/tmp/w4-imports-shots';

test.describe.configure({ timeout: 180_000 });

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('imports processes from a BPMN file through the dialog: refusal, preview, one undo step, no duplicates', async ({
  page,
}) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-model-import-')), 'ws');
  await writeWorkspaceFiles(
    folder,
    buildDocument({ processes: 0, diagrams: 1, nodesPerDiagram: 0 }),
  );
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await new WelcomePage(page).openWorkspace(folder);

  // A DOCTYPE bomb is refused with the file, line and column; nothing is previewed.
  const dialog = await ModelImportDialog.fromFileMenu(page);
  await dialog.read('BPMN 2.0', join(FIXTURES, 'broken/billion-laughs.bpmn'));
  await expect(dialog.dialog.getByRole('alert')).toContainText(
    'billion-laughs.bpmn:2:1: has a DOCTYPE declaration',
  );
  await expect(dialog.preview).toHaveCount(0);

  // A real-world-shaped file: counts, problems by element id, the processes to add.
  await dialog.read('BPMN 2.0', join(FIXTURES, 'order-to-activate.bpmn'));
  await expect(dialog.preview).toContainText(
    'order-to-activate.bpmn: 14 element(s) become processes; 14 would be added.',
  );
  await expect(dialog.preview.getByRole('list', { name: 'Problems' })).toContainText(
    's-ghost: the shape points at "task-deleted-long-ago"',
  );
  await expect(
    dialog.preview.getByRole('row', { name: /Check credit businessRuleTask Back office/ }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/preview-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/preview-1920.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  await dialog.importButton().click();
  await expect(dialog.dialog).toHaveCount(0);

  const catalogue = new CataloguePanel(page);
  await catalogue.open();
  await expect(catalogue.item('Check credit')).toHaveCount(1);
  expect((await catalogue.outline()).slice(0, 3)).toEqual([
    '1:Operator',
    '2:Sales',
    '3:Back office',
  ]);
  await page.screenshot({ path: `${SHOTS}/catalogue-after-import-1280.png` });

  // One undo step takes the whole import away; redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(catalogue.item('Operator')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(catalogue.item('Operator')).toHaveCount(1);

  // The same file again: recognised, nothing to add.
  const again = await ModelImportDialog.fromFileMenu(page);
  await again.read('BPMN 2.0', join(FIXTURES, 'order-to-activate.bpmn'));
  await expect(again.preview).toContainText(
    '14 element(s) become processes; 0 would be added, 14 already imported from this file',
  );
  await expect(again.importButton()).toBeDisabled();
  await again.dialog.getByRole('button', { name: 'Cancel' }).click();
});
