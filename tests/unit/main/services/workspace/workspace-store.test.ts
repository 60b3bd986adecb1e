import { mkdir, readFile, readdir, realpath, stat, symlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../../../../shared/codecs/canonical-json';
import { fileText } from '../../../../../shared/model/file-text';
import type { WorkspaceDocument } from '../../../../../shared/model/document';
import { tempNameFor } from '../../../../../main/services/workspace/atomic-write';
import { readWorkerPool } from '../../../../../main/services/workspace/read-worker-pool';
import { WorkspaceStore } from '../../../../../main/services/workspace/workspace-store';
import {
  buildDiagram,
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { failureOf as failure } from '../../../helpers/host-failure';

let base: string;
let cleanup: () => Promise<void>;
let store: WorkspaceStore;
let logs: string[];

beforeEach(async () => {
  const temp = await makeTempDir('etom-store-');
  base = await realpath(temp.dir);
  cleanup = temp.cleanup;
  logs = [];
  store = new WorkspaceStore({ appDataDir: path.join(base, 'app-data'), log: (m) => logs.push(m) });
});
afterEach(() => cleanup());

/** Every file under `dir` with its bytes, to prove a save changed nothing. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true })) {
    const full = path.join(dir, entry);
    if ((await stat(full)).isFile()) out.set(entry, (await readFile(full)).toString('base64'));
  }
  return out;
}

const framework = { pack: 'gb921-v25.5', release: '25.5' };

describe('WorkspaceStore.create', () => {
  it('creates a workspace in a new folder and opens it', async () => {
    const opened = await store.create(path.join(base, 'new-ws'), 'My work', framework);
    expect(opened.handle).toMatch(/^ws-[a-z0-9]{8,40}$/);
    expect(opened.path).toBe(path.join(base, 'new-ws'));
    expect(opened.document.workspace.name).toBe('My work');
    expect((await readdir(opened.path)).sort()).toEqual([
      '.etom-studio.lock',
      '.gitignore',
      'diagrams',
      'mappings.json',
      'processes.json',
      'scope.json',
      'workspace.json',
    ]);
  });

  it('creates into an existing empty folder', async () => {
    await mkdir(path.join(base, 'empty'));
    expect(
      (await store.create(path.join(base, 'empty'), 'W', framework)).document.diagrams,
    ).toEqual([]);
  });

  it('refuses a non-empty folder, a missing parent and a file', async () => {
    await mkdir(path.join(base, 'full'));
    await writeFile(path.join(base, 'full', 'x.txt'), 'x');
    await writeFile(path.join(base, 'file'), 'x');
    expect((await failure(store.create(path.join(base, 'full'), 'W', framework))).code).toBe(
      'NOT_EMPTY',
    );
    expect((await failure(store.create(path.join(base, 'no', 'such'), 'W', framework))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure(store.create(path.join(base, 'file'), 'W', framework))).code).toBe(
      'ALREADY_EXISTS',
    );
  });
});

describe('WorkspaceStore open and save', () => {
  let root: string;
  let document: WorkspaceDocument;
  beforeEach(async () => {
    root = path.join(base, 'ws');
    document = buildDocument({ diagrams: 3, nodesPerDiagram: 6 });
    await writeWorkspaceFiles(root, document);
  });

  it('round-trips: what is saved is what is opened next time', async () => {
    const opened = await store.open(root);
    expect(opened.document).toEqual(document);
    expect(opened).toMatchObject({ readOnly: null, problems: [], recovery: null });
    const edited = structuredClone(document);
    edited.processes.processes.push({
      id: 'p-new' as never,
      name: 'New',
      parentId: null,
      order: 0,
    });
    edited.diagrams.push(buildDiagram('added', 2));
    await store.save(opened.handle, edited);
    const other = new WorkspaceStore({
      appDataDir: path.join(base, 'app-data-2'),
      log: () => undefined,
    });
    // Diagrams come back in file-name order.
    const sorted = {
      ...edited,
      diagrams: [...edited.diagrams].sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
    expect((await other.open(root)).document).toEqual(sorted);
  });

  it('a save with no change writes nothing and changes no byte', async () => {
    const opened = await store.open(root);
    const before = await snapshot(root);
    const result = await store.save(opened.handle, structuredClone(opened.document));
    expect(result.written).toEqual([]);
    expect(await snapshot(root)).toEqual(before);
  });

  it('writes only the files whose content changed, in canonical key order', async () => {
    const opened = await store.open(root);
    const edited = structuredClone(opened.document);
    const diagram = edited.diagrams[1];
    if (!diagram) throw new Error('fixture');
    diagram.name = 'Renamed';
    const result = await store.save(opened.handle, edited);
    expect(result.written).toEqual(['diagrams/diagram-2.json']);
    const text = await readFile(path.join(root, 'diagrams', 'diagram-2.json'), 'utf8');
    expect(text).toBe(fileText('diagram', diagram));
    expect(text.split('\n').slice(1, 5)).toEqual([
      '  "format": "etom-studio.diagram",',
      '  "schemaVersion": 3,',
      '  "id": "diagram-2",',
      '  "name": "Renamed",',
    ]);
    expect((await store.save(opened.handle, edited)).written).toEqual([]);
  });

  it('rewrites a hand-formatted file only when its content changes', async () => {
    await writeFile(path.join(root, 'mappings.json'), JSON.stringify(document.mappings));
    const opened = await store.open(root);
    expect((await store.save(opened.handle, opened.document)).written).toEqual([]);
    expect(await readFile(path.join(root, 'mappings.json'), 'utf8')).toBe(
      JSON.stringify(document.mappings),
    );
  });

  it('deletes diagrams removed from the document', async () => {
    const opened = await store.open(root);
    const edited = { ...opened.document, diagrams: opened.document.diagrams.slice(1) };
    expect((await store.save(opened.handle, edited)).written).toEqual(['diagrams/diagram-1.json']);
    expect(await readdir(path.join(root, 'diagrams'))).not.toContain('diagram-1.json');
  });

  it('runs concurrent saves one after the other, without a false conflict', async () => {
    const opened = await store.open(root);
    const docs = [1, 2, 3, 4].map((n) => ({
      ...opened.document,
      workspace: { ...opened.document.workspace, name: `Version ${n}` },
    }));
    const results = await Promise.all(docs.map((doc) => store.save(opened.handle, doc)));
    expect(results.map((r) => r.written)).toEqual([
      ['workspace.json'],
      ['workspace.json'],
      ['workspace.json'],
      ['workspace.json'],
    ]);
    expect(JSON.parse(await readFile(path.join(root, 'workspace.json'), 'utf8'))).toMatchObject({
      name: 'Version 4',
    });
  });

  it('writes a diagram again after it was deleted outside and then removed and re-added here', async () => {
    const opened = await store.open(root);
    const file = path.join(root, 'diagrams', 'diagram-1.json');
    await import('node:fs/promises').then((fs) => fs.unlink(file));
    const without = { ...opened.document, diagrams: opened.document.diagrams.slice(1) };
    expect((await store.save(opened.handle, without)).written).toEqual([]);
    expect((await store.save(opened.handle, opened.document)).written).toEqual([
      'diagrams/diagram-1.json',
    ]);
    expect(await readFile(file, 'utf8')).toBe(toCanonicalJson(opened.document.diagrams[0]));
  });

  it('refuses two diagrams with one id', async () => {
    const opened = await store.open(root);
    const first = opened.document.diagrams[0];
    if (!first) throw new Error('fixture');
    const edited = { ...opened.document, diagrams: [first, first] };
    expect((await failure(store.save(opened.handle, edited))).code).toBe('INVALID_ARGUMENT');
  });

  it('opens the same folder once, whatever path spelling or symlink leads to it', async () => {
    const first = await store.open(root);
    await symlink(root, path.join(base, 'alias'));
    expect((await store.open(`${root}/`)).handle).toBe(first.handle);
    expect((await store.open(path.join(base, 'alias'))).handle).toBe(first.handle);
    expect((await store.open(path.join(root, 'diagrams', '..'))).handle).toBe(first.handle);
  });

  it('refuses a folder that is not a workspace, or missing', async () => {
    await mkdir(path.join(base, 'plain'));
    expect((await failure(store.open(path.join(base, 'plain')))).code).toBe('NOT_A_WORKSPACE');
    expect((await failure(store.open(path.join(base, 'missing')))).code).toBe('NOT_FOUND');
  });

  it('fails to open when a main file is broken, naming it', async () => {
    await writeFile(path.join(root, 'processes.json'), '{"format":');
    const error = await failure(store.open(root));
    expect(error).toMatchObject({ code: 'PARSE_ERROR', file: 'processes.json' });
  });

  it('opens with a broken diagram listed in problems, and never writes or deletes it', async () => {
    const broken = '{ "format": "etom-studio.diagram", oops';
    await writeFile(path.join(root, 'diagrams', 'diagram-2.json'), broken);
    await writeFile(path.join(root, 'diagrams', 'Bad Name.json'), '{}');
    const opened = await store.open(root);
    expect(opened.document.diagrams.map((d) => d.id)).toEqual(['diagram-1', 'diagram-3']);
    expect(opened.problems.map((p) => p.file).sort()).toEqual([
      'diagrams/Bad Name.json',
      'diagrams/diagram-2.json',
    ]);
    await store.save(opened.handle, { ...opened.document, diagrams: [] });
    expect((await readdir(path.join(root, 'diagrams'))).sort()).toEqual([
      'Bad Name.json',
      'diagram-2.json',
    ]);
    expect(await readFile(path.join(root, 'diagrams', 'diagram-2.json'), 'utf8')).toBe(broken);
    const clash = { ...opened.document, diagrams: [buildDiagram('diagram-2', 1)] };
    expect((await failure(store.save(opened.handle, clash))).file).toBe('diagrams/diagram-2.json');
    expect(await readFile(path.join(root, 'diagrams', 'diagram-2.json'), 'utf8')).toBe(broken);
  });

  it('lists a diagram whose id differs from its file name as a problem', async () => {
    await writeFile(
      path.join(root, 'diagrams', 'other.json'),
      toCanonicalJson(buildDiagram('not-other', 1)),
    );
    const opened = await store.open(root);
    expect(opened.problems).toEqual([
      expect.objectContaining({ file: 'diagrams/other.json', jsonPath: 'id' }),
    ]);
  });

  it('sweeps orphan temp files on open and reports how many', async () => {
    await writeFile(path.join(root, tempNameFor('processes.json', 'abcdef0123456789')), 'half');
    await writeFile(
      path.join(root, 'diagrams', tempNameFor('diagram-1.json', '0123456789abcdef')),
      'half',
    );
    await writeFile(path.join(root, 'notes.etom-tmp.txt'), 'not ours');
    await store.open(root);
    expect(logs.some((m) => m.startsWith('Removed 2 of 2 temp files'))).toBe(true);
    expect((await readdir(root)).filter((n) => n.endsWith('.etom-tmp'))).toEqual([]);
    expect(await readdir(root)).toContain('notes.etom-tmp.txt');
  });

  it('reload reads the disk again', async () => {
    const opened = await store.open(root);
    const changed = { ...document.workspace, name: 'Changed outside' };
    await writeFile(path.join(root, 'workspace.json'), toCanonicalJson(changed));
    expect((await store.reload(opened.handle)).document.workspace.name).toBe('Changed outside');
  });

  it('saveAsCopy writes the whole document into a new folder and opens it', async () => {
    const opened = await store.open(root);
    const edited = {
      ...opened.document,
      workspace: { ...opened.document.workspace, name: 'Copy' },
    };
    const copy = await store.saveAsCopy(opened.handle, path.join(base, 'copy'), edited);
    expect(copy.handle).not.toBe(opened.handle);
    expect(copy.document).toEqual(edited);
    expect((await readdir(path.join(base, 'copy', 'diagrams'))).length).toBe(3);
    expect(JSON.parse(await readFile(path.join(root, 'workspace.json'), 'utf8'))).toMatchObject({
      name: 'Test workspace',
    });
    expect((await failure(store.saveAsCopy(opened.handle, root, edited))).code).toBe('NOT_EMPTY');
  });

  it('close forgets the handle', async () => {
    const opened = await store.open(root);
    await store.close(opened.handle);
    expect((await failure(store.save(opened.handle, document))).code).toBe('UNKNOWN_HANDLE');
    expect((await store.open(root)).handle).not.toBe(opened.handle);
  });

  it('inspectFolder describes workspaces, empty folders and missing ones', async () => {
    await mkdir(path.join(base, 'empty'));
    expect(await store.inspectFolder(root)).toMatchObject({
      exists: true,
      isDirectory: true,
      isWorkspace: true,
      isEmpty: false,
      parentExists: true,
      workspaceName: 'Test workspace',
      workspaceProblem: null,
    });
    expect(await store.inspectFolder(path.join(base, 'empty'))).toMatchObject({
      isEmpty: true,
      isWorkspace: false,
    });
    expect(await store.inspectFolder(path.join(base, 'gone', 'deeper'))).toMatchObject({
      exists: false,
      parentExists: false,
    });
  });

  it('inspectFolder starts the read worker for a workspace, which an open is likely to need', async () => {
    await readWorkerPool.stop();
    await mkdir(path.join(base, 'empty'));
    await store.inspectFolder(path.join(base, 'empty'));
    await store.inspectFolder(path.join(base, 'gone'));
    expect(readWorkerPool.hasWorker).toBe(false);
    await store.inspectFolder(root);
    try {
      await expect.poll(() => readWorkerPool.hasWorker, { timeout: 30_000 }).toBe(true);
    } finally {
      await readWorkerPool.stop();
    }
  });

  it('inspectFolder says which file and place make a workspace unreadable', async () => {
    const workspaceFile = path.join(root, 'workspace.json');
    const text = (await readFile(workspaceFile, 'utf8')).replace('"25.5"', '25.5');
    await writeFile(workspaceFile, text);
    const info = await store.inspectFolder(root);
    expect(info).toMatchObject({ isWorkspace: false, workspaceName: null });
    expect(info.workspaceProblem).toMatch(/^workspace\.json, framework\.release: /);

    await writeFile(workspaceFile, '{ "format": ');
    expect((await store.inspectFolder(root)).workspaceProblem).toMatch(/^workspace\.json.*line 1/);
  });
});
