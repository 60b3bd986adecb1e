import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from './support/test';
import { HOSTILE_SVGS, withOrigin } from '../fixtures/hostile-svgs';
import { reportFigures } from '../support/scorecard';
import { exportWrite } from './support/export-write';

// RELIABILITY I.40 end to end: a written SVG is opened in Chromium as a user would open it
// (a file:// page, clicked). First each hostile SVG, written straight to disk, shows that it is
// live there (an alert or a request to a local recorder); then the same SVG through the real
// `export.write` (dispatch and handler, as both transports call them, in a Node child) is
// refused and nothing is written; last, our own exports, written by `export.write`, are opened and clicked all over,
// and nothing runs and nothing is fetched.

let out: string;
let recorder: Server;
let origin: string;
const recorded: string[] = [];

test.beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'etom-e2e-svg-'));
  recorder = createServer((request, response) => {
    recorded.push(request.url ?? '');
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => recorder.close(resolve));
});

/** What a page did while a file was open: dialogs raised and requests made beyond file://. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], requests: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) seen.requests.push(request.url());
  });
  return seen;
}

/** Opens a file as a user would and clicks its drawing: its text, then every element. */
async function openAndClick(page: Page, file: string): Promise<void> {
  await page.goto(pathToFileURL(file).href);
  const text = page.locator('text').first();
  if ((await text.count()) > 0) await text.click({ timeout: 2_000 }).catch(() => undefined);
  await page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const type of ['mouseover', 'mousedown', 'mouseup', 'click']) {
        element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      }
    }
  });
}

test('hostile SVGs run when written raw, and export.write refuses every one (I.40)', async ({
  context,
}) => {
  test.setTimeout(180_000);
  let live = 0;
  for (const [index, hostile] of HOSTILE_SVGS.entries()) {
    if (hostile.live === null) continue;
    // The control: written without the check, the payload does what it says in Chromium.
    const raw = join(out, `raw-${index}.svg`);
    await writeFile(raw, withOrigin(hostile.svg, origin));
    const page = await context.newPage();
    const seen = watch(page);
    const before = recorded.length;
    await openAndClick(page, raw);
    if (hostile.live === 'dialog') {
      await expect.poll(() => seen.dialogs.length, { message: hostile.name }).toBeGreaterThan(0);
    } else {
      await expect.poll(() => recorded.length, { message: hostile.name }).toBeGreaterThan(before);
    }
    await page.close();
    live += 1;
  }

  const targets = HOSTILE_SVGS.map((_, index) => join(out, `export-${index}.svg`));
  const results = await exportWrite(
    HOSTILE_SVGS.map((hostile, index) => ({
      path: targets[index]!,
      svg: withOrigin(hostile.svg, origin),
    })),
  );
  let accepted = 0;
  for (const [index, hostile] of HOSTILE_SVGS.entries()) {
    const target = targets[index]!;
    const result = results[index];
    if (result?.ok !== false || existsSync(target)) accepted += 1;
    expect(result, hostile.name).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', file: target },
    });
    expect(result?.ok === false ? result.error.message : '', hostile.name).toMatch(hostile.names);
    expect(existsSync(target), hostile.name).toBe(false);
  }
  reportFigures('I.40', 'hostile SVGs through export.write, opened in Chromium', {
    constructs: HOSTILE_SVGS.length,
    'live in Chromium when written raw': live,
    'accepted by export.write': accepted,
  });
});

test('our own exports, written by export.write and clicked all over in Chromium, run and fetch nothing', async ({
  page,
}) => {
  const seen = watch(page);
  const recordedBefore = recorded.length;
  const schemes = ['gb921-v25.5', 'classic-r14'];
  const targets = schemes.map((scheme) => join(out, `map-${scheme}.svg`));
  const results = await exportWrite(
    schemes.map((scheme, index) => ({ path: targets[index]!, scheme })),
  );
  expect(results.map((result) => result.ok)).toEqual([true, true]);
  for (const target of targets) {
    await openAndClick(page, target);
    await expect(page.locator('text').filter({ hasText: 'TM Forum' }).first()).toBeAttached();
    // A page round trip after the clicks: anything they started has had its turn to run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  expect(seen.dialogs).toEqual([]);
  expect(seen.requests).toEqual([]);
  expect(recorded.length).toBe(recordedBefore);
});
