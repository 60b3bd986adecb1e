import { mkdir, readFile, readdir, realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../../../main/services/workspace/workspace-store';
import { reportFigures } from '../../../../support/scorecard';
import { makeTempDir, writeWorkspaceFiles } from '../../../../fixtures/workspace-builder';
import { saveLoopDocuments } from '../../../../fixtures/save-loop-documents';
import { startInstance, type StoreInstance } from '../../../../fixtures/store-instance';
import { LOCK_FILE } from '../../../../fixtures/lock-fixtures';

/*
 * The lock over an instance's life, with real child processes: released by a clean stop and by
 * an exit that skips the close; left by a crash (SIGKILL), even mid-save, and then found stale
 * by the next open, which takes it over and sweeps what the crash left.
 */
let base: string;
let cleanup: () => Promise<void>;
const instances: StoreInstance[] = [];
let count = 0;

beforeAll(async () => {
  const temp = await makeTempDir('etom-lock-life-');
  base = await realpath(temp.dir);
  cleanup = temp.cleanup;
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.kill()));
  await cleanup();
});

async function workspace(): Promise<string> {
  count += 1;
  const root = path.join(base, `ws-${count}`);
  await mkdir(root);
  await writeWorkspaceFiles(root, saveLoopDocuments()[0]);
  return root;
}

async function instance(root: string): Promise<StoreInstance> {
  const started = await startInstance(root, path.join(base, `app-${count}-${instances.length}`));
  instances.push(started);
  return started;
}

async function lockPid(root: string): Promise<number> {
  return (JSON.parse(await readFile(path.join(root, LOCK_FILE), 'utf8')) as { pid: number }).pid;
}

function store(): WorkspaceStore {
  return new WorkspaceStore({ appDataDir: path.join(base, `app-parent-${count}`), log: () => {} });
}

describe('the workspace lock of a real instance', () => {
  it('is released when the instance stops cleanly', async () => {
    const root = await workspace();
    const child = await instance(root);
    await child.send('open');
    expect(await lockPid(root)).toBe(child.process.pid);
    await child.stop();
    expect(await readdir(root)).not.toContain(LOCK_FILE);
  });

  it('is released when the instance exits without closing the workspace', async () => {
    const root = await workspace();
    const child = await instance(root);
    await child.send('open');
    void child.send('exit').catch(() => undefined);
    await new Promise((resolve) => child.process.once('exit', resolve));
    expect(await readdir(root)).not.toContain(LOCK_FILE);
  });

  it('left by a crash is found stale and taken over by the next open', async () => {
    const root = await workspace();
    const child = await instance(root);
    await child.send('open');
    const crashed = child.process.pid;
    await child.kill();
    expect(await lockPid(root)).toBe(crashed);
    const next = store();
    const opened = await next.open(root);
    expect(opened.readOnly).toBeNull();
    expect(await lockPid(root)).toBe(process.pid);
    await next.closeAll();
  });

  // Few trials: the kill-during-save test (A.1) repeats this many times through the same open.
  it(
    'left by a crash mid-save: the next open takes it over and sweeps the temps',
    { timeout: 120_000 },
    async () => {
      const trials = 4;
      let leftTemps = 0;
      let leftSaveLocks = 0;
      let cleaned = 0;
      for (let trial = 0; trial < trials; trial += 1) {
        const root = await workspace();
        const child = await instance(root);
        await child.send('open');
        void child.send('saveLoop', { count: 1_000 }).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
        await child.kill();
        const before = await readdir(root);
        leftTemps += before.filter((n) => n.endsWith('.etom-tmp')).length;
        leftSaveLocks += before.filter((n) => n === '.etom-studio.save.lock').length;

        const next = store();
        const opened = await next.open(root);
        expect(opened.readOnly).toBeNull();
        // A save lock the crash left is broken by the next save.
        await next.save(opened.handle, saveLoopDocuments()[1]);
        const after = await readdir(root);
        expect(after.filter((n) => n.endsWith('.etom-tmp'))).toEqual([]);
        expect(after).not.toContain('.etom-studio.save.lock');
        cleaned += 1;
        await next.closeAll();
      }
      reportFigures('I.38', 'holder killed mid-save, next open', {
        trials,
        'temps left by the kill': leftTemps,
        'save locks left by the kill': leftSaveLocks,
        'opens that took over and cleaned up': cleaned,
      });
    },
  );
});
