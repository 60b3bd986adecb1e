import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { historyRepository, type HistoryRepository } from './support/git-history-workspace';
import { ComparePage } from './pages/compare-page';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/cmp-shots';

test.describe.configure({ timeout: 300_000 });

let host: RunningHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** Starts a browser host (with `env`, e.g. a PATH without git) and opens `folder` in it. */
async function openIn(page: Page, folder: string, env?: NodeJS.ProcessEnv): Promise<void> {
  host = await startHost(undefined, env ? { env } : {});
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
}

/** Chooses the git side in "Compare with…". */
async function chooseGit(compare: ComparePage): Promise<void> {
  await compare.dialog.getByRole('radio', { name: 'A branch or revision (git)' }).check();
}

/** Takes the compare tab on screen in the light and the dark theme, at 1280x720. */
async function shots(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}-light-1280.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: `${SHOTS}/${name}-dark-1280.png` });
  await page.emulateMedia({ colorScheme: 'light' });
}

let repo: HistoryRepository;
test.beforeEach(async () => {
  repo = await historyRepository();
});

test('compares with the revision before HEAD and with a branch: marks, legend, steps', async ({
  page,
}) => {
  await openIn(page, repo.workspace);
  // The status bar: the branch, and scope.json changed since the last commit.
  const git = page.getByRole('contentinfo').getByLabel('Git');
  await expect(git).toContainText('Git: main');
  await expect(git).toContainText('1 file changed since the last commit');

  const compare = new ComparePage(page);
  await compare.openDialog();
  await expect(compare.dialog.getByRole('status')).toHaveText(
    /^In git, on main; 3 revisions touch this workspace\.$/,
  );
  await chooseGit(compare);
  const previous = await repo.git('rev-parse', '--short', 'HEAD~1');
  await compare.dialog
    .getByRole('list', { name: 'Revisions' })
    .getByRole('radio', { name: /Bill to cash: move the first step/ })
    .check();
  await compare.dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(compare.anyView).toContainText(previous);
  await expect(compare.anyView.getByRole('combobox', { name: /^Diagram/ })).toHaveValue(
    'order-to-activate',
  );
  const changes = compare.changes;
  await expect(changes).toHaveText([
    /^Credit check — added$/,
    /1\.5\.5\.7 .* — removed$/,
    /— moved$/,
    /^Connection .* — removed$/,
    /^Connection .* — removed$/,
  ]);
  const legend = compare.anyView.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveText([
    'Added',
    'Removed (ghost from the other side)',
    'Changed or moved (dashed: its old place)',
  ]);
  // The list steps through the changes, and round.
  const next = compare.anyView.getByRole('button', { name: 'Next' });
  await next.click();
  await expect(changes.nth(0)).toHaveAttribute('aria-current', 'true');
  await next.click();
  await expect(changes.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(changes.nth(0)).not.toHaveAttribute('aria-current', 'true');
  await compare.anyView.getByRole('button', { name: 'Previous' }).click();
  await compare.anyView.getByRole('button', { name: 'Previous' }).click();
  await expect(changes.nth(4)).toHaveAttribute('aria-current', 'true');
  await shots(page, 'git-compare-diagram');

  await compare.pane('Mappings (2)');
  const rows = compare.anyView
    .getByRole('table', { name: 'Mapping differences' })
    .locator('tbody tr');
  await expect(rows).toHaveText([/removed/, /re-aligned.*partial → full/]);
  await shots(page, 'git-compare-mappings');
  await compare.pane('Heat map');
  // Now lacks map-18 (under 1.3.7) and has map-11 (under 1.3.3) full instead of partial.
  await expect(compare.mapCell('1.3.7 Customer Problem Management')).toHaveAccessibleDescription(
    /: worse, before 4\/6 50%, now 3\/6 33%$/,
  );
  await expect(
    compare.mapCell('1.3.3 Customer Order Processing Management'),
  ).toHaveAccessibleDescription(/: better, /);
  await compare.exit();

  // A branch: the colleague's box is on their side only, so it shows as removed.
  await compare.openDialog();
  await chooseGit(compare);
  await compare.dialog.getByLabel('Branch or tag').selectOption('colleague');
  await compare.dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(compare.anyView).toContainText('colleague');
  // Bill to cash differs too (moved on main since), and comes first: pick Order to activate.
  await compare.anyView
    .getByRole('combobox', { name: /^Diagram/ })
    .selectOption('order-to-activate');
  await expect(changes.filter({ hasText: "Colleague's step — removed" })).toHaveCount(1);
  await expect(changes.filter({ hasText: 'Credit check — added' })).toHaveCount(1);
  await shots(page, 'git-compare-branch');
  await compare.exit();
});

test('History lists the revisions that touched a diagram and opens one read-only', async ({
  page,
}) => {
  const before = await repo.git('status', '--porcelain');
  await openIn(page, repo.workspace);
  await new WorkspacePage(page).showDiagram('Order to activate');
  const compare = new ComparePage(page);
  await compare.menu('Diagram', 'History…');
  const dialog = page.getByRole('dialog', { name: 'History of Order to activate' });
  await expect(dialog.getByRole('status')).toHaveText(
    '2 revisions touched this diagram. Choose one to compare with now.',
  );
  // Not the Bill to cash commit, nor the colleague's branch.
  const revisions = dialog.getByRole('list', { name: 'Revisions of this diagram' });
  await expect(revisions.getByRole('radio')).toHaveCount(2);
  await expect(revisions).toContainText('Order to activate: credit check, no 1.5.5.7');
  await expect(revisions).not.toContainText('Bill to cash');
  await revisions.getByRole('radio', { name: /Sample workspace/ }).check();
  await dialog.getByRole('button', { name: 'Compare with now' }).click();
  await expect(compare.anyView).toContainText('(read-only)');
  await expect(compare.changes.filter({ hasText: 'Credit check — added' })).toHaveCount(1);
  await shots(page, 'git-history-compare');
  await compare.exit();
  // Comparing wrote nothing: the working tree is as it was.
  expect(await repo.git('status', '--porcelain')).toBe(before);
});

test('without git on the PATH the app offers no git compare or status and says why', async ({
  page,
}) => {
  // Node is started by its full path, so a PATH with no git in it leaves only git missing.
  await openIn(page, repo.workspace, { ...process.env, PATH: '/nonexistent' });
  const compare = new ComparePage(page);
  await compare.openDialog();
  await expect(compare.dialog.getByRole('status')).toHaveText(
    'git is not installed (or not on the PATH), so revisions cannot be compared.',
  );
  await expect(
    compare.dialog.getByRole('radio', { name: 'A branch or revision (git)' }),
  ).toBeDisabled();
  await expect(compare.dialog.getByLabel('Branch or tag')).toHaveCount(0);
  await compare.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('contentinfo').getByLabel('Git')).toHaveCount(0);

  await new WorkspacePage(page).showDiagram('Order to activate');
  await compare.menu('Diagram', 'History…');
  const dialog = page.getByRole('dialog', { name: 'History of Order to activate' });
  await expect(dialog.getByRole('status')).toHaveText(
    'git is not installed (or not on the PATH), so revisions cannot be compared.',
  );
  await expect(dialog.getByRole('radio')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Compare with now' })).toBeDisabled();
  // A folder compare still works without git.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
