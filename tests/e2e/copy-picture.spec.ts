import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { readBundleFile } from '../../main/services/bundle/bundle-file';
import { checkSvg } from '../../main/services/export/svg-check';
import { basicsDiagram, processesDiagram, sampleDocument } from '../fixtures/diagram-samples';
import { writeWorkspaceFiles } from '../fixtures/workspace-builder';
import { withoutEmbeddedFont } from '../support/embedded-font';
import { decodePng } from '../support/png-pixels';
import { startHost, type RunningHost } from './support/browser-host';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '/tmp/xtras-shots';

test.describe.configure({ timeout: 300_000 });

let host: RunningHost;
test.beforeEach(async ({ page, context }) => {
  // The browser host's renderer puts the picture on the clipboard itself; the test reads it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  host = await startHost();
  await host.open(page);
});
test.afterEach(async () => {
  await host.stop();
});

async function openSample(page: Page, name: string) {
  const base = await mkdtemp(join(tmpdir(), 'etom-e2e-copy-picture-'));
  const folder = join(base, 'ws');
  await writeWorkspaceFiles(folder, sampleDocument([basicsDiagram(), processesDiagram()]));
  await page.setViewportSize({ width: 1280, height: 720 });
  await new WelcomePage(page).openWorkspace(folder);
  const workspace = new WorkspacePage(page);
  await workspace.showDiagram(name);
  return { base, workspace };
}

/** What the clipboard holds for `type`, as base64 (PNG) or text. */
async function clipboardHolds(page: Page, type: string) {
  return page.evaluate(async (wanted) => {
    const [item] = await navigator.clipboard.read();
    if (!item?.types.includes(wanted)) return null;
    const blob = await item.getType(wanted);
    if (wanted !== 'image/png') return blob.text();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  }, type);
}

test('copies the whole diagram as PNG from the Edit menu, and the selection as SVG from its context menu', async ({
  page,
}) => {
  const { workspace } = await openSample(page, 'Basics');
  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'Edit' }).click();
  await page
    .getByRole('menu', { name: 'Edit' })
    .getByRole('menuitem', { name: 'Copy as PNG' })
    .click();
  const status = page.getByRole('contentinfo');
  await expect(
    status.getByText(/^Copied diagram “Basics” as PNG \(\d+ × \d+ px\)\.$/),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/copy-png-status-1280.png` });
  const notice = (await status.getByText(/^Copied diagram/).textContent()) ?? '';
  const [, width, height] = /\((\d+) × (\d+) px\)/.exec(notice)!;
  const png = await clipboardHolds(page, 'image/png');
  expect(png).not.toBeNull();
  const pixels = decodePng(Buffer.from(png!, 'base64'));
  expect({ width: pixels.width, height: pixels.height }).toEqual({
    width: Number(width),
    height: Number(height),
  });

  await workspace.node('Take the order').click();
  await workspace.node('Take the order').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Element actions' });
  await menu.getByRole('menuitem', { name: 'Copy as SVG' }).click();
  await expect(status.getByText(/^Copied \d+ selected elements? as SVG/)).toBeVisible();
  const svg = await clipboardHolds(page, 'text/plain');
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg xmlns=/);
  expect(svg).toContain('Take the order');
  // The glyphs it draws travel with it, as in the SVG export; the rest is the export vocabulary.
  expect(svg).toContain("@font-face{font-family:'Noto Sans';font-style:normal;font-weight:400;");
  expect(() => checkSvg(withoutEmbeddedFont(svg!), 'clipboard.svg')).not.toThrow();
});

test('exports a PNG with the diagram embedded, which reads back as its bundle', async ({
  page,
}) => {
  const { base } = await openSample(page, 'Basics');
  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).click();
  await page
    .getByRole('menu', { name: 'File' })
    .getByRole('menuitem', { name: 'Export diagram…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export diagram “Basics”' });
  await dialog
    .getByRole('group', { name: 'Format' })
    .getByRole('radio', { name: /^PNG\b/ })
    .check();
  const embed = dialog.getByRole('checkbox', { name: /^Embed the diagram in the picture/ });
  await expect(embed).not.toBeChecked();
  await embed.check();
  const target = join(base, 'basics.png');
  await dialog.getByLabel('File', { exact: true }).fill(target);
  await expect(dialog.getByText('A new file.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/export-embed-dialog-1280.png` });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(target);
  const bundle = await readBundleFile(target);
  expect(bundle.diagrams.map((d) => d.name)).toEqual(['Basics']);
});
