import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMergeHandlers } from '../../../../main/host/merge-handlers';
import { WorkspaceStore } from '../../../../main/services/workspace/workspace-store';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import { getBuiltInPack } from '../../../../shared/etom/registry';
import { HostFailure } from '../../../../shared/ipc/errors';
import {
  applyChoices,
  recordConflictItems,
  settledRecords,
} from '../../../../shared/merge/conflict-resolution';
import { danglingReferences } from '../../../../shared/merge/cross-references';
import type { DiagramFile } from '../../../../shared/model/diagram-schema';
import type { MappingsFile } from '../../../../shared/model/mapping-schema';
import type { ProcessesFile } from '../../../../shared/model/process-schema';
import { fileText } from '../../../../shared/model/file-text';
import { gitWorkspace, type GitWorkspace } from '../../../fixtures/git-workspace';
import { mappingTo } from '../../../fixtures/model-builders';
import { buildDocument, makeTempDir } from '../../../fixtures/workspace-builder';

/**
 * The resolution view's host side over real git repositories: git merges two branches with the
 * eTOM Studio driver, the workspace is opened by the real store, and the handlers read what the
 * merge left, remove a settled record and tell the branch and the changed files.
 */
let repository: GitWorkspace;
let store: WorkspaceStore;
let appData: { dir: string; cleanup: () => Promise<void> };
let handlers: ReturnType<typeof createMergeHandlers>;

const catalogue = createCatalogue(getBuiltInPack('gb921-v25.5')!);
const lookup = (id: string) => (id === 'gb921-v25.5' ? catalogue : undefined);

async function editJson<T>(
  file: string,
  kind: 'diagram' | 'processes' | 'mappings',
  edit: (value: T) => void,
) {
  const place = path.join(repository.workspace, file);
  const value = JSON.parse(await readFile(place, 'utf8')) as T;
  edit(value);
  await writeFile(place, fileText(kind, value as never));
}

async function commitOn(branch: string, message: string, edit: () => Promise<void>) {
  await repository.git('checkout', '-q', '-B', branch, 'main');
  await edit();
  expect((await repository.git('commit', '-qam', message)).code).toBe(0);
}

async function open() {
  const opened = await store.open(repository.workspace);
  return opened;
}

beforeAll(async () => {
  repository = await gitWorkspace(
    buildDocument({ name: 'Acme', diagrams: 1, nodesPerDiagram: 6, processes: 7 }),
  );
  appData = await makeTempDir('etom-app-');
  store = new WorkspaceStore({ appDataDir: appData.dir, log: () => undefined });
  handlers = createMergeHandlers(store);
}, 60_000);

afterEach(async () => {
  await store.closeAll();
  await repository.git('merge', '--abort');
  await repository.git('checkout', '-q', '-f', 'main');
  await repository.git('clean', '-qfdx');
  await repository.git('branch', '-D', 'a', 'b');
});

afterAll(async () => {
  await repository.cleanup();
  await appData.cleanup();
});

