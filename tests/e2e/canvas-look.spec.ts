import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './support/test';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';
import type { DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId, NodeId } from '../../shared/model/ids';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramCanvas } from './pages/diagram-canvas';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/cperf-shots';

let host: RunningHost;
let folder: string;

const lane = (id: string, label: string, y: number): DiagramNode => ({
  id: id as NodeId,
  kind: 'group',
  variant: 'lane',
  x: 0,
  y,
  width: 1200,
  height: 180,
  label,
});

/**
 * "Fulfilment": two lanes and a group at the diagram's left edge, a box in the group, and boxes
 * filling the middle of the first view, where a new element would go first.
 */
async function writeWorkspace(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'etom-e2e-look-')), 'acme');
  const document = buildDocument({ name: 'Acme Telco', diagrams: 1 });
  const [diagram] = document.diagrams as [DiagramFile];
  const box = (id: string, label: string, x: number, y: number): DiagramNode => ({
    id: id as NodeId,
    kind: 'box',
    x,
    y,
    width: 180,
    height: 72,
    label,
  });
  Object.assign(diagram, {
    id: 'fulfilment' as DiagramId,
    name: 'Fulfilment',
    nodes: [
      lane('n-customer', 'Customer lane with a long name', 0),
      lane('n-service', 'Service', 180),
      {
        id: 'n-billing' as NodeId,
        kind: 'group',
        variant: 'group',
        x: 0,
        y: 420,
        width: 420,
        height: 200,
        label: 'Billing',
      },
      { ...box('n-invoice', 'Send invoice', 60, 480), parentId: 'n-billing' as NodeId },
      box('n-order', 'Take order', 120, 40),
      box('n-check', 'Check feasibility', 400, 40),
      box('n-design', 'Design service', 700, 220),
    ],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  });
  await writeWorkspaceFiles(dir, document);
  return dir;
}

test.beforeEach(async () => {
  host = await startHost();
  folder = await writeWorkspace();
  await mkdir(SHOTS, { recursive: true });
});

test.afterEach(async () => {
  await host.stop();
});

async function openFulfilment(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  await new WorkspacePage(page).showDiagram('Fulfilment');
  return new DiagramCanvas(page);
}

/** The styles that would draw a frame round a container node besides its own. */
async function frameStyle(node: Locator) {
  return node.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      border: style.borderTopStyle,
      shadow: style.boxShadow,
      background: style.backgroundColor,
      padding: style.paddingTop,
    };
  });
}

const NO_FRAME = { border: 'none', shadow: 'none', background: 'rgba(0, 0, 0, 0)', padding: '0px' };

test('groups and lanes show only their own frame, in the light and the dark theme, selected or not', async ({
  page,
}) => {
  const canvas = await openFulfilment(page, { width: 1280, height: 720 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    for (const name of ['Service', 'Billing']) {
      expect(await frameStyle(canvas.node(name))).toEqual(NO_FRAME);
    }
    await canvas.node('Billing').locator('.group-header').click();
    await expect(canvas.node('Billing')).toHaveClass(/selected/);
    expect(await frameStyle(canvas.node('Billing'))).toEqual(NO_FRAME);
    // The drawn frame is the container's own: it fills the node exactly.
    const outer = await canvas.box('Billing');
    const inner = await canvas.node('Billing').locator('.element-group').boundingBox();
    expect(inner).toEqual(outer);
    await page.screenshot({ path: join(SHOTS, `containers-${scheme}-1280.png`) });
  }
});

/** Whether `inner` lies wholly inside `outer` (screen boxes, half a pixel of rounding). */
function inside(
  inner: { x: number; y: number; width: number; height: number },
  outer: { x: number; y: number; width: number; height: number },
): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

test("a lane's title at the canvas's left edge is shown whole, as opened and after Fit diagram", async ({
  page,
}) => {
  const canvas = await openFulfilment(page, { width: 1920, height: 1080 });
  const title = canvas.node('Service').locator('.container-label');
  const header = canvas.node('Service').locator('.lane-header');
  for (const when of ['opened', 'fitted']) {
    if (when === 'fitted') {
      await page.keyboard.press('Shift+1');
      await page.waitForTimeout(400);
    }
    const flow = await canvas.flow.boundingBox();
    const text = await title.boundingBox();
    const strip = await header.boundingBox();
    if (!flow || !text || !strip) throw new Error('the lane is not on screen');
    await page.screenshot({ path: join(SHOTS, `lane-title-${when}-1920.png`) });
    expect(inside(text, strip)).toBe(true);
    expect(inside(text, flow)).toBe(true);
  }
});

test('a note added from the toolbar lands wholly in view, on a free spot', async ({ page }) => {
  const canvas = await openFulfilment(page, { width: 1280, height: 720 });
  await canvas.tool('Add note');
  const note = canvas.node('Note');
  await expect(note).toBeVisible();
  const flow = await canvas.flow.boundingBox();
  const box = await note.boundingBox();
  if (!flow || !box) throw new Error('the note is not on screen');
  await page.screenshot({ path: join(SHOTS, 'note-added-1280.png') });
  expect(inside(box, flow)).toBe(true);
});
