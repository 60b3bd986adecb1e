import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostResult } from '../../../../shared/ipc/errors';
import { startBrowserHost, type BrowserHost } from '../../../../main/browser-host/browser-host';
import { signIn } from '../../../support/http-client';

let root: string;
let host: BrowserHost;
let cookie: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'etom-bhost-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<html><head></head><body></body></html>');
  host = await startBrowserHost({
    rendererDir: join(root, 'renderer'),
    appDataDir: join(root, 'data'),
  });
  cookie = await signIn(host.launchUrl());
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** The renderer's way of calling: fetch, so Host and Origin are what a browser sends. */
async function call(
  name: string,
  args: unknown,
  on: { url: string; cookie: string } = { url: host.url, cookie },
): Promise<HostResult<unknown>> {
  const response = await fetch(new URL(`api/${name}`, on.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: on.cookie },
    body: JSON.stringify(args),
  });
  return (await response.json()) as HostResult<unknown>;
}

describe('startBrowserHost with the real services', () => {
  it('says it is the browser host, without native dialogs', async () => {
    expect(await call('app.info', {})).toMatchObject({
      ok: true,
      value: { host: 'browser', nativeDialogs: false, startupWorkspace: null },
    });
    expect(await call('app.ping', {})).toEqual({ ok: true, value: 'pong' });
    expect(await call('dialog.pickFolder', { purpose: 'create' })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED' },
    });
  });

  it('records a created workspace at the top of the recent list and in config.json', async () => {
    const folder = join(root, 'my-workspace');
    const created = await call('workspace.create', {
      path: folder,
      name: 'My processes',
      framework: { pack: 'gb921-v25.5', release: '25.5' },
    });
    expect(created.ok).toBe(true);
    const recent = await call('recent.list', {});
    expect(recent).toMatchObject({
      ok: true,
      value: [{ path: folder, name: 'My processes', exists: true }],
    });
    const config = JSON.parse(await readFile(join(root, 'data', 'config.json'), 'utf8')) as {
      recentWorkspaces: Array<{ path: string }>;
    };
    expect(config.recentWorkspaces.map((entry) => entry.path)).toEqual([folder]);
    expect(await call('recent.remove', { path: folder })).toEqual({ ok: true, value: [] });
  });

  it('answers a long poll, and close() ends one still waiting', async () => {
    expect(await call('workspace.pollChanges', { waitMs: 0 })).toEqual({ ok: true, value: [] });
    const second = await startBrowserHost({
      rendererDir: join(root, 'renderer'),
      appDataDir: join(root, 'data-2'),
    });
    const secondCookie = await signIn(second.launchUrl());
    const waiting = fetch(new URL('api/workspace.pollChanges', second.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: secondCookie },
      body: JSON.stringify({ waitMs: 30_000 }),
    }).then(
      async (response) => (await response.json()) as unknown,
      () => 'connection closed',
    );
    // Let the request reach the server before closing it.
    expect(await call('app.ping', {}, { url: second.url, cookie: secondCookie })).toEqual({
      ok: true,
      value: 'pong',
    });
    await second.close();
    const outcome = await waiting;
    expect(['connection closed', JSON.stringify({ ok: true, value: [] })]).toContain(
      typeof outcome === 'string' ? outcome : JSON.stringify(outcome),
    );
  });
});

describe('startBrowserHost, the app-data folder and the startup workspace', () => {
  const onPosix = process.platform !== 'win32';

  it.runIf(onPosix)('creates the app-data folder private to its owner (0700)', async () => {
    expect((await stat(join(root, 'data'))).mode & 0o777).toBe(0o700);
    expect(host.madeDataPrivate).toBe(false);
  });

  it.runIf(onPosix)('closes an existing app-data folder that others could read', async () => {
    const data = join(root, 'open-data');
    await mkdir(data, { mode: 0o755 });
    await chmod(data, 0o755);
    await writeFile(join(data, 'config.json'), '{}');
    const opened = await startBrowserHost({
      rendererDir: join(root, 'renderer'),
      appDataDir: data,
    });
    try {
      expect(opened.madeDataPrivate).toBe(true);
      expect((await stat(data)).mode & 0o777).toBe(0o700);
    } finally {
      await opened.close();
    }
  });

  it.runIf(process.getuid?.() === 0)('leaves a folder owned by another account alone', async () => {
    const theirs = join(root, 'theirs');
    await mkdir(theirs, { mode: 0o755 });
    await chmod(theirs, 0o755);
    await chown(theirs, 65534, 65534);
    const other = await startBrowserHost({
      rendererDir: join(root, 'renderer'),
      appDataDir: theirs,
    });
    try {
      expect(other.madeDataPrivate).toBe(false);
      expect((await stat(theirs)).mode & 0o777).toBe(0o755);
    } finally {
      await other.close();
    }
  });

  it('tells the page which workspace the command line named', async () => {
    const folder = join(root, 'named-on-the-command-line');
    const named = await startBrowserHost({
      rendererDir: join(root, 'renderer'),
      appDataDir: join(root, 'data-3'),
      startupWorkspace: folder,
    });
    try {
      const namedCookie = await signIn(named.launchUrl());
      expect(await call('app.info', {}, { url: named.url, cookie: namedCookie })).toMatchObject({
        ok: true,
        value: { startupWorkspace: { path: folder } },
      });
    } finally {
      await named.close();
    }
  });
});
