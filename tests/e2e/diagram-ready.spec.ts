import { expect, test, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * The canvas marks `diagram:ready` (performance.mark) once the nodes in view are painted:
 * `npm run bench:canvas` times opening up to it. No timing is asserted here, only that the mark
 * is set, for the diagram on screen, counting the nodes in view. And the overview (minimap)
 * can be hidden and shown again.
 */
let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

interface ReadyMark {
  diagramId: string;
  visible: number;
}

async function readyMarks(page: Page): Promise<ReadyMark[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName('diagram:ready')
      .map((entry) => (entry as PerformanceMark).detail as ReadyMark),
  );
}

test('opening a workspace marks diagram:ready when its diagram is painted', async ({ page }) => {
  const folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  // The first diagram by id opens first.
  await expect(ws.node('Rate usage')).toBeVisible();
  await expect.poll(() => readyMarks(page)).toEqual([{ diagramId: 'billing', visible: 1 }]);

  // Another diagram's canvas marks again when it is shown.
  await ws.showDiagram('Order to Cash');
  await expect(ws.node('Capture order')).toBeVisible();
  await expect
    .poll(async () => (await readyMarks(page)).at(-1))
    .toEqual({ diagramId: 'order-to-cash', visible: 3 });
});

test('the overview can be hidden and shown again', async ({ page }) => {
  const folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const overview = page.getByRole('img', { name: 'Overview' });
  // Hidden at first: shown by default it would sit over the diagram's corner.
  await expect(overview).toHaveCount(0);
  await page.getByRole('button', { name: 'Show overview' }).click();
  await expect(overview).toBeVisible();
  await page.getByRole('button', { name: 'Hide overview' }).click();
  await expect(overview).toHaveCount(0);
  await page.getByRole('button', { name: 'Show overview' }).click();
  await expect(overview).toBeVisible();
});
