import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeOperatorWorkspace } from './support/mapping-workspace';
import { openSampleCopy } from './support/sample-copy';
import { MappingTablePage } from './pages/mapping-table-page';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * Mappings end to end in the built app: every way of creating one (the table's add row, a
 * paste, accepting suggestions), bulk edits in the table, undo, and what reaches mappings.json.
 */
let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

const SHOTS = process.env.MAPPING_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function openOperator(
  page: Page,
  mappings = 0,
): Promise<{ folder: string; table: MappingTablePage }> {
  const folder = await writeOperatorWorkspace(mappings);
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  await expect(new WorkspacePage(page).header).toContainText('Operator');
  const table = new MappingTablePage(page);
  await table.open();
  return { folder, table };
}

async function savedMappings(page: Page, folder: string) {
  await new WorkspacePage(page).save();
  const text = await readFile(join(folder, 'mappings.json'), 'utf8');
  return (JSON.parse(text) as { mappings: Array<Record<string, unknown>> }).mappings;
}

test('the table adds a mapping with type-ahead, undo takes it back, and the file gets it stamped', async ({
  page,
}) => {
  const { folder, table } = await openOperator(page);
  await expect(table.panel).toContainText('No mappings yet');
  await table.add('OTA-01 Take customer order', '1.3.3 Customer Order Processing Management');
  await expect(table.rows).toHaveCount(1);
  await expect(table.row('Take customer order')).toContainText('1.3.3');
  await expect(table.row('Take customer order')).toContainText(
    'Customer Order Processing Management',
  );
  await expect(table.row('Take customer order')).toContainText('L2');

  await table.undo();
  await expect(table.rows).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(table.rows).toHaveCount(1);

  // An unknown eTOM id is refused with a message, nothing created.
  await table.add('Port-in request', '9.9.9');
  await expect(table.panel.getByRole('alert')).toContainText('no eTOM process "9.9.9"');
  await expect(table.rows).toHaveCount(1);

  const saved = await savedMappings(page, folder);
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({
    processId: 'p-take',
    target: { pack: 'gb921-v25.5', release: '25.5', id: '1.3.3' },
    alignment: 'full',
    status: 'draft',
  });
  expect(String(saved[0]?.createdAt)).toMatch(/^\d{4}-\d\d-\d\dT/);
});

