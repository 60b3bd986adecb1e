import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { fileText } from '../../../shared/model/file-text';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings-schema';
import type { WorkspacePage } from '../pages/workspace-page';

/**
 * The longest an edit waits for the journal: it is written `journalDelayMs` after the first edit
 * not yet journalled, however fast the edits come (renderer/app/journal-timing.ts). A crash
 * loses at most this much work, plus a write still under way.
 */
export const JOURNAL_INTERVAL_MS = DEFAULT_SETTINGS.preferences.journalDelayMs;

/**
 * Beyond the interval, the journal's own round trip (the call to the host, then an atomic
 * write with fsync) may still be under way when the app dies; on a loaded CI machine that can
 * take a while. The bound asserted is the interval plus this; the figure is reported as measured.
 */
export const WRITE_ALLOWANCE_MS = 1_000;

/** RELIABILITY B.8's N: 50 for the scorecard (`ETOM_APP_KILL_TRIALS=50`), a few in `npm test`. */
export const APP_KILL_TRIALS = Number(process.env.ETOM_APP_KILL_TRIALS ?? 3);

/** How often the simulated user nudges the box: a brisk but human rate of edits. */
const EDIT_PACE_MS = 100;

/** The diagram and the box whose position counts the edits. */
export const DIAGRAM = 'Order to Cash';
export const DIAGRAM_ID = 'order-to-cash';
export const BOX = 'Capture order';

/** The workspace exactly as its files on disk are (diagrams in id order). */
export async function readWorkspaceFolder(folder: string): Promise<WorkspaceDocument> {
  const read = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(join(folder, file), 'utf8')) as unknown;
  const names = (await readdir(join(folder, 'diagrams'))).filter((n) => n.endsWith('.json')).sort();
  return {
    workspace: await read('workspace.json'),
    processes: await read('processes.json'),
    mappings: await read('mappings.json'),
    scope: await read('scope.json'),
    diagrams: await Promise.all(names.map((name) => read(join('diagrams', name)))),
  } as WorkspaceDocument;
}

/** The same document as its files hold it (diagrams, nodes and edges in id order). */
export function byDiagramId(document: WorkspaceDocument): WorkspaceDocument {
  // As saved: diagrams by id, and each diagram's nodes and edges sorted by id (fileText).
  const written = <T>(value: T, kind: 'diagram'): T =>
    JSON.parse(fileText(kind, value as never)) as T;
  return {
    ...document,
    diagrams: [...document.diagrams]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((diagram) => written(diagram, 'diagram')),
  };
}

/** The y of the counting box in a document. */
export function boxY(document: WorkspaceDocument): number {
  const node = document.diagrams
    .find((d) => d.id === DIAGRAM_ID)
    ?.nodes.find((n) => n.kind === 'box' && n.label === BOX);
  expect(node, `${BOX} in ${DIAGRAM_ID}`).toBeDefined();
  return node!.y;
}

/** The document with the counting box moved to `y`: for comparing all but the box's place. */
export function withBoxAt(document: WorkspaceDocument, y: number): WorkspaceDocument {
  boxY(document);
  return {
    ...document,
    diagrams: document.diagrams.map((diagram) =>
      diagram.id !== DIAGRAM_ID
        ? diagram
        : {
            ...diagram,
            nodes: diagram.nodes.map((n) =>
              n.kind === 'box' && n.label === BOX ? { ...n, y } : n,
            ),
          },
    ),
  };
}

/**
 * Selects the box and nudges it with the arrow key (one undo step per press) every
 * EDIT_PACE_MS for `ms`, down or up (trials alternate, so the box stays on screen). Returns
 * when each press was made.
 */
export async function nudgeFor(
  page: Page,
  ws: WorkspacePage,
  ms: number,
  direction: 'down' | 'up' = 'down',
): Promise<number[]> {
  await ws.node(BOX).click({ timeout: 15_000 });
  const key = direction === 'down' ? 'ArrowDown' : 'ArrowUp';
  const times: number[] = [];
  const end = Date.now() + ms;
  for (;;) {
    times.push(Date.now());
    await page.keyboard.press(key);
    if (Date.now() + EDIT_PACE_MS >= end) return times;
    // The pace of a person's key presses, not a wait for the app.
    await page.waitForTimeout(EDIT_PACE_MS);
  }
}

/** How many of the presses a restored document holds: the box moved `step` per press. */
export function pressesIn(document: WorkspaceDocument, baseY: number, step: number): number {
  const moved = Math.abs(boxY(document) - baseY) / step;
  expect(Math.abs(moved - Math.round(moved)), 'a whole number of presses').toBeLessThan(0.01);
  return Math.round(moved);
}

/**
 * The work lost, in seconds: from the first press the restored document lacks to the moment
 * the app died; 0 when every press came back.
 */
export function secondsLost(times: readonly number[], restored: number, diedAt: number): number {
  expect(restored).toBeGreaterThanOrEqual(0);
  expect(restored).toBeLessThanOrEqual(times.length);
  const firstLost = times[restored];
  return firstLost === undefined ? 0 : Math.max(0, diedAt - firstLost) / 1000;
}

/** Median and maximum of a list of seconds, as two-decimal strings for a report. */
export function spread(values: readonly number[]): { median: string; max: string } {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { median: median.toFixed(2), max: (sorted.at(-1) ?? 0).toFixed(2) };
}

/**
 * Nudges the (saved) box once and saves, to learn how far one press moves it. Returns that
 * step and the box's saved y, the base from which presses are counted.
 */
export async function measureStep(
  page: Page,
  ws: WorkspacePage,
  folder: string,
): Promise<{ step: number; baseY: number }> {
  const before = boxY(await readWorkspaceFolder(folder));
  await ws.node(BOX).click();
  await page.keyboard.press('ArrowDown');
  await ws.save();
  const after = boxY(await readWorkspaceFolder(folder));
  expect(after).toBeGreaterThan(before);
  return { step: after - before, baseY: after };
}
