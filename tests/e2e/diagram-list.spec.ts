import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * The sidebar lists diagrams by name as a reader sorts them, so the list keeps its order when
 * the workspace is saved and opened again (a workspace read from disk holds its diagrams in
 * file name order, one being edited in the order they were made).
 */
let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('the diagram list is in name order, the same before and after a reopen', async ({ page }) => {
  const folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  for (const name of ['Zeta flow', 'Flow 10', 'flow 2', 'Assurance']) await ws.newDiagram(name);
  const names = page.locator('.diagram-list .diagram-name');
  const expected = ['Assurance', 'Billing', 'flow 2', 'Flow 10', 'Order to Cash', 'Zeta flow'];
  await expect(names).toHaveText(expected);

  await ws.save();
  await page.getByRole('button', { name: 'Close workspace' }).click();
  await new WelcomePage(page).openWorkspace(folder);
  await expect(names).toHaveText(expected);
});
