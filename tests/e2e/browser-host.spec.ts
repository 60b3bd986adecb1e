import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './support/test';
import { startHost, type RunningHost } from './support/browser-host';
import { SignInPage } from './pages/sign-in-page';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';
import { buildDocument, writeWorkspaceFiles } from '../fixtures/workspace-builder';

let host: RunningHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('`npm start -- <folder>` in browser mode opens that folder, and says when no browser opened', async ({
  page,
}) => {
  test.skip(process.platform !== 'linux', 'the failing opener is an xdg-open script');
  const home = await mkdtemp(join(tmpdir(), 'etom-e2e-npm-start-'));
  await writeWorkspaceFiles(join(home, 'my-ws'), buildDocument({ name: 'Started by npm' }));
  // An opener that fails as xdg-open does on a machine with no browser (exit 3).
  const bin = join(home, 'bin');
  await mkdir(bin);
  await writeFile(join(bin, 'xdg-open'), '#!/bin/sh\nexit 3\n');
  await chmod(join(bin, 'xdg-open'), 0o755);
  host = await startHost(undefined, {
    npmStartFrom: home,
    args: ['my-ws'],
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  const link = await host.launchUrl();
  await expect
    .poll(() => host?.output())
    .toContain(
      `No browser could be opened (xdg-open exited with 3); open this link by hand: ${link}\n`,
    );
  await page.goto(link);
  await page.waitForURL(host.url);
  await expect(new WorkspacePage(page).header).toContainText('Started by npm');
});

test('the session is an HttpOnly cookie: the page holds no secret, and a spent link opens nothing elsewhere', async ({
  page,
  browser,
}) => {
  host = await startHost();
  const link = await host.launchUrl();
  const code = new URL(link).searchParams.get('code') ?? '';
  await page.goto(link);
  await page.waitForURL(host.url);
  await expect(page.getByRole('button', { name: 'New workspace' })).toBeVisible();
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const html = await page.content();
  expect(html).not.toContain(code);
  expect(html.match(/[0-9a-f]{64}/g) ?? []).toEqual([]);

  // Another browser (another profile, as another account's would be) with the same link.
  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    await stranger.goto(link);
    await new SignInPage(stranger).expectLinkSpent();
    await stranger.goto(host.url);
    await new SignInPage(stranger).expectNotSignedIn();
    const call = await stranger.evaluate(async () => {
      const response = await fetch('/api/app.info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return { status: response.status, body: await response.text() };
    });
    expect(call.status).toBe(403);
    expect(call.body).toContain('not signed in');
    // The first browser is still signed in, and a reload keeps it so.
    await page.reload();
    await new WelcomePage(page).createWorkspace(
      'Still mine',
      join(await mkdtemp(join(tmpdir(), 'etom-e2e-signed-')), 'ws'),
    );
  } finally {
    await other.close();
  }
});

// The operating system's opener is the seam: this machine has no desktop, so a stand-in
// `xdg-open` on PATH records the file it was given, and Chromium opens that file as the
// default browser would. The launch file, its redirect and the cookie are all real.
test('--open: the private launch file signs the browser in at the clean address', async ({
  page,
}) => {
  test.skip(process.platform !== 'linux', 'the stand-in opener is an xdg-open script');
  const bin = await mkdtemp(join(tmpdir(), 'etom-e2e-opener-'));
  const record = join(bin, 'opened-with.txt');
  await mkdir(bin, { recursive: true });
  await writeFile(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${record}'\n`);
  await chmod(join(bin, 'xdg-open'), 0o755);
  host = await startHost(undefined, {
    args: ['--open'],
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  await expect.poll(() => readFile(record, 'utf8').catch(() => '')).not.toBe('');
  const file = await readFile(record, 'utf8');
  expect(file).not.toMatch(/[0-9a-f]{64}/);

  // From a file:// page the navigation is cross-site: the host's landing page must still end
  // signed in at the clean address (a plain redirect would lose the SameSite=Strict cookie).
  await page.goto(pathToFileURL(file).href);
  await page.waitForURL(host.url);
  await expect(page.getByRole('button', { name: 'New workspace' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New workspace' })).toBeVisible();
});
