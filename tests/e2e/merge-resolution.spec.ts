import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import type { GitWorkspace } from '../fixtures/git-workspace';
import { startHost, type RunningHost } from './support/browser-host';
import { copyRepository, writeMergedWorkspace } from './support/merged-workspace';
import { MappingTablePage } from './pages/mapping-table-page';
import { MergePage } from './pages/merge-page';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * A workspace two branches merged with git and the eTOM Studio driver, opened in the built app:
 * the banner, the resolution view, the markers on the canvas and the mapping table, choices as
 * undoable edits, the record removed after the save, and the status bar's branch and changes.
 */
let host: RunningHost;
let merged: GitWorkspace;
let repository: { workspace: string; cleanup: () => Promise<void> };

// Git runs the driver (the CLI through tsx) once per conflicted file: slow on a loaded machine,
// so the merge is made once and each test gets a copy of the repository.
test.beforeAll(async () => {
  test.setTimeout(300_000);
  merged = await writeMergedWorkspace();
});
test.afterAll(async () => {
  await merged.cleanup();
});
test.beforeEach(async () => {
  test.setTimeout(180_000); // opening and two screenshot sizes, on a machine shared six ways
  repository = await copyRepository(merged);
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
  await repository.cleanup();
});

const SHOTS = process.env.RESOLVE_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** What a pseudo-element badge says (its text is not in the DOM, only in the style). */
function badge(page: Page, selector: string, pseudo: '::after' | '::before'): Promise<string> {
  return page.evaluate(
    ([s, p]) => {
      const element = document.querySelector(s ?? '');
      return element ? getComputedStyle(element, p).content : 'none';
    },
    [selector, pseudo],
  );
}

test('a merged workspace shows its conflicts, takes theirs as an undoable edit, and drops the record once saved', async ({
  page,
}) => {
  await host.open(page);
  await new WelcomePage(page).openWorkspace(repository.workspace);
  const workspace = new WorkspacePage(page);
  const merge = new MergePage(page);

  // Two fields merged both ways, and a mapping whose company process the other side deleted.
  await expect(merge.banner).toContainText(
    'A merge left 2 conflicts to resolve in this workspace, and 1 reference points at a process that is not there.',
  );
  await expect(merge.git).toContainText('Git: ours');
  await expect(merge.git).toContainText(/files? changed since the last commit/);
  // The canvas marks the conflicted node with an amber badge.
  await expect(workspace.node('Capture order (ours)')).toBeVisible();
  expect(await badge(page, '.react-flow__node[data-id="n-0"]', '::after')).toContain('!');
  await shot(page, 'merge-banner-canvas');

  await merge.open();
  const label = merge.conflict(/^Node .* \(n-0\), label$/);
  await expect(label).toContainText('Changed on both sides');
  await expect(label).toContainText('Base“Step 0”');
  await expect(label).toContainText('Ours“Capture order (ours)”');
  await expect(label).toContainText('Theirs“Capture order (theirs)”');
  const rationale = merge.conflict(/^Mapping .* \(m-1\), rationale$/);
  await expect(rationale).toContainText('Theirs“Their reading”');
  const reference = merge.view.getByRole('listitem', { name: 'Mapping m-2 (to 1.3)' });
  await expect(reference).toContainText('maps company process "p-6"');
  await shot(page, 'merge-view');

  await label.getByRole('button', { name: 'Take theirs' }).click();
  await expect(label).toContainText('Resolved: theirs');
  await workspace.expectUnsaved();
  await page.keyboard.press('Control+z');
  await expect(label).toContainText('Unresolved');
  await page.keyboard.press('Control+Shift+z');
  await expect(label).toContainText('Resolved: theirs');

  await rationale.getByRole('button', { name: 'Take ours' }).click();
  await expect(rationale).toContainText('Resolved: ours');
  await reference.getByRole('button', { name: 'Delete the mapping' }).click();
  await expect(merge.view.getByRole('status').first()).toBeVisible();
  await expect(merge.view).toContainText('Everything is resolved: save the workspace');

  const records = join(repository.workspace, '.etom-merge');
  await access(join(records, 'diagrams', 'diagram-1.json')); // still there before the save
  await workspace.save();
  await expect
    .poll(() =>
      access(records).then(
        () => 'there',
        () => 'gone',
      ),
    )
    .toBe('gone');
  await expect(merge.view).toContainText('No merge conflicts.');
  const diagram = JSON.parse(
    await readFile(join(repository.workspace, 'diagrams', 'diagram-1.json'), 'utf8'),
  ) as { nodes: Array<{ id: string; label?: string }> };
  expect(diagram.nodes.find((n) => n.id === 'n-0')?.label).toBe('Capture order (theirs)');
  await shot(page, 'merge-resolved');
});

test('the mapping table marks the rows of unresolved conflicts', async ({ page }) => {
  await host.open(page);
  await new WelcomePage(page).openWorkspace(repository.workspace);
  const table = new MappingTablePage(page);
  await table.open();
  await expect(table.rows).toHaveCount(2);
  expect(
    await badge(page, '.mapping-row[data-mapping-id="m-1"] .mapping-cell-process', '::before'),
  ).toContain('!');
  expect(
    await badge(page, '.mapping-row[data-mapping-id="m-2"] .mapping-cell-process', '::before'),
  ).toContain('!');
  await shot(page, 'merge-mapping-table');
});
