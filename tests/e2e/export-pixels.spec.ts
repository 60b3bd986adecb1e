import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { renderDiagramSvg } from '../../shared/render/diagram-svg';
import { basicsDiagram, sampleDocument } from '../fixtures/diagram-samples';
import { writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { compareDrawings, encodePng, shiftRows } from '../support/pixel-compare';
import { decodePng } from '../support/png-pixels';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramCanvas } from './pages/diagram-canvas';
import { DiagramExportDialog } from './pages/diagram-export-dialog';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/expbench-shots';
/** Where the diagram's origin sits in the canvas: clear of its edges, minimap and controls. */
const ORIGIN = { x: 60, y: 60 };
/** Space kept round the diagram in the screenshot, more than the export's 24 px margin. */
const AROUND = 40;
/** The export's margin round the drawing (renderDiagramSvg's default). */
const MARGIN = 24;

/**
 * The tolerance, measured on this diagram: the canvas (Chromium) and the export (Skia) draw the
 * same shapes and colours, but text in different engines, and here in different fonts (the
 * canvas's system-ui is DejaVu Sans on this machine, the export's is Noto Sans). Averaged over
 * 8 x 8 blocks, 0.6 % of blocks then differ by more than 24 levels of red, green or blue (all
 * along text) and the mean difference is 1.2 levels. A real difference is far above: the
 * drawing's lower half moved 20 px right differs in 4.1 % of blocks (the control below), the
 * dark theme in 100 % (mean 217 levels).
 */
const MAX_DIFFERING = 0.015;
const MAX_MEAN_DIFFERENCE = 3;

/** The sample names no process: its nodes are boxes, a note and text. */
const NO_NAMES = { process: () => undefined, framework: () => undefined };

let host: RunningHost;
test.describe.configure({ timeout: 300_000 });
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('a PNG export at scale 1 matches a screenshot of the canvas at 100 %, within a tolerance', async ({
  page,
}) => {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-export-pixels-'));
  const folder = join(base, 'ws');
  const diagram = { ...basicsDiagram(), viewport: { ...ORIGIN, zoom: 1 } };
  await writeWorkspaceFiles(folder, sampleDocument([diagram]));
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ colorScheme: 'light' });
  await new WelcomePage(page).openWorkspace(folder);
  const workspace = new WorkspacePage(page);
  await workspace.showDiagram('Basics');
  const canvas = new DiagramCanvas(page);
  await expect(canvas.node('Take the order')).toBeVisible();

  // 100 %: the zoom shown, and a 160-unit-wide box 160 px wide on screen.
  expect(await workspace.zoom()).toBe(100);
  expect(Math.round((await canvas.box('Take the order')).width)).toBe(160);
  // The UI chrome out of the picture: nothing selected, no hover handles, no grid dots (the
  // export has none), minimap and zoom controls hidden (they are also outside the clip).
  await page.mouse.move(0, 0);
  await expect(workspace.selectionStatus).toHaveCount(0);
  await page.addStyleTag({
    content:
      '.react-flow__background, .react-flow__minimap, .react-flow__controls { display: none !important; }',
  });
  const flow = await canvas.flow.boundingBox();
  if (!flow) throw new Error('the canvas is not on screen');
  const screenshot = decodePng(
    await page.screenshot({
      path: `${SHOTS}/canvas.png`,
      clip: {
        x: flow.x + ORIGIN.x - AROUND,
        y: flow.y + ORIGIN.y - AROUND,
        width: 680 + 2 * AROUND,
        height: 300 + 2 * AROUND,
      },
    }),
  );

  const target = join(base, 'basics.png');
  const dialog = new DiagramExportDialog(page, 'Basics');
  await dialog.open();
  await dialog.exportPng(target, 1, 'Light');
  const exported = decodePng(await readFile(target));
  await writeFile(`${SHOTS}/export.png`, await readFile(target));

  // The PNG is the SVG's size at scale 1: the drawing's bounds plus the margin on each side.
  const svg = renderDiagramSvg(diagram, NO_NAMES);
  const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  expect({ width: exported.width, height: exported.height }).toEqual({
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  });

  const result = compareDrawings(screenshot, exported);
  await writeFile(`${SHOTS}/diff.png`, encodePng(result.diff));
  test.info().annotations.push({
    type: 'pixels',
    description: `canvas drawing ${result.boundsA.width} x ${result.boundsA.height} at ${result.boundsA.x},${result.boundsA.y}; export drawing ${result.boundsB.width} x ${result.boundsB.height} at ${result.boundsB.x},${result.boundsB.y}; ${(result.differing * 100).toFixed(2)} % of 8 x 8 blocks differ by > 24 colour levels, mean difference ${result.meanDifference.toFixed(2)}`,
  });
  // Aligned by the drawing's bounds: the same size on screen and in the file, and the export's
  // margin round it (a few pixels of it may hold an edge's end or a label's background).
  expect(Math.abs(result.boundsA.width - result.boundsB.width)).toBeLessThanOrEqual(3);
  expect(Math.abs(result.boundsA.height - result.boundsB.height)).toBeLessThanOrEqual(3);
  for (const gap of [
    result.boundsB.x,
    result.boundsB.y,
    exported.width - result.boundsB.x - result.boundsB.width,
    exported.height - result.boundsB.y - result.boundsB.height,
  ]) {
    expect(gap).toBeGreaterThanOrEqual(MARGIN - 10);
  }
  expect(result.differing).toBeLessThanOrEqual(MAX_DIFFERING);
  expect(result.meanDifference).toBeLessThanOrEqual(MAX_MEAN_DIFFERENCE);

  // The control: the same export with its lower half moved 20 px right must fail the check.
  const moved = shiftRows(exported, Math.round(exported.height / 2), exported.height, 20);
  const control = compareDrawings(screenshot, moved);
  await writeFile(`${SHOTS}/control-diff.png`, encodePng(control.diff));
  expect(control.differing).toBeGreaterThan(MAX_DIFFERING);
});
