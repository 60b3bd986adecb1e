import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { LockNotice } from './pages/lock-notice';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';
import { reportFigures } from '../support/scorecard';

/*
 * RELIABILITY C.13 for the browser host: a second `npm start` (a second host process with the
 * same app-data folder) on a workspace the first one has open opens it read-only, says who
 * holds it, and can take it over; the first one can then no longer save.
 */
let first: RunningHost;
let second: RunningHost;
let folder: string;

test.beforeEach(async () => {
  first = await startHost();
  second = await startHost(first.dataDir);
  folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-ws-')), 'acme');
});

test.afterEach(async () => {
  await Promise.all([first.stop(), second.stop()]);
});

interface DiagramJson {
  nodes: Array<{ label?: string }>;
}

async function savedLabels(): Promise<string[]> {
  const text = await readFile(join(folder, 'diagrams', 'order-to-cash.json'), 'utf8');
  return (JSON.parse(text) as DiagramJson).nodes.map((n) => n.label ?? '').sort();
}

async function lockPid(): Promise<number> {
  return (JSON.parse(await readFile(join(folder, '.etom-studio.lock'), 'utf8')) as { pid: number })
    .pid;
}

/** The first host's page: creates the workspace with one saved box. */
async function holderPage(page: Page): Promise<WorkspacePage> {
  await first.open(page);
  await new WelcomePage(page).createWorkspace('Acme Telco', folder);
  const ws = new WorkspacePage(page);
  await ws.newDiagram('Order to Cash');
  await ws.addBox('Capture order');
  await ws.save();
  return ws;
}

/** The second host's page, in a browser context of its own, opening the workspace's folder. */
async function secondPage(browser: Browser): Promise<{ page: Page; ws: WorkspacePage }> {
  const page = await (await browser.newContext()).newPage();
  await second.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  const ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
  return { page, ws };
}

test('a second host opens the workspace read-only and says who has it open', async ({
  page,
  browser,
}) => {
  const holder = await holderPage(page);
  expect(await lockPid()).toBe(first.process.pid);

  const { page: viewer, ws } = await secondPage(browser);
  const notice = new LockNotice(viewer);
  await expect(notice.region).toContainText(
    `Read-only. ${userInfo().username} on this computer (process ${first.process.pid}) has had this workspace open for editing since`,
  );
  await expect(ws.node('Capture order')).toBeVisible();
  await expect(ws.header.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(ws.editor.getByRole('button', { name: 'Add box' })).toBeDisabled();
  await viewer.keyboard.press('Control+s');
  await expect(ws.status).toContainText('READ_ONLY');

  // The holder goes on saving; the read-only window offers the new version.
  await holder.addBox('Check credit');
  await holder.save();
  const changed = viewer.getByRole('dialog', { name: 'Workspace changed on disk' });
  await changed.getByRole('button', { name: 'Reload from disk' }).click();
  await expect(ws.node('Check credit')).toBeVisible();
  await expect(notice.region).toBeVisible();

  // A clean stop of the first host releases the lock.
  await first.stop();
  expect(await readdir(folder)).not.toContain('.etom-studio.lock');
  reportFigures('C.13', 'a second browser host on an open workspace', {
    'opened read-only, naming the holder': true,
    'saves refused (READ_ONLY)': 1,
    'lock released on a clean stop': true,
  });
});

test('the second host takes the workspace over; the first window turns read-only at once', async ({
  page,
  browser,
}) => {
  // Two hosts, two browsers and up to a heartbeat (10 s) of waiting for the take-over to show.
  test.setTimeout(120_000);
  const holder = await holderPage(page);
  // The first window has an unsaved edit when the workspace is taken over.
  await holder.addBox('Late edit');
  const { ws } = await secondPage(browser);
  await new LockNotice(ws.page).takeOver(
    /still has this workspace open\. If you take it over, that instance can no longer save/,
  );
  expect(await lockPid()).toBe(second.process.pid);
  await expect(ws.header.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();

  // The first host finds the new holder at its next lock heartbeat (every 10 s); its window
  // learns it through the change polling, before anyone tries to save there: Save greys out
  // and the notice names the new holder. (Before: only a refused save said so.)
  const notice = new LockNotice(page);
  await expect(notice.region).toContainText(
    `Read-only. ${userInfo().username} on this computer (process ${second.process.pid}) has had this workspace open for editing since`,
    { timeout: 25_000 },
  );
  await expect(holder.header.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(holder.editor.getByRole('button', { name: 'Add box' })).toBeDisabled();
  const takenOver = `${userInfo().username} on this computer (process ${second.process.pid}) took this workspace over`;
  await expect(page.getByRole('contentinfo')).toContainText(`Read-only: ${takenOver}`);

  await ws.addBox('Ship order');
  await ws.save();

  // The read-only window offers only what can work: reload, or save a copy; no "Keep mine",
  // whose save would be refused. (Before: it offered "Keep mine", and the save then failed.)
  const changed = page.getByRole('dialog', { name: 'Files changed on disk' });
  await expect(changed).toContainText('This window is read-only');
  await expect(changed.getByRole('button', { name: 'Reload from disk' })).toBeVisible();
  await expect(changed.getByRole('button', { name: 'Save as copy' })).toBeVisible();
  await expect(changed.getByRole('button', { name: 'Keep mine' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('read-only-conflict.png') });
  await changed.getByRole('button', { name: 'Cancel' }).click();
  // A save from the keyboard is refused, naming who took over.
  await page.keyboard.press('Control+s');
  await expect(holder.status).toContainText(takenOver);
  await expect(holder.status).toContainText('READ_ONLY');
  expect(await savedLabels()).toEqual(['Capture order', 'Ship order']);
});