describe('after git merges two branches with the driver', () => {
  it('reports a mapping to a company process the other branch deleted (a clean merge per file)', async () => {
    await commitOn('a', 'a: delete p-6', () =>
      editJson<ProcessesFile>('processes.json', 'processes', (file) => {
        file.processes = file.processes.filter((p) => p.id !== 'p-6');
      }),
    );
    await commitOn('b', 'b: map p-6', () =>
      editJson<MappingsFile>('mappings.json', 'mappings', (file) => {
        file.mappings.push(mappingTo('m-1', 'p-6', '1.3'));
      }),
    );
    const merge = await repository.git('merge', '--no-edit', 'a');
    expect(merge.code, merge.out).toBe(0);
    const opened = await open();
    expect(await handlers['merge.records']({ handle: opened.handle })).toEqual({
      records: [],
      problems: [],
    });
    const found = danglingReferences(opened.document, lookup, []);
    expect(found).toMatchObject([
      { id: 'ref:mapping:m-1:process', fixes: ['delete-mapping', 'kept'] },
    ]);
  }, 120_000);

  it('reads the record of a conflict, and removes it only while it is the one read', async () => {
    await commitOn('a', 'a: theirs', () =>
      editJson<DiagramFile>('diagrams/diagram-1.json', 'diagram', (d) => {
        (d.nodes[0] as { label: string }).label = 'Theirs';
      }),
    );
    await commitOn('b', 'b: ours', () =>
      editJson<DiagramFile>('diagrams/diagram-1.json', 'diagram', (d) => {
        (d.nodes[0] as { label: string }).label = 'Ours';
      }),
    );
    expect((await repository.git('merge', '--no-edit', 'a')).code).not.toBe(0);
    const opened = await open();
    const { records, problems } = await handlers['merge.records']({ handle: opened.handle });
    expect(problems).toEqual([]);
    expect(records).toMatchObject([{ file: 'diagrams/diagram-1.json' }]);
    const record = records[0]!;
    const items = recordConflictItems(opened.document, record, new Map());
    expect(items).toMatchObject([
      {
        element: 'Node "Ours" (n-0)',
        field: 'label',
        ours: 'Ours',
        theirs: 'Theirs',
        state: 'open',
      },
    ]);
    const after = applyChoices(opened.document, records, [{ id: items[0]!.id, choice: 'theirs' }]);
    const choices = new Map([[items[0]!.id, 'theirs' as const]]);
    expect(settledRecords(recordConflictItems(after, record, choices), records)).toEqual([record]);

    // A record rewritten since it was read (a new merge) is kept.
    const wrong = 'f'.repeat(64);
    await expect(
      handlers['merge.removeRecord']({ handle: opened.handle, record: record.file, hash: wrong }),
    ).rejects.toThrow(HostFailure);
    expect(
      await handlers['merge.removeRecord']({
        handle: opened.handle,
        record: record.file,
        hash: record.hash,
      }),
    ).toBe(true);
    expect(await handlers['merge.records']({ handle: opened.handle })).toEqual({
      records: [],
      problems: [],
    });
    expect(
      await handlers['merge.removeRecord']({
        handle: opened.handle,
        record: record.file,
        hash: record.hash,
      }),
    ).toBe(false);
  }, 120_000);

  it('names a record it cannot read and leaves it in place', async () => {
    const opened = await open();
    const place = path.join(repository.workspace, '.etom-merge', 'mappings.json');
    await import('node:fs/promises').then((fs) =>
      fs.mkdir(path.dirname(place), { recursive: true }),
    );
    await writeFile(place, '{"format": "something else"}');
    const { records, problems } = await handlers['merge.records']({ handle: opened.handle });
    expect(records).toEqual([]);
    expect(problems).toMatchObject([{ code: 'SCHEMA_ERROR', file: '.etom-merge/mappings.json' }]);
    expect(await readFile(place, 'utf8')).toContain('something else');
  }, 60_000);
});

describe('workspace.gitStatus', () => {
  it('gives the branch and the workspace files changed since the last commit', async () => {
    await repository.git('checkout', '-q', '-B', 'b', 'main');
    const opened = await open();
    expect(await handlers['workspace.gitStatus']({ handle: opened.handle })).toMatchObject({
      branch: 'b',
      changed: [],
      count: 0,
    });
    await editJson<DiagramFile>('diagrams/diagram-1.json', 'diagram', (d) => {
      d.name = 'Renamed';
    });
    await writeFile(path.join(repository.repo, 'outside.txt'), 'not in the workspace');
    const status = await handlers['workspace.gitStatus']({ handle: opened.handle });
    expect(status).toMatchObject({ branch: 'b', changed: ['diagrams/diagram-1.json'], count: 1 });
  }, 60_000);

  it('gives the short hash of a detached HEAD', async () => {
    await repository.git('checkout', '-q', '--detach', 'main');
    const head = (await repository.git('rev-parse', '--short', 'HEAD')).out.trim();
    const opened = await open();
    expect(await handlers['workspace.gitStatus']({ handle: opened.handle })).toMatchObject({
      branch: null,
      head,
    });
  }, 60_000);

  it('is null for a workspace in no repository, and where git is missing', async () => {
    const outside = await makeTempDir('etom-nogit-');
    try {
      const { writeWorkspaceFiles } = await import('../../../fixtures/workspace-builder');
      await writeWorkspaceFiles(outside.dir, buildDocument({ diagrams: 1 }));
      const opened = await store.open(outside.dir);
      expect(await handlers['workspace.gitStatus']({ handle: opened.handle })).toBeNull();
      const inRepo = await open();
      const saved = process.env.PATH;
      process.env.PATH = path.join(outside.dir, 'no-bin');
      try {
        expect(await handlers['workspace.gitStatus']({ handle: inRepo.handle })).toBeNull();
      } finally {
        process.env.PATH = saved;
      }
    } finally {
      await store.closeAll();
      await outside.cleanup();
    }
  }, 60_000);
});
