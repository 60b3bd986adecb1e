import type { ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type LaunchOptions,
  type Page,
} from './support/test';
import type { WorkspaceDocument } from '../../shared/model/document';
import { reportFigures } from '../support/scorecard';
import { RecoveryDialog } from './pages/recovery-dialog';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';
import { startHost, type RunningHost } from './support/browser-host';
import { JournalWrites, journalledDocument } from './support/journal-writes';
import {
  APP_KILL_TRIALS,
  BOX,
  DIAGRAM,
  JOURNAL_INTERVAL_MS,
  WRITE_ALLOWANCE_MS,
  boxY,
  byDiagramId,
  withBoxAt,
  measureStep,
  nudgeFor,
  pressesIn,
  readWorkspaceFolder,
  secondsLost,
  spread,
} from './support/recovery-trials';

// RELIABILITY.md B.7 (the page crashes) and B.8 (the whole app is killed) in browser mode: the
// real built renderer in Chromium against the real browser host over real files. The Electron
// variants are at the end of electron.spec.ts.

const WORKSPACE = 'Acme Telco';
const hosts: RunningHost[] = [];
/** Whatever a failed test left running: stopped here, so no browser or host outlives it. */
const leftovers: Array<() => Promise<void>> = [];

test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
  await Promise.all(leftovers.splice(0).map((stop) => stop().catch(() => undefined)));
});

async function newFolder(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'etom-e2e-recovery-')), 'acme');
}

/** Creates the workspace with one diagram holding the counting box, saved. */
async function createWorkspace(page: Page, folder: string): Promise<WorkspacePage> {
  await new WelcomePage(page).createWorkspace(WORKSPACE, folder);
  const ws = new WorkspacePage(page);
  await ws.newDiagram(DIAGRAM);
  await ws.addBox(BOX);
  await ws.save();
  return ws;
}

/**
 * Prepares to crash the page's renderer through the DevTools protocol, as an out-of-memory or
 * a renderer bug would; the returned function crashes it at once and resolves with when
 * (Date.now()) once the page is gone. The command itself never gets an answer.
 */
async function crasher(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  return async () => {
    const crashed = page.waitForEvent('crash');
    const at = Date.now();
    session.send('Page.crash').catch(() => undefined);
    await crashed;
    return at;
  };
}

/**
 * What the user does with a crashed tab: reload it. Playwright cannot reload a crashed page, so
 * a new page of the same browser context opens the address the crashed one had.
 */
