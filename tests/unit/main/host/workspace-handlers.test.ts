import { readdir, realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceMethods } from '../../../../shared/ipc/methods/workspace-methods';
import { HostFailure } from '../../../../shared/ipc/errors';
import {
  createWorkspaceHandlers,
  type WorkspaceServices,
} from '../../../../main/host/workspace-handlers';
import { makeTempDir } from '../../../fixtures/workspace-builder';
import { failureOf } from '../../helpers/host-failure';

let base: string;
let cleanup: () => Promise<void>;
let services: WorkspaceServices;
let opened: Array<{ path: string; name: string }>;

beforeEach(async () => {
  const temp = await makeTempDir('etom-handlers-');
  cleanup = temp.cleanup;
  base = await realpath(temp.dir);
  opened = [];
  services = createWorkspaceHandlers({
    appDataDir: path.join(base, 'app-data'),
    onOpened: (ws) => opened.push(ws),
    store: { log: () => undefined },
  });
});
afterEach(async () => {
  await services.dispose();
  await cleanup();
});

describe('createWorkspaceHandlers', () => {
  it('implements every workspace method except the folder picker', () => {
    const expected = Object.values(workspaceMethods)
      .map((m) => m.name)
      .filter((name) => name !== 'dialog.pickFolder')
      .sort();
    expect(Object.keys(services.handlers).sort()).toEqual(expected);
  });

  it('runs a whole session: create, journal, save, copy, close; tells onOpened', async () => {
    const h = services.handlers;
    const framework = { pack: 'gb921-v25.5', release: '25.5' };
    const created = await h['workspace.create']({
      path: path.join(base, 'one'),
      name: 'One',
      framework,
    });
    const edited = {
      ...created.document,
      workspace: { ...created.document.workspace, name: 'One edited' },
    };
    await h['journal.write']({ handle: created.handle, document: edited });
    expect((await h['workspace.open']({ path: created.path })).recovery?.document).toEqual(edited);
    await h['journal.discard']({ handle: created.handle });
    expect(
      (await h['workspace.save']({ handle: created.handle, document: edited })).written,
    ).toEqual(['workspace.json']);
    const copy = await h['workspace.saveAsCopy']({
      handle: created.handle,
      path: path.join(base, 'two'),
      document: edited,
    });
    expect(copy.document.workspace.name).toBe('One edited');
    expect(await h['workspace.close']({ handle: copy.handle })).toBeNull();
    expect((await h['folder.inspect']({ path: path.join(base, 'two') })).isWorkspace).toBe(true);
    expect(opened.map((o) => o.path)).toEqual([created.path, created.path, copy.path]);
    expect(opened[0]?.name).toBe('One');
  });

  it('rejects an unknown handle with UNKNOWN_HANDLE', async () => {
    await expect(
      services.handlers['workspace.reload']({ handle: 'ws-00000000' }),
    ).rejects.toBeInstanceOf(HostFailure);
  });

  it('dispose answers a waiting poll', async () => {
    const waiting = services.handlers['workspace.pollChanges']({ waitMs: 30_000 });
    await services.dispose();
    expect(await waiting).toEqual([]);
  });

  it('dispose closes every workspace and releases its lock (a clean exit)', async () => {
    const framework = { pack: 'gb921-v25.5', release: '25.5' };
    const a = await services.handlers['workspace.create']({
      path: path.join(base, 'a'),
      name: 'A',
      framework,
    });
    const b = await services.handlers['workspace.create']({
      path: path.join(base, 'b'),
      name: 'B',
      framework,
    });
    expect(await readdir(a.path)).toContain('.etom-studio.lock');
    await services.dispose();
    expect(await readdir(a.path)).not.toContain('.etom-studio.lock');
    expect(await readdir(b.path)).not.toContain('.etom-studio.lock');
    const error = await failureOf(services.handlers['workspace.reload']({ handle: a.handle }));
    expect(error.code).toBe('UNKNOWN_HANDLE');
  });

  it('takes a workspace over through workspace.takeOver', async () => {
    const framework = { pack: 'gb921-v25.5', release: '25.5' };
    const created = await services.handlers['workspace.create']({
      path: path.join(base, 'ws'),
      name: 'W',
      framework,
    });
    const other = createWorkspaceHandlers({
      appDataDir: path.join(base, 'app-data-2'),
      store: { log: () => undefined },
    });
    try {
      const second = await other.handlers['workspace.open']({ path: created.path });
      expect(second.lockedBy).not.toBeNull();
      const refused = await failureOf(
        other.handlers['workspace.takeOver']({ handle: second.handle }),
      );
      expect(refused.code).toBe('LOCKED');
      const taken = await other.handlers['workspace.takeOver']({
        handle: second.handle,
        force: true,
      });
      expect(taken).toMatchObject({ readOnly: null, lockedBy: null });
    } finally {
      await other.dispose();
    }
  });

  it('tells the first instance through pollChanges when another one takes its workspace over', async () => {
    const framework = { pack: 'gb921-v25.5', release: '25.5' };
    // A short heartbeat: it is what finds the new holder.
    const holder = createWorkspaceHandlers({
      appDataDir: path.join(base, 'app-data-holder'),
      store: { log: () => undefined, lockTimings: { heartbeatMs: 50 } },
    });
    const other = createWorkspaceHandlers({
      appDataDir: path.join(base, 'app-data-2'),
      store: { log: () => undefined },
    });
    try {
      const first = await holder.handlers['workspace.create']({
        path: path.join(base, 'ws'),
        name: 'W',
        framework,
      });
      const second = await other.handlers['workspace.open']({ path: first.path });
      await other.handlers['workspace.takeOver']({ handle: second.handle, force: true });
      // Before: the poll waited out its time and said nothing; the first window learnt it
      // only when a save was refused.
      const changes = await holder.handlers['workspace.pollChanges']({ waitMs: 5_000 });
      expect(changes).toEqual([
        {
          handle: first.handle,
          files: [],
          lock: {
            readOnly: expect.stringMatching(/took this workspace over/) as string,
            lockedBy: expect.objectContaining({ pid: process.pid, stale: null }) as object,
          },
        },
      ]);
    } finally {
      await other.dispose();
      await holder.dispose();
    }
  });
});
