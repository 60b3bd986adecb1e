import { readFile, readdir, realpath, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceDocument } from '../../../../../shared/model/document';
import { tempNameFor } from '../../../../../main/services/workspace/atomic-write';
import { ownerTag } from '../../../../../main/services/workspace/lock-owner';
import {
  WorkspaceStore,
  type WorkspaceStoreOptions,
} from '../../../../../main/services/workspace/workspace-store';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { LOCK_FILE, deadPid, liveProcess, plantLock } from '../../../../fixtures/lock-fixtures';
import { failureOf as failure } from '../../../helpers/host-failure';

let base: string;
let root: string;
let cleanup: () => Promise<void>;
const stores: WorkspaceStore[] = [];
let logs: string[];

beforeEach(async () => {
  const temp = await makeTempDir('etom-lock-');
  cleanup = temp.cleanup;
  base = await realpath(temp.dir);
  root = path.join(base, 'ws');
  await writeWorkspaceFiles(root, buildDocument({ diagrams: 1 }));
  logs = [];
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.closeAll()));
  await cleanup();
});

function newStore(name: string, options: Partial<WorkspaceStoreOptions> = {}): WorkspaceStore {
  const store = new WorkspaceStore({
    appDataDir: path.join(base, `app-${name}`),
    log: (message) => logs.push(message),
    ...options,
  });
  stores.push(store);
  return store;
}

function renamed(doc: WorkspaceDocument, name: string): WorkspaceDocument {
  return { ...doc, workspace: { ...doc.workspace, name } };
}

