import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { LibraryPanel, newWorkspaceWithDiagram } from './pages/library-panel';
import { CataloguePanel } from './pages/catalogue-panel';
import { WorkspacePage } from './pages/workspace-page';

let host: RunningHost;
let folder: string;
const SHOTS = '/tmp/i8-catalogue-shots';

test.beforeEach(async ({ page }) => {
  // Seven helpers share two cores: creating the workspace alone can take most of a minute.
  test.setTimeout(240_000);
  host = await startHost();
  folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-catalogue-')), 'workspace');
  await host.open(page);
  await newWorkspaceWithDiagram(page, folder, 'Order flow');
});

test.afterEach(async () => {
  await host.stop();
});

/** About 30 processes as a spreadsheet paste: three trees by parent code, one mapping. */
function pastedRows(): string {
  const lines = ['Code\tName\tParent code\tOwner\teTOM id\tAlignment'];
  const areas = ['Order to activate', 'Trouble to resolve', 'Bill to cash'];
  areas.forEach((area, a) => {
    lines.push(`A${a}\t${area}\t\tOps\t\t`);
    for (let i = 0; i < 9; i += 1) {
      lines.push(
        `A${a}-${i}\t${area.split(' ')[0]} step ${i}\tA${a}\tTeam ${i}\t${a === 0 && i === 0 ? '1.3.3\tPartial' : '\t'}`,
      );
    }
  });
  // A spreadsheet quotes a copied cell that holds quotes, as CSV does.
  lines.push('X1\t"=cmd|""/c calc""!A1"\t\t\t\t');
  return lines.join('\n');
}

test('import with mapping and preview, keyboard edits, drag onto a diagram, export, reopen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const catalogue = new CataloguePanel(page);
  await catalogue.open();
  await catalogue.importPasted(pastedRows());
  const dialog = catalogue.importDialog;
  await expect(
    dialog.getByRole('group', { name: 'Column mapping' }).getByLabel('Parent code'),
  ).toHaveValue('2');
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText('31 process(es)');
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText('1 mapping(s)');
  await page.screenshot({ path: `${SHOTS}/import-preview-1280.png` });
  // A wrong column mapping shows the faults by row and column, and blocks the import.
  await dialog
    .getByRole('group', { name: 'Column mapping' })
    .getByLabel('Parent code')
    .selectOption('3');
  await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(
    'Row 2, Owner: no process has the code "Ops"',
  );
  await expect(dialog.getByRole('button', { name: /^Import \d+ processes$/ })).toBeDisabled();
  await dialog
    .getByRole('group', { name: 'Column mapping' })
    .getByLabel('Parent code')
    .selectOption('2');
  await dialog.getByRole('button', { name: 'Import 31 processes' }).click();
  await expect(dialog).toBeHidden();
  await expect(catalogue.item(/Order to activate/)).toBeVisible();

  // Keyboard: select "Order step 1", indent it under "Order step 0", rename it, reorder.
  await catalogue.item(/Order step 1$/).click();
  await page.keyboard.press('Tab');
  await page.keyboard.press('F2');
  await page.getByLabel('Process name').fill('Validate order');
  await page.keyboard.press('Enter');
  await catalogue.item(/Bill step 2$/).click();
  await page.keyboard.press('Alt+ArrowUp');
  let outline = await catalogue.outline();
  expect(outline.slice(0, 4)).toEqual([
    '1:Order to activate',
    '2:Order step 0',
    '3:Validate order',
    '2:Order step 2',
  ]);
  expect(outline.indexOf('2:Bill step 2')).toBe(outline.indexOf('2:Bill step 1') - 1);
  // Undo takes back the reorder: one step per gesture, on the workspace's stack.
  await page.keyboard.press('Control+z');
  outline = await catalogue.outline();
  expect(outline.indexOf('2:Bill step 2')).toBe(outline.indexOf('2:Bill step 1') + 1);
  await page.screenshot({ path: `${SHOTS}/tree-1280.png` });

  // Drag one onto the diagram (the tree is on another tab, so the drop carries what the
  // row's dragstart writes): a process node named from the catalogue.
  const id = await catalogue.item(/Validate order/).evaluate((row) => row.id.replace(/^cat-/, ''));
  const library = new LibraryPanel(page);
  await page.getByRole('tab', { name: 'Order flow' }).click();
  await library.canvas('Order flow').evaluate((canvas, processId) => {
    const data = new DataTransfer();
    data.setData('application/x-etom-company-process', processId);
    const box = canvas.getBoundingClientRect();
    const at = {
      clientX: box.left + 200,
      clientY: box.top + 150,
      bubbles: true,
      dataTransfer: data,
    };
    canvas.dispatchEvent(new DragEvent('dragover', at));
    canvas.dispatchEvent(new DragEvent('drop', at));
  }, id);
  await expect(library.canvas('Order flow').getByText('Validate order')).toBeVisible();

  // Export CSV: formula-like cells neutralised.
  await catalogue.open();
  const out = join(folder, '..', 'catalogue.csv');
  await catalogue.details.getByLabel(/Export to/).fill(out);
  await catalogue.details.getByRole('button', { name: 'Export' }).click();
  await expect(catalogue.details.getByRole('status')).toContainText('Wrote 31 processes');
  const csv = await readFile(out, 'utf8');
  expect(csv).toContain(`'=cmd|""/c calc""!A1`);

  // Save and reopen: the tree, the node and the mapping are there.
  await new WorkspacePage(page).save();
  const processes = JSON.parse(await readFile(join(folder, 'processes.json'), 'utf8')) as {
    processes: Array<{ name: string }>;
  };
  expect(processes.processes.map((p) => p.name)).toContain('Validate order');
  const mappings = JSON.parse(await readFile(join(folder, 'mappings.json'), 'utf8')) as {
    mappings: Array<{ target: { id: string }; alignment: string }>;
  };
  expect(mappings.mappings).toMatchObject([{ target: { id: '1.3.3' }, alignment: 'partial' }]);
});
