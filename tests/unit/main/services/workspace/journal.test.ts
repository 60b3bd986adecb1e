import { readFile, readdir, realpath, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCanonicalJson } from '../../../../../shared/codecs/canonical-json';
import { WorkspaceStore } from '../../../../../main/services/workspace/workspace-store';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { reportFigures } from '../../../../support/scorecard';

let base: string;
let root: string;
let appData: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const temp = await makeTempDir('etom-journal-');
  cleanup = temp.cleanup;
  base = await realpath(temp.dir);
  root = path.join(base, 'ws');
  appData = path.join(base, 'app-data');
  await writeWorkspaceFiles(root, buildDocument());
});
afterEach(() => {
  vi.restoreAllMocks();
  return cleanup();
});

const newStore = (): WorkspaceStore =>
  new WorkspaceStore({ appDataDir: appData, log: () => undefined });

describe('recovery journal', () => {
  it('offers the journalled document back on the next open', async () => {
    const store = newStore();
    const opened = await store.open(root);
    const edited = {
      ...opened.document,
      workspace: { ...opened.document.workspace, name: 'Unsaved' },
    };
    await store.writeJournal(opened.handle, edited);
    const journalFile = store.journal.fileFor(root);
    expect(path.dirname(journalFile)).toBe(path.join(appData, 'journal'));
    expect(path.basename(journalFile)).toMatch(/^[0-9a-f]{64}\.json$/);

    // That instance has ended (its lock went with it); its journal stays for the next one.
    await store.closeAll();
    const recovery = (await newStore().open(root)).recovery;
    expect(recovery).toMatchObject({ stale: false, document: edited });
    expect(Number.isNaN(Date.parse(recovery?.savedAt ?? ''))).toBe(false);
  });

  it('offers back a journal written before a diagram schema change, migrated like the files', async () => {
    const store = newStore();
    const opened = await store.open(root);
    const edited = {
      ...opened.document,
      workspace: { ...opened.document.workspace, name: 'Unsaved before the upgrade' },
    };
    await store.writeJournal(opened.handle, edited);
    await store.closeAll();
    // Rewrite the journal as an older build wrote it: diagrams at version 2, nodes without z.
    const journalFile = store.journal.fileFor(root);
    const journal = JSON.parse(await readFile(journalFile, 'utf8')) as {
      document: { diagrams: Array<{ schemaVersion: number; nodes: Array<{ z?: number }> }> };
    };
    for (const diagram of journal.document.diagrams) {
      diagram.schemaVersion = 2;
      for (const node of diagram.nodes) delete node.z;
    }
    await writeFile(journalFile, toCanonicalJson(journal));

    const recovery = (await newStore().open(root)).recovery;
    expect(recovery?.document.workspace.name).toBe('Unsaved before the upgrade');
    expect(recovery?.document.diagrams.map((d) => d.schemaVersion)).toEqual([3, 3]);
    expect(recovery?.document.diagrams[0]?.nodes.map((n) => n.z)).toEqual([0, 1, 2, 3]);
    expect(await readdir(path.dirname(journalFile))).toEqual([path.basename(journalFile)]);
  });

  it('marks the recovery stale when a file changed on disk after the journal was taken', async () => {
    const store = newStore();
    const opened = await store.open(root);
    await store.writeJournal(opened.handle, opened.document);
    await writeFile(
      path.join(root, 'mappings.json'),
      toCanonicalJson({ ...opened.document.mappings }) + '\n',
    );
    await store.closeAll();
    expect((await newStore().open(root)).recovery?.stale).toBe(true);
  });

  it('never touches the disk for a stale journal, and restoring it as a copy keeps the original', async () => {
    const store = newStore();
    const opened = await store.open(root);
    const unsaved = {
      ...opened.document,
      workspace: { ...opened.document.workspace, name: 'Unsaved work' },
    };
    await store.writeJournal(opened.handle, unsaved);
    const outside = toCanonicalJson({ ...opened.document.workspace, name: 'Changed outside' });
    await writeFile(path.join(root, 'workspace.json'), outside);

    // That instance has ended (its lock went with it); its journal stays for the next one.
    await store.closeAll();
    const later = newStore();
    const reopened = await later.open(root);
    expect(reopened.recovery).toMatchObject({ stale: true, document: unsaved });
    expect(await readFile(path.join(root, 'workspace.json'), 'utf8')).toBe(outside);
    // What the renderer's "restore as copy" does: save the journalled work elsewhere, then drop it.
    const copy = await later.saveAsCopy(reopened.handle, path.join(base, 'copy'), unsaved);
    await later.discardJournal(reopened.handle);
    expect(copy.document.workspace.name).toBe('Unsaved work');
    expect(await readFile(path.join(root, 'workspace.json'), 'utf8')).toBe(outside);
    await later.closeAll();
    expect((await newStore().open(root)).recovery).toBeNull();
    reportFigures('B.10', 'journal older than the file on disk', {
      'offered as stale (restore as copy)': true,
      'disk file overwritten': 0,
      'copy holds the unsaved work': true,
    });
  });

  it('is removed by a successful save and by discard', async () => {
    const store = newStore();
    const opened = await store.open(root);
    const edited = {
      ...opened.document,
      workspace: { ...opened.document.workspace, name: 'Saved' },
    };
    await store.writeJournal(opened.handle, edited);
    await store.save(opened.handle, edited);
    expect(await readdir(path.join(appData, 'journal'))).toEqual([]);
    await store.writeJournal(opened.handle, edited);
    await store.discardJournal(opened.handle);
    expect(await readdir(path.join(appData, 'journal'))).toEqual([]);
  });

  it('survives a failed save', async () => {
    const store = new WorkspaceStore({
      appDataDir: appData,
      log: () => undefined,
      writeOptions: {
        fs: {
          ...(await import('../../../../../main/services/workspace/atomic-fs')).nodeAtomicFs,
          rename: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })),
        },
      },
    });
    const opened = await store.open(root);
    const edited = {
      ...opened.document,
      workspace: { ...opened.document.workspace, name: 'Not saved' },
    };
    await store.writeJournal(opened.handle, edited);
    await expect(store.save(opened.handle, edited)).rejects.toMatchObject({
      error: { osCode: 'ENOSPC' },
    });
    expect(await readdir(path.join(appData, 'journal'))).toHaveLength(1);
  });

  const corruptions: Array<[string, (valid: string) => string]> = [
    ['empty', () => ''],
    ['truncated', (valid) => valid.slice(0, Math.floor(valid.length / 2))],
    ['bad JSON', () => '{ this is not json'],
    ['failing the schema', (valid) => valid.replace('"etom-studio.journal"', '"something-else"')],
    [
      'a document failing the schema',
      (valid) =>
        valid.replace('"schemaVersion": 2,\n      "name"', '"schemaVersion": 9,\n      "name"'),
    ],
    [
      'for another workspace',
      (valid) => valid.replace(JSON.stringify(root), JSON.stringify('/elsewhere')),
    ],
  ];

  // Counted once every check of a case has passed; reported when the cases have all run.
  const setAside = { passed: 0 };
  afterAll(() => {
    reportFigures(
      'B.9',
      'corrupt journals (empty, truncated, bad JSON, schema x2, other workspace)',
      {
        cases: corruptions.length,
        'ignored with a warning, moved aside byte for byte, workspace opened': setAside.passed,
      },
    );
  });

  it.each(corruptions)(
    'moves a journal that is %s aside, warns, and opens',
    async (_label, corrupt) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const store = newStore();
      const opened = await store.open(root);
      await store.writeJournal(opened.handle, opened.document);
      const file = store.journal.fileFor(root);
      const bad = corrupt(await readFile(file, 'utf8'));
      await writeFile(file, bad);

      await store.closeAll();
      const reopened = await newStore().open(root);
      expect(reopened.recovery).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('unreadable recovery journal'));
      const names = await readdir(path.join(appData, 'journal'));
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^[0-9a-f]{64}\.corrupt-[0-9TZ-]+\.json$/);
      expect(await readFile(path.join(appData, 'journal', names[0] ?? ''), 'utf8')).toBe(bad);
      setAside.passed += 1;
    },
  );
});