async function lockRecord(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(root, LOCK_FILE), 'utf8')) as Record<string, unknown>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('the workspace lock', () => {
  it('is created on open, naming the process, host, user, instance and time', async () => {
    const before = Date.now();
    const opened = await newStore('a').open(root);
    expect(opened.readOnly).toBeNull();
    expect(opened.lockedBy).toBeNull();
    const record = await lockRecord();
    expect(record).toMatchObject({
      app: 'eTOM Studio',
      pid: process.pid,
      host: hostname(),
      user: userInfo().username,
      heartbeatMs: 10_000,
    });
    expect(record.instance).toMatch(/^[0-9a-f]{16}$/);
    expect(Date.parse(String(record.since))).toBeGreaterThanOrEqual(before - 1_000);
  });

  it('opens a second instance read-only, saying who holds it and since when', async () => {
    const a = newStore('a');
    const b = newStore('b');
    const first = await a.open(root);
    const second = await b.open(root);
    expect(second.lockedBy).toMatchObject({
      user: userInfo().username,
      host: hostname(),
      pid: process.pid,
      sameHost: true,
      stale: null,
    });
    expect(second.lockedBy?.since).toBe(String((await lockRecord()).since));
    expect(second.readOnly).toMatch(
      new RegExp(
        `^${userInfo().username} on this computer \\(process ${process.pid}\\) has this workspace open for editing since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, so it is open read-only here\\.$`,
      ),
    );
    const refused = await failure(b.save(second.handle, renamed(second.document, 'From B')));
    expect(refused.code).toBe('READ_ONLY');
    // The holder saves as usual.
    await a.save(first.handle, renamed(first.document, 'From A'));
    expect((await b.reload(second.handle)).document.workspace.name).toBe('From A');
  });

  it('is released on close, and the read-only instance takes it on its next reload', async () => {
    const a = newStore('a');
    const b = newStore('b');
    const first = await a.open(root);
    const second = await b.open(root);
    await a.close(first.handle);
    expect(await readdir(root)).not.toContain(LOCK_FILE);
    const reloaded = await b.reload(second.handle);
    expect(reloaded.readOnly).toBeNull();
    expect(reloaded.lockedBy).toBeNull();
    await b.save(second.handle, renamed(reloaded.document, 'From B'));
    expect((await lockRecord()).pid).toBe(process.pid);
  });

  it('takes over at open a lock whose process on this machine is gone (a crash)', async () => {
    const pid = await deadPid();
    await plantLock(root, { pid, heartbeatAt: new Date() });
    const opened = await newStore('a').open(root);
    expect(opened.readOnly).toBeNull();
    expect((await lockRecord()).pid).toBe(process.pid);
    expect(logs.join('\n')).toContain(
      `Taking over the lock of ${root} from mallory on this computer (process ${pid})`,
    );
  });

  it('offers a lock whose heartbeat stopped long ago, and takes it over when asked', async () => {
    await plantLock(root, {
      host: 'far-away-host',
      heartbeatMs: 10_000,
      heartbeatAt: new Date(Date.now() - 10 * 60_000),
    });
    const store = newStore('a');
    const opened = await store.open(root);
    expect(opened.lockedBy).toMatchObject({
      user: 'mallory',
      host: 'far-away-host',
      sameHost: false,
    });
    expect(opened.lockedBy?.stale).toMatch(/heartbeat stopped \d+ s ago/);
    expect(opened.readOnly).toMatch(/mallory on far-away-host .* seems to be gone .*take it over/);
    const taken = await store.takeOver(opened.handle, false);
    expect(taken.readOnly).toBeNull();
    expect(taken.lockedBy).toBeNull();
    expect(await lockRecord()).toMatchObject({ host: hostname(), pid: process.pid });
    await store.save(taken.handle, renamed(taken.document, 'Mine now'));
  });

  it('takes a live lock only when forced; the old holder can then no longer save', async () => {
    const a = newStore('a');
    const b = newStore('b');
    const first = await a.open(root);
    const second = await b.open(root);
    const refused = await failure(b.takeOver(second.handle, false));
    expect(refused.code).toBe('LOCKED');
    expect(refused.message).toMatch(/^Not taken over: .* has this workspace open for editing/);
    const taken = await b.takeOver(second.handle, true);
    expect(taken.readOnly).toBeNull();
    const lost = await failure(a.save(first.handle, renamed(first.document, 'From A')));
    expect(lost).toMatchObject({ code: 'READ_ONLY' });
    expect(lost.message).toMatch(/took this workspace over .*Save a copy/);
    // From then on the old holder is read-only too.
    expect((await a.reload(first.handle)).lockedBy?.pid).toBe(process.pid);
    await b.save(taken.handle, renamed(taken.document, 'From B'));
    expect(JSON.parse(await readFile(path.join(root, 'workspace.json'), 'utf8'))).toMatchObject({
      name: 'From B',
    });
  });

  it('never takes a lock held by a live process of this machine at open', async () => {
    const other = liveProcess();
    try {
      await plantLock(root, { pid: other.pid });
      const opened = await newStore('a').open(root);
      expect(opened.lockedBy).toMatchObject({ pid: other.pid, stale: null });
      expect((await lockRecord()).pid).toBe(other.pid);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('treats an unreadable lock file as held, and as stale once its heartbeat is old', async () => {
    await writeFile(path.join(root, LOCK_FILE), 'not a lock');
    const store = newStore('a');
    const opened = await store.open(root);
    expect(opened.lockedBy).toMatchObject({ user: null, pid: null, stale: null });
    expect(opened.readOnly).toMatch(/another program \(its \.etom-studio\.lock cannot be read\)/);
    expect((await failure(store.takeOver(opened.handle, false))).code).toBe('LOCKED');
    // Left for longer than six of our own heartbeat intervals: stale, taken without force.
    const old = new Date(Date.now() - 61_000);
    await utimes(path.join(root, LOCK_FILE), old, old);
    expect((await store.reload(opened.handle)).lockedBy?.stale).toMatch(/heartbeat stopped/);
    expect((await store.takeOver(opened.handle, false)).readOnly).toBeNull();
  });

  it('refreshes its heartbeat, and notices when another instance took it over', async () => {
    const timings = { heartbeatMs: 40, staleAfterBeats: 5 };
    const a = newStore('a', { lockTimings: timings });
    const b = newStore('b', { lockTimings: timings });
    const first = await a.open(root);
    const beat1 = (await stat(path.join(root, LOCK_FILE))).mtimeMs;
    await sleep(200);
    const beat2 = (await stat(path.join(root, LOCK_FILE))).mtimeMs;
    expect(beat2).toBeGreaterThan(beat1);
    // Fresh heartbeats: never stale, though the lock is older than five intervals.
    const second = await b.open(root);
    expect(second.lockedBy?.stale).toBeNull();
    await b.takeOver(second.handle, true);
    // A loaded machine may delay the 40 ms heartbeat: wait for it, up to 10 s.
    await vi.waitFor(() => expect(a.get(first.handle).readOnly).not.toBeNull(), {
      timeout: 10_000,
      interval: 20,
    });
    // A's heartbeat saw the new holder: A is read-only without having to try a save, and its
    // next save says the same as a save that finds the lock taken: who took it over.
    expect(a.get(first.handle).readOnly).toMatch(/took this workspace over .*Save a copy/);
    expect(logs.join('\n')).toMatch(/took over .*; it is read-only here now/);
    const refused = await failure(a.save(first.handle, renamed(first.document, 'Late')));
    expect(refused).toMatchObject({ code: 'READ_ONLY' });
    expect(refused.message).toMatch(/^Not saved: .* took this workspace over .*Save a copy/);
  });

  it('puts back a lock file removed by hand at the next save', async () => {
    const store = newStore('a');
    const opened = await store.open(root);
    await unlink(path.join(root, LOCK_FILE));
    await store.save(opened.handle, renamed(opened.document, 'Still mine'));
    expect((await lockRecord()).pid).toBe(process.pid);
  });

  it('leaves the holder’s journal alone in an instance sharing its app-data folder', async () => {
    const a = newStore('shared');
    const b = new WorkspaceStore({ appDataDir: path.join(base, 'app-shared'), log: () => {} });
    stores.push(b);
    const first = await a.open(root);
    await a.writeJournal(first.handle, renamed(first.document, 'Unsaved in A'));
    const second = await b.open(root);
    expect(second.recovery).toBeNull();
    await b.writeJournal(second.handle, renamed(second.document, 'Never journalled'));
    await b.discardJournal(second.handle);
    const journal = await readFile(a.journal.fileFor(root), 'utf8');
    expect(journal).toContain('Unsaved in A');
    expect(journal).not.toContain('Never journalled');
  });

  it('is taken before the first file of a new workspace is written, and kept by its open', async () => {
    const store = newStore('a');
    const created = await store.create(path.join(base, 'new'), 'New', {
      pack: 'gb921-v25.5',
      release: '25.5',
    });
    expect(created.readOnly).toBeNull();
    const other = await newStore('b').open(created.path);
    expect(other.lockedBy?.pid).toBe(process.pid);
    expect(await readFile(path.join(created.path, '.gitignore'), 'utf8')).toContain(
      '.etom-studio.lock\n.etom-studio.save.lock\n*.etom-tmp\n',
    );
  });
});

describe('the temp sweep at open', () => {
  const orphan = (pid: number): string =>
    tempNameFor('processes.json', 'abcdef0123456789', ownerTag(pid));

  it('runs only once the workspace is validated: a refused open touches nothing', async () => {
    const notWorkspace = path.join(base, 'not-a-workspace');
    await writeWorkspaceFiles(notWorkspace, buildDocument({ diagrams: 0 }));
    await writeFile(path.join(notWorkspace, 'workspace.json'), '{ "format": "something else" }');
    const pid = await deadPid();
    await writeFile(path.join(notWorkspace, orphan(pid)), 'half');
    await failure(newStore('a').open(notWorkspace));
    expect((await readdir(notWorkspace)).sort()).toEqual(
      [
        orphan(pid),
        'diagrams',
        'mappings.json',
        'processes.json',
        'scope.json',
        'workspace.json',
      ].sort(),
    );
  });

  it('does not run in an instance that opened read-only', async () => {
    await newStore('a').open(root);
    const pid = await deadPid();
    await writeFile(path.join(root, orphan(pid)), 'half');
    await newStore('b').open(root);
    expect(await readdir(root)).toContain(orphan(pid));
  });

  it('runs when the lock is taken over, under the lock', async () => {
    await newStore('a').open(root);
    const pid = await deadPid();
    await writeFile(path.join(root, orphan(pid)), 'half');
    const store = newStore('b');
    const opened = await store.open(root);
    await store.takeOver(opened.handle, true);
    expect(await readdir(root)).not.toContain(orphan(pid));
  });
});
