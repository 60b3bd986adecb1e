import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { sampleDiagram, sampleDocument } from '../fixtures/diagram-samples';
import { writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { startHost, type RunningHost } from './support/browser-host';
import { DiagramExportDialog } from './pages/diagram-export-dialog';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const PACK = 'gb921-v25.5';
const SHOTS = '/tmp/node-text-shots';

/**
 * Labels that wrapped at other words on the canvas than in the exports while the exports
 * measured with estimated widths, at the widths they did, and some that must be cut.
 */
const LABELS = [
  'Collect usage records',
  'Run monthly bill cycle',
  'Decompose order into service orders',
  'Take direct-debit payments',
  'Close ticket with customer',
  'Hand debt to collection agency',
  'Allocate payments to accounts',
  'Close order and notify customer',
  'Telecommunicationsserviceactivationmanagement fault isolation',
  'Determine customer order feasibility, reserve the number, book the installer and confirm the date with the customer',
];
const WIDTHS = [140, 176, 200, 236];

/** Every label as a box, a note and free text, at each width, in a grid. */
function textDiagram() {
  const nodes = [];
  let row = 0;
  for (const [i, label] of LABELS.entries()) {
    for (const [j, width] of WIDTHS.entries()) {
      const x = j * 260;
      const y = row * 120;
      const kind = (['box', 'note', 'text'] as const)[(i + j) % 3]!;
      const height = i === LABELS.length - 1 ? 60 : 90;
      nodes.push(
        kind === 'box'
          ? { id: `n${i}-${j}`, kind, x, y, width, height, z: nodes.length + 1, label }
          : { id: `n${i}-${j}`, kind, x, y, width, height, z: nodes.length + 1, text: label },
      );
    }
    row += 1;
  }
  // eTOM processes with long names, and the company's process.
  for (const [j, processId] of ['1.3.3.10', '1.4.5.4', '1.2.4.3', '1.1.1.5'].entries()) {
    nodes.push({
      id: `fw-${j}`,
      kind: 'framework' as const,
      x: j * 260,
      y: row * 120,
      width: WIDTHS[j]!,
      height: 76,
      z: nodes.length + 1,
      pack: PACK,
      processId,
    });
  }
  nodes.push({
    id: 'co',
    kind: 'process' as const,
    x: 0,
    y: (row + 1) * 120,
    width: 150,
    height: 64,
    z: nodes.length + 1,
    processId: 'p-order',
  });
  // Zoomed out so that every node is in view (and drawn: below 40 % a diagram is a sketch).
  return { ...sampleDiagram('texts', 'Texts', nodes), viewport: { x: 20, y: 20, zoom: 0.55 } };
}

/** The SVG's text lines, in order, entities undone. */
function svgTextLines(svg: string): string[] {
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescape(match[1]!));
}

let host: RunningHost;
test.beforeEach(async ({ page }) => {
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

test('the canvas font is loaded on the welcome page, before any diagram needs it', async ({
  page,
}) => {
  await expect(page.getByRole('button', { name: 'Open workspace' })).toBeVisible();
  // Both faces: a face still loading would keep a new diagram's text invisible (font-display:
  // block) and lay it out twice.
  for (const face of ["400 12px 'Noto Sans'", "700 12px 'Noto Sans'"]) {
    await expect.poll(() => page.evaluate((f) => document.fonts.check(f), face)).toBe(true);
  }
  expect(await page.locator('.react-flow').count()).toBe(0);
});

test('node text wraps and is cut at the same words on the canvas as in the export, and never overflows', async ({
  page,
}) => {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-node-text-')), 'ws');
  const diagram = textDiagram();
  await writeWorkspaceFiles(folder, sampleDocument([diagram]));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await new WelcomePage(page).openWorkspace(folder);
  const workspace = new WorkspacePage(page);
  await workspace.showDiagram('Texts');
  const texts = page.locator('.react-flow__node .fit-text');
  await expect(texts).toHaveCount(diagram.nodes.length);
  await page.screenshot({ path: `${SHOTS}/canvas.png` });

  // The export the app writes, through its dialog.
  const target = join(folder, '..', 'texts.svg');
  const dialog = new DiagramExportDialog(page, 'Texts');
  await dialog.open();
  await dialog.exportSvg(target);
  const exported = svgTextLines(await readFile(target, 'utf8')).join('\n');

  let cut = 0;
  for (const node of diagram.nodes) {
    const text = page.locator(`.react-flow__node[data-id="${node.id}"] .fit-text`);
    const shown = (await text.textContent()) ?? '';
    const lines = shown.split('\n');
    // The export draws the same lines, one after the other, as this node's text.
    expect(exported, `node ${node.id}: ${JSON.stringify(lines)}`).toContain(lines.join('\n'));
    if (shown.endsWith('…')) cut += 1;
    // Drawn by the browser, no line is wider than the column it was wrapped for.
    const overflow = await text.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
      column: element.parentElement
        ? element.parentElement.clientWidth -
          parseFloat(getComputedStyle(element.parentElement).paddingLeft) -
          parseFloat(getComputedStyle(element.parentElement).paddingRight)
        : 0,
    }));
    expect(overflow.scroll, `node ${node.id}`).toBeLessThanOrEqual(overflow.client);
    expect(overflow.client, `node ${node.id}`).toBeLessThanOrEqual(Math.ceil(overflow.column));
  }
  // The long last label does not fit its 60-unit boxes: each shows its beginning and "…".
  expect(cut).toBeGreaterThanOrEqual(WIDTHS.length);
});
