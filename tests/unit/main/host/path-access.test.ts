import { mkdir, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/host/dispatch';
import { createHostHandlers, type HostServices } from '../../../../main/host/host-handlers';
import { typedPaths } from '../../../../main/host/path-access';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';

let dir: string;
let cleanup: () => Promise<void>;
let services: HostServices;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-typed-paths-'));
  services = createHostHandlers({
    appDataDir: path.join(dir, 'app-data'),
    host: 'browser',
    version: '0',
    startupWorkspace: path.join(dir, 'ws'),
  });
});
afterEach(async () => {
  await services.dispose();
  await cleanup();
});

describe('typed paths (the browser host)', () => {
  it('acts on the typed path and offers paths without references', async () => {
    expect(await typedPaths.resolve({ path: '/a/b' }, 'open')).toBe('/a/b');
    expect(await typedPaths.resolve({ path: '/a/b', ref: `pr-${'x'.repeat(22)}` }, 'open')).toBe(
      '/a/b',
    );
    expect(typedPaths.offer('/a', { kind: 'launch' })).toEqual({ path: '/a' });
    expect(typedPaths.offerRecent(['/a', '/b'])).toEqual([{ path: '/a' }, { path: '/b' }]);
  });

  it('opens, lists and forgets by path through the contract; a reference alone is refused', async () => {
    const ws = path.join(dir, 'ws');
    await writeWorkspaceFiles(ws, buildDocument());
    expect(await dispatch(services.handlers, 'app.info', {})).toMatchObject({
      ok: true,
      value: { startupWorkspace: { path: ws } },
    });
    expect(await dispatch(services.handlers, 'workspace.open', { path: ws })).toMatchObject({
      ok: true,
      value: { path: ws },
    });
    expect(await dispatch(services.handlers, 'recent.list', {})).toMatchObject({
      ok: true,
      value: [{ path: ws }],
    });
    expect(
      await dispatch(services.handlers, 'workspace.open', { ref: `pr-${'x'.repeat(22)}` }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/type the full path/) as string,
      },
    });
    expect(await dispatch(services.handlers, 'workspace.open', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', jsonPath: 'path' },
    });
    expect(await dispatch(services.handlers, 'recent.remove', { path: ws })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('expands ~ to the home folder, and lists and makes folders by typed path', async () => {
    const home = path.join(dir, 'home');
    await mkdir(path.join(home, 'projects'), { recursive: true });
    const before = process.env.HOME;
    process.env.HOME = home;
    try {
      expect(await dispatch(services.handlers, 'folder.list', { path: '~' })).toEqual({
        ok: true,
        value: {
          path: home,
          parent: dir,
          folders: [{ name: 'projects', path: path.join(home, 'projects'), hidden: false }],
          omitted: 0,
        },
      });
      expect(
        await dispatch(services.handlers, 'folder.create', { path: '~/projects', name: ' acme ' }),
      ).toEqual({
        ok: true,
        value: { name: 'acme', path: path.join(home, 'projects', 'acme'), hidden: false },
      });
      expect(
        await dispatch(services.handlers, 'folder.inspect', { path: '~/projects/acme' }),
      ).toMatchObject({
        ok: true,
        value: { path: path.join(home, 'projects', 'acme'), isEmpty: true },
      });
    } finally {
      process.env.HOME = before;
    }
    for (const name of ['..', 'a/b', 'a\\b', '', 'x\u0000']) {
      expect(
        await dispatch(services.handlers, 'folder.create', { path: dir, name }),
        name,
      ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', jsonPath: 'name' } });
    }
    expect(await readdir(dir)).not.toContain('b');
  });
});