test('a paste previews each line with its errors, creates the good ones in one undo step', async ({
  page,
}) => {
  const { folder, table } = await openOperator(page);
  await table.panel.getByRole('button', { name: 'Paste mappings…' }).click();
  const dialog = table.dialog('Paste mappings');
  await dialog
    .getByLabel('Rows to paste')
    .fill(
      [
        'company process\teTOM id\talignment\tnote',
        'OTA-01\t1.3.3\tFull\tsame order capture',
        'Handle trouble tickets\t1.3.7\tpartial\t',
        'Nobody knows\t1.3.3\tFull\t',
        'Send dunning letters\t9.9.9\tFull\t',
        'NOC alarm triage | 1.4.7 | weak | typed by hand',
      ].join('\n'),
    );
  await expect(dialog).toContainText('2 to create, 3 with errors (left out)');
  const preview = dialog.getByRole('table', { name: 'Paste preview' });
  await expect(preview.getByRole('row', { name: /^4 / })).toContainText(
    'no company process "Nobody knows"',
  );
  await expect(preview.getByRole('row', { name: /^5 / })).toContainText('no eTOM process "9.9.9"');
  await expect(preview.getByRole('row', { name: /^6 / })).toContainText('no alignment "weak"');
  await shot(page, 'paste-preview');
  await dialog.getByRole('button', { name: 'Create 2 mappings' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(table.rows).toHaveCount(2);
  await expect(table.row('Take customer order')).toContainText('same order capture');
  await expect(table.row('Handle trouble tickets')).toContainText('Partial');

  await table.undo();
  await expect(table.rows).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(table.rows).toHaveCount(2);
  const saved = await savedMappings(page, folder);
  expect(saved.map((m) => m.rationale ?? null).sort()).toEqual([null, 'same order capture']);
});

test('suggestions: nothing mapped until accepted, then one by one or in bulk above a score', async ({
  page,
}) => {
  const { table } = await openOperator(page);
  await table.panel.getByRole('button', { name: 'Suggestions…' }).click();
  const dialog = table.dialog('Mapping suggestions');
  await expect(dialog.getByRole('status')).toContainText('company processes have suggestions');
  await expect(table.rows).toHaveCount(0);
  const list = dialog.getByRole('list', { name: 'Suggestions' });
  const ticket = list
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Handle trouble tickets' }) });
  await expect(ticket.getByRole('listitem').first()).toContainText(
    /score|matches|vocabulary|name/i,
  );
  await shot(page, 'suggestions');

  // One by one: the first suggestion of "Send dunning letters".
  const dunning = list
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Send dunning letters' }) });
  await dunning
    .getByRole('button', { name: /^Accept / })
    .first()
    .click();
  await expect(dunning.getByText('Mapped')).toHaveCount(1);
  await expect(dialog.getByRole('status')).toContainText('1 of them is now mapped');

  // In bulk: the best match of each process scoring at least 0.
  await dialog.getByLabel('Minimum score').fill('0');
  const bulk = dialog.getByRole('button', { name: /^Accept \d+ suggestions$/ });
  const label = (await bulk.textContent()) ?? '';
  const count = Number(/\d+/.exec(label)?.[0]);
  expect(count).toBeGreaterThan(1);
  await bulk.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(table.rows).toHaveCount(count + 1);
  // The bulk accept is one undo step; the single accept another.
  await table.undo();
  await expect(table.rows).toHaveCount(1);
  await table.undo();
  await expect(table.rows).toHaveCount(0);
});

test('bulk edit by keyboard: Space selects, the bar sets status for all, one undo step', async ({
  page,
}) => {
  const { folder, table } = await openOperator(page, 12);
  await expect(table.count).toHaveText('12 mappings');
  await table.grid.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const bar = table.panel.getByRole('toolbar', { name: 'Selected mappings' });
  await expect(bar).toContainText('3 selected');
  await bar.getByLabel('Set status of the selected mappings').selectOption('approved');
  await expect(table.grid.locator('.status-approved')).toHaveCount(3);
  await bar.getByLabel('Set alignment of the selected mappings').selectOption({ label: 'Partial' });
  await table.panel.getByLabel('Filter by status').selectOption('approved');
  await expect(table.rows).toHaveCount(3);
  await expect(table.rows.filter({ hasText: 'Partial' })).toHaveCount(3);
  await shot(page, 'bulk-edit');

  await table.undo();
  await table.undo();
  await expect(table.rows).toHaveCount(0);
  await table.panel.getByLabel('Filter by status').selectOption('');
  await expect(table.rows).toHaveCount(12);

  // Enter opens the focused row; its edit is one step too.
  await table.grid.focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: /^Mapping: / });
  await edit.getByLabel('Rationale').fill('Checked with the order team');
  await edit.getByRole('button', { name: 'Save mapping' }).click();
  await expect(table.rows.filter({ hasText: 'Checked with the order team' })).toHaveCount(1);
  const saved = await savedMappings(page, folder);
  expect(saved.filter((m) => m.rationale === 'Checked with the order team')).toHaveLength(1);
});

test('the alignment scale: add a qualifier, remove one in use only with a replacement', async ({
  page,
}) => {
  const { folder, table } = await openOperator(page, 6);
  await table.panel.getByRole('button', { name: 'Alignment scale…' }).click();
  const dialog = table.dialog('Alignment scale');
  await dialog.getByRole('button', { name: 'Add alignment' }).click();
  await dialog.getByLabel('Name of alignment 3').fill('Minimal');
  await dialog.getByLabel('Weight of alignment 3').fill('0.25');
  await dialog
    .getByRole('row')
    .filter({ has: page.getByLabel('Name of alignment 2') })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await dialog.getByLabel('Replacement for Partial').selectOption({ label: 'Full' });
  await dialog.getByRole('textbox', { name: /Your name/ }).fill('Ana Analyst');
  await shot(page, 'alignment-scale');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(table.rows.filter({ hasText: 'Partial' })).toHaveCount(0);
  await table.undo();
  await expect(table.rows.filter({ hasText: 'Partial' })).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');

  await table.add('Port-in request', '1.4.5', 'Minimal');
  // Port-in request has an earlier mapping too: the new row is the one with the new qualifier.
  await expect(table.row('Port-in request').filter({ hasText: 'Minimal' })).toHaveCount(1);
  const saved = await savedMappings(page, folder);
  expect(saved.find((m) => m.processId === 'p-port' && m.alignment === 'minimal')).toMatchObject({
    createdBy: 'Ana Analyst',
  });
  const workspace = JSON.parse(await readFile(join(folder, 'workspace.json'), 'utf8')) as {
    alignments: unknown;
  };
  expect(workspace.alignments).toEqual([
    { id: 'full', label: 'Full', weight: 1 },
    { id: 'minimal', label: 'Minimal', weight: 0.25 },
  ]);
});

