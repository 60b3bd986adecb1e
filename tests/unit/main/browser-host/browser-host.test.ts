import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostResult } from '../../../../shared/ipc/errors';
import { startBrowserHost, type BrowserHost } from '../../../../main/browser-host/browser-host';

let root: string;
let host: BrowserHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'etom-bhost-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<html><head></head><body></body></html>');
  host = await startBrowserHost({
    rendererDir: join(root, 'renderer'),
    appDataDir: join(root, 'data'),
  });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** The renderer's way of calling: fetch, so Host and Origin are what a browser sends. */
async function call(name: string, args: unknown): Promise<HostResult<unknown>> {
  const response = await fetch(new URL(`api/${name}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Etom-Token': host.token },
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
    const waiting = fetch(new URL('api/workspace.pollChanges', second.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Etom-Token': second.token },
      body: JSON.stringify({ waitMs: 30_000 }),
    }).then(
      async (response) => (await response.json()) as unknown,
      () => 'connection closed',
    );
    // Let the request reach the server before closing it.
    expect(
      await (
        await fetch(new URL('api/app.ping', second.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Etom-Token': second.token },
          body: '{}',
        })
      ).json(),
    ).toEqual({ ok: true, value: 'pong' });
    await second.close();
    const outcome = await waiting;
    expect(['connection closed', JSON.stringify({ ok: true, value: [] })]).toContain(
      typeof outcome === 'string' ? outcome : JSON.stringify(outcome),
    );
  });
});
