import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * Editing a diagram (issue 7 §3): copy and paste across two diagrams, align, lock, auto-layout
 * and find, reached by the keyboard and the palette; everything undone, redone, saved and
 * read back identical.
 */

const SHOTS = '/tmp/h-editing-shots';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startHost();
  await mkdir(SHOTS, { recursive: true });
});

test.afterAll(async () => {
  await host.stop();
});

interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  locked?: boolean;
  label?: string;
}

async function diagramFile(folder: string, id: string): Promise<string> {
  return readFile(join(folder, 'diagrams', `${id}.json`), 'utf8');
}

function nodesOf(text: string): Rect[] {
  return (JSON.parse(text) as { nodes: Rect[] }).nodes;
}

/** Runs an action by name through the command palette, by keyboard alone. */
async function palette(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await dialog.getByRole('combobox', { name: 'Command' }).fill(name);
  await expect(dialog.getByRole('option').first()).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
}

test('copy, paste across diagrams, align, lock, find; undo all, redo all, save, reopen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  const billingBefore = await diagramFile(folder, 'billing');

  // Select two boxes: a click, then Shift-click adds.
  await ws.node('Capture order').click();
  await ws.node('Check credit').click({ modifiers: ['Shift'] });
  await expect(ws.selectionStatus).toHaveText('2 selected');
  await page.keyboard.press('Control+c');
  await expect(page.getByText('Copied 2 elements')).toBeVisible();

  // Paste into the other diagram: both boxes and the connection between them.
  await ws.showDiagram('Billing');
  await ws.canvas.click({ position: { x: 600, y: 450 } });
  await page.keyboard.press('Control+v');
  await expect(ws.node('Capture order')).toHaveCount(1);
  await expect(ws.node('Check credit')).toHaveCount(1);
  await expect(ws.selectionStatus).toHaveText('3 selected');
  await expect(
    ws.editor.getByRole('group', { name: 'Connection from Capture order to Check credit' }),
  ).toHaveCount(1);

  // Select all three boxes, align their bottoms, then lock one and try to delete it.
  await ws.canvas.click({ position: { x: 600, y: 450 } });
  await page.keyboard.press('Control+a');
  await palette(page, 'Align bottom');
  await ws.save();
  const aligned = nodesOf(await diagramFile(folder, 'billing'));
  expect(new Set(aligned.map((n) => n.y + n.height)).size).toBe(1);

  await ws.node('Check credit').click();
  await palette(page, 'Lock');
  await ws.node('Check credit').click();
  await page.keyboard.press('Delete');
  await expect(ws.node('Check credit')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');

  await ws.save();
  const done = await diagramFile(folder, 'billing');
  expect(nodesOf(done).find((n) => n.label === 'Check credit')!.locked).toBe(true);

  // Find: Ctrl+F, a match, Escape.
  await page.keyboard.press('Control+f');
  const find = ws.editor.getByRole('searchbox', { name: 'Find in diagram' });
  await find.fill('order');
  await expect(ws.editor.getByText('1 of 1')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/editing-1400.png` });
  await find.press('Escape');

  // Undo everything on this diagram, then redo everything.
  const undo = page.getByRole('button', { name: 'Undo' });
  for (let i = 0; i < 10 && (await undo.isEnabled()); i += 1) await undo.click();
  await ws.save();
  expect(await diagramFile(folder, 'billing')).toBe(billingBefore);
  const redo = page.getByRole('button', { name: 'Redo' });
  for (let i = 0; i < 10 && (await redo.isEnabled()); i += 1) await redo.click();
  await ws.save();
  expect(await diagramFile(folder, 'billing')).toBe(done);

  // Reopen: the same file, the same elements.
  await ws.header.getByRole('button', { name: 'Close workspace' }).click();
  await new WelcomePage(page).openWorkspace(folder);
  await ws.showDiagram('Billing');
  await expect(ws.node('Capture order')).toHaveCount(1);
  await expect(ws.node('Rate usage')).toHaveCount(1);
  expect(await diagramFile(folder, 'billing')).toBe(done);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/editing-1920.png` });
});

test('auto-layout left to right lays the nodes out apart and turns the connections to face along it; one undo takes it back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const folder = await writeEditorWorkspace();
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  const before = await diagramFile(folder, 'order-to-cash');
  await ws.canvas.click({ position: { x: 40, y: 40 } });
  type Saved = { nodes: Rect[]; edges: Array<{ sourceHandle?: string; targetHandle?: string }> };
  const saved = async (): Promise<Saved> => {
    await ws.save();
    return JSON.parse(await diagramFile(folder, 'order-to-cash')) as Saved;
  };
  // ELK lays out in a worker of its own (seconds to start on a loaded two-core machine): the
  // layout has landed once the workspace has unsaved changes again.
  const landed = () => expect(ws.status).toHaveText('Unsaved changes', { timeout: 45_000 });
  await palette(page, 'Auto-layout top to bottom');
  await landed();
  const down = await saved();
  expect(down.edges[0]).toMatchObject({ sourceHandle: 'bottom', targetHandle: 'top' });
  const capture = down.nodes.find((n) => n.id === 'n-capture')!;
  const credit = down.nodes.find((n) => n.id === 'n-credit')!;
  expect(credit.y).toBeGreaterThanOrEqual(capture.y + capture.height);

  await palette(page, 'Auto-layout left to right');
  await landed();
  const right = await saved();
  expect(right.edges[0]).toMatchObject({ sourceHandle: 'right', targetHandle: 'left' });
  const [a, b] = ['n-capture', 'n-credit'].map((id) => right.nodes.find((n) => n.id === id)!);
  expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width);
  await page.screenshot({ path: test.info().outputPath('auto-layout-right.png') });

  // Each layout was one step: two undos give the file as it was.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(ws.status).toHaveText('Unsaved changes');
  expect(await saved()).toEqual(JSON.parse(before));
});