test('10,000 mappings: the table scrolls and groups; frame times are printed', async ({ page }) => {
  test.setTimeout(180_000);
  const { table } = await openOperator(page, 10_000);
  await expect(table.count).toHaveText('10,000 mappings'.replace(',', ''));
  // Only the rows in view are in the page.
  expect(await table.rows.count()).toBeLessThan(80);
  const frames = await page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="mapping-scroll"]');
    if (!scroller) throw new Error('no scroller');
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 180; i += 1) {
      scroller.scrollTop += 240;
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return {
      frames: times.length,
      p50: at(0.5),
      p95: at(0.95),
      max: at(1),
      top: scroller.scrollTop,
    };
  });
  expect(frames.top).toBeGreaterThan(0);
  console.log(
    `mapping table, 10,000 rows, scroll frames: n ${frames.frames}, p50 ${frames.p50.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms`,
  );
  await shot(page, 'table-10000-1400');
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, 'table-10000-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await table.panel.getByLabel('Group rows').selectOption('target');
  await expect(table.grid.locator('.mapping-group').first()).toBeVisible();
  await shot(page, 'table-grouped-1920');
});

test('deleting a mapping in the table takes its connection off the diagram drawing it; undo puts both back', async ({
  page,
}) => {
  await host.open(page);
  const folder = await openSampleCopy(page);
  const table = new MappingTablePage(page);
  await table.open();
  await table.panel.getByLabel('Filter mappings').fill('Collect usage records');
  await expect(table.rows).toHaveCount(1);
  await table.grid.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Delete');
  await expect(table.rows).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText(
    'Deleted the mapping and its connections on Bill to cash',
  );
  await shot(page, 'mapping-deleted-with-drawing');
  const drawn = async () => {
    await new WorkspacePage(page).save();
    const text = await readFile(join(folder, 'diagrams/bill-to-cash.json'), 'utf8');
    const diagram = JSON.parse(text) as { edges: Array<{ mappingId?: string }> };
    return diagram.edges.filter((edge) => edge.mappingId === 'map-29').length;
  };
  expect(await drawn()).toBe(0);
  expect((await savedMappings(page, folder)).some((m) => m.id === 'map-29')).toBe(false);

  await table.undo();
  await table.panel.getByLabel('Filter mappings').fill('Collect usage records');
  await expect(table.rows).toHaveCount(1);
  expect(await drawn()).toBe(1);
  expect((await savedMappings(page, folder)).some((m) => m.id === 'map-29')).toBe(true);
});

test('beside the library at 1280x720 the names take two lines; a wide tab keeps rows of one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await openSampleCopy(page, 'etom-e2e-table-lines-');
  const table = new MappingTablePage(page);
  await table.open();
  const row = table.rows.filter({ hasText: 'Activate SIM and number' }).first();
  const name = row.locator('.mapping-cell-process');
  const target = row.locator('.mapping-cell-target');
  await expect(row).toBeVisible();
  const fits = (cell: typeof name) =>
    cell.evaluate((e) => ({
      whole: e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1,
      lines: Math.round(
        e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight),
      ),
    }));
  // One line held "Activate S…" here; two hold the whole name.
  expect(await fits(name)).toEqual({ whole: true, lines: 2 });
  expect((await fits(target)).lines).toBe(2);
  expect((await row.boundingBox())!.height).toBeGreaterThan(45);
  // Rows stay in order without gaps or overlaps: each starts where the one above ends.
  const tops = await table.rows.evaluateAll((rows) =>
    rows
      .map((r) => r.getBoundingClientRect())
      .sort((a, b) => a.top - b.top)
      .slice(0, 6),
  );
  for (let i = 1; i < tops.length; i += 1) {
    expect(Math.abs(tops[i]!.top - tops[i - 1]!.bottom)).toBeLessThanOrEqual(1);
  }
  await shot(page, 'mapping-table-two-lines-1280');

  // A wide window: rows of one line again, the same name whole on it.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await row.boundingBox())!.height).toBeLessThan(40);
  expect((await fits(name)).whole).toBe(true);
});
