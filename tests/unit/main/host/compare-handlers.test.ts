import { readdir, realpath, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompareHandlers } from '../../../../main/host/compare-handlers';
import { WorkspaceStore } from '../../../../main/services/workspace/workspace-store';
import { diffWorkspaces } from '../../../../shared/diff/workspace-diff';
import { fileText } from '../../../../shared/model/file-text';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';
import { commitFolder, gitSync } from '../../../fixtures/git-workspace';

let dir: string;
let cleanup: () => Promise<void>;
let store: WorkspaceStore;

beforeEach(async () => {
  let made: string;
  ({ dir: made, cleanup } = await makeTempDir('etom-compare-'));
  dir = await realpath(made);
  store = new WorkspaceStore({ appDataDir: path.join(dir, 'app-data') });
});
afterEach(async () => {
  await store.closeAll();
  await cleanup();
});

describe('compare handlers', () => {
  it('lists the branch and revisions, and loads a revision equal to that commit on disk', async () => {
    const folder = path.join(dir, 'repo');
    const first = buildDocument();
    await writeWorkspaceFiles(folder, first);
    commitFolder(folder);
    const renamed = { ...first.workspace, name: 'Second name' };
    await writeFile(path.join(folder, 'workspace.json'), fileText('workspace', renamed));
    gitSync(folder, 'commit', '-q', '-am', 'Rename');
    const opened = await store.open(folder);
    const handlers = createCompareHandlers(store);

    const info = await handlers['compare.gitInfo']({ handle: opened.handle });
    expect(info).toMatchObject({ state: 'ok', branch: 'main' });
    if (info.state !== 'ok') throw new Error('no git');
    expect(info.revisions.map((r) => r.subject)).toEqual(['Rename', 'First']);
    const before = await readdir(folder, { recursive: true });
    const status = gitSync(folder, 'status', '--porcelain');
    const side = await handlers['compare.loadRevision']({
      handle: opened.handle,
      revision: 'HEAD~1',
    });
    expect(side.label).toMatch(/^HEAD~1 \([0-9a-f]{7}\)$/);
    expect(diffWorkspaces(side.document, opened.document).workspace).toEqual(['renamed']);
    expect(side.document).toEqual(first);
    // Reading a revision writes nothing in the folder (no checkout, no index change).
    expect(await readdir(folder, { recursive: true })).toEqual(before);
    expect(gitSync(folder, 'status', '--porcelain')).toBe(status);
    const history = await handlers['compare.history']({
      handle: opened.handle,
      diagramId: 'diagram-1',
    });
    expect(history.map((r) => r.subject)).toEqual(['First']);
  });

  it('says git is missing, and still compares with a folder', async () => {
    const folder = path.join(dir, 'ws');
    const other = path.join(dir, 'other');
    await writeWorkspaceFiles(folder, buildDocument());
    await writeWorkspaceFiles(other, buildDocument({ processes: 5 }));
    const opened = await store.open(folder);
    const handlers = createCompareHandlers(store, undefined, {
      program: path.join(dir, 'no-git-here'),
    });
    expect(await handlers['compare.gitInfo']({ handle: opened.handle })).toEqual({
      state: 'missing',
      message: expect.stringContaining('git is not installed') as string,
    });
    const side = await handlers['compare.loadFolder']({ path: other });
    expect(side.label).toBe(other);
    expect(diffWorkspaces(opened.document, side.document).processes.added.map((p) => p.id)).toEqual(
      ['p-3', 'p-4'],
    );
  });

  it('says when the workspace is not in a repository', async () => {
    const folder = path.join(dir, 'plain');
    await writeWorkspaceFiles(folder, buildDocument());
    const opened = await store.open(folder);
    expect(
      await createCompareHandlers(store)['compare.gitInfo']({ handle: opened.handle }),
    ).toEqual({
      state: 'no-repository',
      message: expect.stringContaining('not in a git repository') as string,
    });
  });

  it('names the folder and the file of a broken folder', async () => {
    const other = path.join(dir, 'broken');
    await writeWorkspaceFiles(other, buildDocument());
    await writeFile(path.join(other, 'processes.json'), '{');
    await expect(
      createCompareHandlers(store)['compare.loadFolder']({ path: other }),
    ).rejects.toMatchObject({
      error: { file: 'processes.json', message: expect.stringContaining(`${other}: `) as string },
    });
  });
});