async function reloadCrashed(context: BrowserContext, crashed: Page): Promise<Page> {
  const url = crashed.url();
  await crashed.close();
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Opens the workspace from the recent list, checks that the restore prompt appears, restores,
 * and returns the model the page then holds (its first journal write after the restore).
 */
async function reopenAndRestore(page: Page, journal: JournalWrites): Promise<WorkspaceDocument> {
  await new WelcomePage(page).openRecent(WORKSPACE);
  const recovery = new RecoveryDialog(page);
  await expect(recovery.dialog).toBeVisible();
  const restoredAt = Date.now();
  await recovery.restore();
  return (await journal.answeredAfter(restoredAt)).document;
}

/** The page's model once the journal has caught up with every edit made before `since`. */
async function modelOnceJournalled(
  journal: JournalWrites,
  since: number,
): Promise<WorkspaceDocument> {
  await journal.answeredAfter(since);
  // No further write may be pending: the last one is answered and the interval has passed.
  await expect
    .poll(() => {
      const last = journal.writes.at(-1)!;
      return last.answeredAt !== null && Date.now() - last.sentAt > JOURNAL_INTERVAL_MS;
    })
    .toBe(true);
  return journal.writes.at(-1)!.document;
}

test('B.7 a crashed page, reloaded, offers back exactly the model it had before the crash', async ({
  page,
  context,
}) => {
  const host = await startHost();
  hosts.push(host);
  const folder = await newFolder();
  const journal = new JournalWrites(page);
  await host.open(page);
  const ws = await createWorkspace(page, folder);

  // Unsaved work of several kinds: a new box with its name, and moves of the saved one.
  await ws.addBox('Check credit');
  await ws.node(BOX).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // Taken before the last edit: on a loaded machine the keypress can resolve after the journal
  // has already written that edit, and then no write would ever come after a later time.
  const lastEdit = Date.now();
  await page.keyboard.press('ArrowRight');
  await ws.expectUnsaved();
  const before = await modelOnceJournalled(journal, lastEdit);
  expect(before.diagrams[0]?.nodes.map((n) => (n.kind === 'box' ? n.label : n.kind))).toEqual([
    BOX,
    'Check credit',
  ]);

  const crash = await crasher(page);
  await crash();
  const reloaded = await reloadCrashed(context, page);
  const restored = await reopenAndRestore(reloaded, new JournalWrites(reloaded));
  expect(restored).toEqual(before);

  const again = new WorkspacePage(reloaded);
  await again.showDiagram(DIAGRAM);
  await expect(again.node('Check credit')).toBeVisible();
  await again.expectUnsaved();
  await again.save();
  expect(await readWorkspaceFolder(folder)).toEqual(byDiagramId(before));
});

test('B.7 a page that crashes while the user is editing loses at most the last journal interval', async ({
  page,
  context,
}) => {
  const host = await startHost();
  hosts.push(host);
  const folder = await newFolder();
  const journal = new JournalWrites(page);
  await host.open(page);
  const ws = await createWorkspace(page, folder);
  const { step, baseY } = await measureStep(page, ws, folder);

  // Crash in the middle of a stream of edits, with the last ones not yet journalled.
  const crash = await crasher(page);
  const presses = await nudgeFor(page, ws, 2_600);
  const crashedAt = await crash();
  const lastAnswered = journal.writes.filter((write) => write.answeredAt !== null).at(-1);
  expect(lastAnswered, 'the journal was written while editing').toBeDefined();

  const reloaded = await reloadCrashed(context, page);
  // What the host holds. A write on its way when the renderer died may have reached the host
  // even though the dying page never reported the request, so the file, not the writes seen
  // here, is what a restore must give back; by now any such write has long been finished.
  const journalled = await journalledDocument(host.dataDir);
  expect(journalled, 'a journal survives the crash').not.toBeNull();
  const restored = await reopenAndRestore(reloaded, new JournalWrites(reloaded));
  expect(restored).toEqual(journalled);
  // Nothing confirmed is lost: the restored model is the last confirmed write, or that model
  // with the presses of a later write; nothing else in it differs.
  const kept = pressesIn(restored, baseY, step);
  expect(kept).toBeGreaterThanOrEqual(pressesIn(lastAnswered!.document, baseY, step));
  expect(withBoxAt(restored, 0)).toEqual(withBoxAt(lastAnswered!.document, 0));
  const lost = secondsLost(presses, kept, crashedAt);
  reportFigures('B.7', 'renderer crash (browser mode, CDP Page.crash)', {
    'edits made': presses.length,
    'edits restored': kept,
    'edits lost (s)': lost.toFixed(2),
    'target (s)': 1,
    'journal interval (s)': JOURNAL_INTERVAL_MS / 1000,
  });
  expect(lost * 1000).toBeLessThanOrEqual(JOURNAL_INTERVAL_MS + WRITE_ALLOWANCE_MS);
});

/** One run of the whole app: the browser host and a browser of its own, both killable. */
interface RunningApp {
  host: RunningHost;
  page: Page;
  /** SIGKILLs the host and every browser process at once; returns when (Date.now()). */
  kill(): Promise<number>;
  close(): Promise<void>;
}

async function launchApp(
  launch: (options: LaunchOptions) => Promise<BrowserServer>,
  connect: (endpoint: string) => Promise<Browser>,
  options: LaunchOptions,
  dataDir: string,
): Promise<RunningApp> {
  const host = await startHost(dataDir);
  const browsers: ChildProcess[] = [];
  const stopAll = async (): Promise<void> => {
    await host.kill();
    for (const child of browsers) if (child.exitCode === null) child.kill('SIGKILL');
  };
  leftovers.push(stopAll);
  const forget = (): void => {
    const index = leftovers.indexOf(stopAll);
    if (index >= 0) leftovers.splice(index, 1);
  };
  const server = await launch(options);
  const killed = server.process();
  browsers.push(killed);
  const browser = await connect(server.wsEndpoint());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await host.open(page);
  return {
    host,
    page,
    async kill() {
      const gone = new Promise<void>((resolve) => killed.once('exit', () => resolve()));
      const at = Date.now();
      const hostGone = host.kill();
      // Chromium leads its own process group: the signal reaches the page's renderer, the GPU
      // and network processes too, as when the machine loses power or the user kills the app.
      if (process.platform === 'win32') killed.kill('SIGKILL');
      else process.kill(-killed.pid!, 'SIGKILL');
      await Promise.all([hostGone, gone]);
      forget();
      return at;
    },
    async close() {
      await browser.close();
      await server.close();
      await host.stop();
      forget();
    },
  };
}

test(`B.8 the whole app killed ${APP_KILL_TRIALS} times mid-work: each relaunch offers the last journalled state`, async ({
  playwright,
  launchOptions,
}) => {
  // Generous: a trial takes a few seconds alone, but far longer on a loaded CI machine.
  test.setTimeout(60_000 + APP_KILL_TRIALS * 120_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'etom-e2e-kill-data-'));
  const folder = await newFolder();
  const launch = (options: LaunchOptions) => playwright.chromium.launchServer(options);
  const connect = (endpoint: string) => playwright.chromium.connect(endpoint);

  let step = 0;
  let previous: {
    presses: number[];
    killedAt: number;
    baseY: number;
    journalled: WorkspaceDocument;
  } | null = null;
  const lost: number[] = [];
  let prompts = 0;
  let equal = 0;

  for (let trial = 0; trial <= APP_KILL_TRIALS; trial++) {
    const app = await launchApp(launch, connect, launchOptions, dataDir);
    const { page } = app;
    const journal = new JournalWrites(page);
    let ws: WorkspacePage;
    let baseY: number;
    if (previous === null) {
      ws = await createWorkspace(page, folder);
      ({ step, baseY } = await measureStep(page, ws, folder));
    } else {
      // The relaunch after the kill: the prompt appears and the content is what was journalled.
      const restored = await reopenAndRestore(page, journal);
      prompts += 1;
      expect(restored, `trial ${trial}`).toEqual(previous.journalled);
      equal += 1;
      lost.push(
        secondsLost(previous.presses, pressesIn(restored, previous.baseY, step), previous.killedAt),
      );
      // Progress for long runs (ETOM_APP_KILL_TRIALS=50).
      console.log(
        `B.8 trial ${trial}/${APP_KILL_TRIALS}: restored, ${lost.at(-1)!.toFixed(2)} s lost`,
      );
      ws = new WorkspacePage(page);
      await ws.showDiagram(DIAGRAM);
      await ws.save();
      expect(await readWorkspaceFolder(folder)).toEqual(byDiagramId(restored));
      baseY = boxY(restored);
    }
    if (trial === APP_KILL_TRIALS) {
      await app.close();
      break;
    }

    // Edit for a random while (longer than one journal interval, so there is work to restore),
    // then kill at a random moment: sometimes mid-stream, sometimes once the journal caught up.
    const presses = await nudgeFor(
      page,
      ws,
      JOURNAL_INTERVAL_MS + 200 + Math.random() * 1_400,
      trial % 2 === 0 ? 'down' : 'up',
    );
    await expect.poll(() => journalledDocument(dataDir)).not.toBeNull();
    await page.waitForTimeout(Math.random() * 1_200);
    const killedAt = await app.kill();
    const journalled = await journalledDocument(dataDir);
    expect(journalled, 'a journal survives the kill').not.toBeNull();
    previous = { presses, killedAt, baseY, journalled: journalled! };
  }

  const beyond = lost.filter((s) => s * 1000 > JOURNAL_INTERVAL_MS).length;
  const { median, max } = spread(lost);
  reportFigures('B.8', 'app kill (browser mode: host and browser SIGKILLed)', {
    trials: APP_KILL_TRIALS,
    'restore prompts': `${prompts}/${APP_KILL_TRIALS}`,
    'content equals last journalled': `${equal}/${APP_KILL_TRIALS}`,
    'edits lost median (s)': median,
    'edits lost max (s)': max,
    'trials losing more than the journal interval': beyond,
    'journal interval (s)': JOURNAL_INTERVAL_MS / 1000,
  });
  expect(prompts).toBe(APP_KILL_TRIALS);
  expect(Math.max(0, ...lost) * 1000).toBeLessThanOrEqual(JOURNAL_INTERVAL_MS + WRITE_ALLOWANCE_MS);
});
