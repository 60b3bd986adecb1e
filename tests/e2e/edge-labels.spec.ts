import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import type { DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId, EdgeId, NodeId } from '../../shared/model/ids';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/*
 * A connection's label is placed clear of the nodes (issue 7 §2): labels are drawn under the
 * nodes, so one placed where another node lies beside the connection could not be read. The
 * canvas and the export place it alike (shared/render/label-place.ts; the export's placement
 * is tested in tests/unit/shared/render/label-place.test.ts).
 */
let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

const box = (id: string, label: string, x: number, y: number): DiagramNode => ({
  id: id as NodeId,
  kind: 'box',
  x,
  y,
  width: 180,
  height: 72,
  label,
});

/**
 * "Take order" above "Bill", a connection labelled "invoice run" down between them, and "Check
 * stock" just beside its middle: the line passes clear of it (so it is not routed round it),
 * a label centred on the line would not.
 */
function diagram(): DiagramFile {
  const document = buildDocument({ diagrams: 1, nodesPerDiagram: 0 });
  return {
    ...document.diagrams[0]!,
    id: 'flow' as DiagramId,
    name: 'Flow',
    nodes: [
      box('n-take', 'Take order', 100, 100),
      box('n-bill', 'Bill', 100, 500),
      box('n-stock', 'Check stock', 200, 290),
    ],
    edges: [
      {
        id: 'e-1' as EdgeId,
        kind: 'flow',
        source: 'n-take' as NodeId,
        target: 'n-bill' as NodeId,
        sourceHandle: 'bottom',
        targetHandle: 'top',
        label: 'invoice run',
      },
    ],
    viewport: { x: 0, y: 0, zoom: 1 },
  };
}

test('a label is placed off a node lying beside its connection', async ({ page }) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-labels-')), 'ws');
  const workspace = buildDocument({ diagrams: 1, nodesPerDiagram: 0 });
  await writeWorkspaceFiles(folder, { ...workspace, diagrams: [diagram()] });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Flow');
  const label = ws.editor.locator('.edge-label', { hasText: 'invoice run' });
  await expect(label).toBeVisible();
  const stock = await ws.node('Check stock').boundingBox();
  const shown = await label.boundingBox();
  if (!stock || !shown) throw new Error('the node or the label has no box');
  const apart =
    shown.y + shown.height <= stock.y ||
    shown.y >= stock.y + stock.height ||
    shown.x + shown.width <= stock.x ||
    shown.x >= stock.x + stock.width;
  expect(apart).toBe(true);
  await page.screenshot({ path: test.info().outputPath('label-clear.png') });
});

/**
 * "Take order" to "Bill" across, labelled "approved by finance"; "Plan" to "Ship" down through
 * the label's left end. The label lies over the second connection there: a click, double-click
 * or right-click on it acts for its own connection, never for the one under it.
 */
function crossing(): DiagramFile {
  const base = diagram();
  return {
    ...base,
    nodes: [
      box('n-take', 'Take order', 100, 60),
      box('n-bill', 'Bill', 700, 60),
      box('n-plan', 'Plan', 350, -200),
      box('n-ship', 'Ship', 350, 300),
    ],
    edges: [
      {
        ...base.edges[0]!,
        sourceHandle: 'right',
        targetHandle: 'left',
        label: 'approved by finance',
      },
      {
        id: 'e-2' as EdgeId,
        kind: 'flow',
        source: 'n-plan' as NodeId,
        target: 'n-ship' as NodeId,
        sourceHandle: 'bottom',
        targetHandle: 'top',
      },
    ],
    viewport: { x: 40, y: 240, zoom: 1 },
  };
}

test('a click, double-click or right-click on a label acts for its connection, not one under it', async ({
  page,
}) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-labels-')), 'ws');
  const workspace = buildDocument({ diagrams: 1, nodesPerDiagram: 0 });
  await writeWorkspaceFiles(folder, { ...workspace, diagrams: [crossing()] });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Flow');
  const label = ws.editor.locator('.edge-label', { hasText: 'approved by finance' });
  await expect(label).toBeVisible();
  const shown = (await label.boundingBox())!;
  const down = (await ws.editor
    .locator('.react-flow__edge[data-id="e-2"] path')
    .first()
    .boundingBox())!;
  // The second connection runs down through the label, clear of the label's own line.
  const x = down.x + down.width / 2;
  expect(x).toBeGreaterThan(shown.x + 2);
  expect(x).toBeLessThan(shown.x + shown.width - 2);
  const point = { x, y: shown.y + 2 };
  await page.screenshot({ path: test.info().outputPath('label-over-connection.png') });

  await page.mouse.click(point.x, point.y);
  const selected = ws.editor.locator('.react-flow__edge.selected');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-id', 'e-1');

  await page.mouse.dblclick(point.x, point.y);
  const field = page.getByLabel('Connection label');
  await expect(field).toHaveValue('approved by finance');
  await field.fill('approved by credit');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(ws.editor.locator('.edge-label')).toHaveText(['approved by credit']);

  await page.mouse.click(point.x, point.y, { button: 'right' });
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(selected).toHaveAttribute('data-id', 'e-1');
});
