import { TEST_FRAMEWORK } from '../../../../fixtures/model-builders';
import { readFile, readdir, realpath, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../../../../shared/codecs/canonical-json';
import { SCHEMA_VERSIONS } from '../../../../../shared/model/schema-versions';
import type { WorkspaceDocument } from '../../../../../shared/model/document';
import { WorkspaceStore } from '../../../../../main/services/workspace/workspace-store';
import { nodeAtomicFs } from '../../../../../main/services/workspace/atomic-fs';
import { reportFigures } from '../../../../support/scorecard';
import {
  buildDiagram,
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { failureOf as failure } from '../../../helpers/host-failure';

let root: string;
let cleanup: () => Promise<void>;
let store: WorkspaceStore;
let document: WorkspaceDocument;
const FIXED_TIME = 1_700_000_000;

beforeEach(async () => {
  const temp = await makeTempDir('etom-conflict-');
  cleanup = temp.cleanup;
  const base = await realpath(temp.dir);
  root = path.join(base, 'ws');
  document = buildDocument({ diagrams: 2 });
  await writeWorkspaceFiles(root, document);
  // Whole-second times, so that restoring them after an edit is exact on every filesystem.
  await utimes(path.join(root, 'workspace.json'), FIXED_TIME, FIXED_TIME);
  store = new WorkspaceStore({ appDataDir: path.join(base, 'app-data'), log: () => undefined });
});
afterEach(() => cleanup());

function renamed(doc: WorkspaceDocument, name: string): WorkspaceDocument {
  return { ...doc, workspace: { ...doc.workspace, name } };
}

/** Replaces bytes of a file keeping its size and mtime, as an outside editor might. */
async function sameSizeSameMtimeEdit(file: string): Promise<string> {
  const before = await stat(file);
  const text = await readFile(file, 'utf8');
  const changed = text.replace('Test workspace', 'Test WORKSPACE');
  expect(changed.length).toBe(text.length);
  await writeFile(file, changed);
  await utimes(file, before.atime, before.mtime);
  const after = await stat(file);
  expect(after.size).toBe(before.size);
  expect(after.mtimeMs).toBe(before.mtimeMs);
  return changed;
}

/** C.11: outside changes a save refused with CONFLICT, each counted once all its checks passed. */
const refused = { cases: 0, files: 0 };
afterAll(() => {
  reportFigures('C.11', 'outside changes before or during a save', {
    'cases (same size and mtime, deleted, created, before a delete, during the save)': 5,
    'refused with CONFLICT, disk unchanged': refused.cases,
    'files in conflict': refused.files,
  });
});

describe('conflicts', () => {
  it('refuses to save over a file changed on disk with the same size and mtime', async () => {
    const opened = await store.open(root);
    const outside = await sameSizeSameMtimeEdit(path.join(root, 'workspace.json'));
    const diagramBefore = await readFile(path.join(root, 'diagrams', 'diagram-1.json'), 'utf8');
    const edited = renamed(opened.document, 'Mine');
    const first = edited.diagrams[0];
    if (!first) throw new Error('fixture');
    edited.diagrams = [{ ...first, name: 'Mine too' }, ...edited.diagrams.slice(1)];
    const error = await failure(store.save(opened.handle, edited));
    expect(error).toMatchObject({ code: 'CONFLICT', files: ['workspace.json'] });
    expect(await readFile(path.join(root, 'workspace.json'), 'utf8')).toBe(outside);
    // Nothing at all was written, not even the files without a conflict.
    expect(await readFile(path.join(root, 'diagrams', 'diagram-1.json'), 'utf8')).toBe(
      diagramBefore,
    );
    refused.cases += 1;
    refused.files += error.files?.length ?? 0;
  });

  it('overwrites when asked ("keep mine")', async () => {
    const opened = await store.open(root);
    await sameSizeSameMtimeEdit(path.join(root, 'workspace.json'));
    const result = await store.save(opened.handle, renamed(opened.document, 'Mine'), true);
    expect(result.written).toEqual(['workspace.json']);
    expect(JSON.parse(await readFile(path.join(root, 'workspace.json'), 'utf8'))).toMatchObject({
      name: 'Mine',
    });
    expect(
      (await store.save(opened.handle, renamed(opened.document, 'Mine again'))).written,
    ).toEqual(['workspace.json']);
  });

  it('treats a file deleted outside, and a diagram created outside, as conflicts', async () => {
    const opened = await store.open(root);
    await unlink(path.join(root, 'processes.json'));
    const outsideDiagram = toCanonicalJson(buildDiagram('fresh', 1));
    await writeFile(path.join(root, 'diagrams', 'fresh.json'), outsideDiagram);
    const edited = structuredClone(opened.document);
    edited.processes.processes.pop();
    edited.diagrams.push(buildDiagram('fresh', 3));
    const error = await failure(store.save(opened.handle, edited));
    expect(error.files).toEqual(['processes.json', 'diagrams/fresh.json']);
    expect(await readFile(path.join(root, 'diagrams', 'fresh.json'), 'utf8')).toBe(outsideDiagram);
    // One case each: a file deleted outside, and a diagram created outside.
    refused.cases += 2;
    refused.files += error.files?.length ?? 0;
  });

  it('checks a diagram before deleting it', async () => {
    const opened = await store.open(root);
    const file = path.join(root, 'diagrams', 'diagram-2.json');
    const outside = toCanonicalJson({ ...buildDiagram('diagram-2', 2), name: 'Edited outside' });
    await writeFile(file, outside);
    const error = await failure(
      store.save(opened.handle, {
        ...opened.document,
        diagrams: opened.document.diagrams.slice(0, 1),
      }),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', files: ['diagrams/diagram-2.json'] });
    expect(await readFile(file, 'utf8')).toBe(outside);
    refused.cases += 1;
    refused.files += error.files?.length ?? 0;
  });

  it('leaves alone a file changed outside that the document did not change', async () => {
    const opened = await store.open(root);
    const outside = await sameSizeSameMtimeEdit(path.join(root, 'workspace.json'));
    const edited = structuredClone(opened.document);
    edited.mappings.mappings.push({
      id: 'm-1' as never,
      processId: 'p-0' as never,
      target: { ...TEST_FRAMEWORK, id: '1.1' as never },
      status: 'draft',
      alignment: 'full',
    });
    expect((await store.save(opened.handle, edited)).written).toEqual(['mappings.json']);
    expect(await readFile(path.join(root, 'workspace.json'), 'utf8')).toBe(outside);
  });
});

describe('two instances on one folder (RELIABILITY C.14)', () => {
  it('the second save raises a conflict and no update is lost', async () => {
    const other = new WorkspaceStore({
      appDataDir: path.join(root, '..', 'app-data-b'),
      log: () => undefined,
    });
    const a = await store.open(root);
    const b = await other.open(root);
    expect(b.lockedBy).not.toBeNull();
    await store.save(a.handle, renamed(a.document, 'From A'));
    // B's user takes the lock over from A but still has the document from before A's save.
    await other.takeOver(b.handle, true);
    const error = await failure(other.save(b.handle, renamed(b.document, 'From B')));
    expect(error).toMatchObject({ code: 'CONFLICT', files: ['workspace.json'] });
    expect(JSON.parse(await readFile(path.join(root, 'workspace.json'), 'utf8'))).toMatchObject({
      name: 'From A',
    });
  });

  it('loses no update: different files both land, and a conflict is resolved by reloading', async () => {
    const other = new WorkspaceStore({
      appDataDir: path.join(root, '..', 'app-data-b'),
      log: () => undefined,
    });
    const a = await store.open(root);
    const b = await other.open(root);
    const fromA = renamed(a.document, 'From A');
    await store.save(a.handle, fromA);
    // Each instance takes the lock over before it saves (as the user would after confirming).
    await other.takeOver(b.handle, true);
    // B changed only a diagram: no conflict, and A's name is not undone.
    const [diagram, ...rest] = b.document.diagrams;
    if (!diagram) throw new Error('fixture');
    const fromB = { ...b.document, diagrams: [{ ...diagram, name: 'From B' }, ...rest] };
    expect((await other.save(b.handle, fromB)).written).toEqual(['diagrams/diagram-1.json']);
    // Both now edit the process list; B saves second, is refused, reloads and redoes its edit.
    const processesA = structuredClone(fromA);
    processesA.processes.processes.push({
      id: 'p-a' as never,
      name: 'A',
      parentId: null,
      order: 0,
    });
    expect((await failure(store.save(a.handle, processesA))).code).toBe('READ_ONLY');
    await store.takeOver(a.handle, true);
    await store.save(a.handle, processesA);
    await other.takeOver(b.handle, true);
    const processesB = structuredClone(fromB);
    processesB.processes.processes.push({
      id: 'p-b' as never,
      name: 'B',
      parentId: null,
      order: 0,
    });
    expect((await failure(other.save(b.handle, processesB))).code).toBe('CONFLICT');
    const reloaded = await other.reload(b.handle);
    reloaded.document.processes.processes.push({
      id: 'p-b' as never,
      name: 'B',
      parentId: null,
      order: 0,
    });
    await other.save(b.handle, reloaded.document);

    const final = await new WorkspaceStore({
      appDataDir: path.join(root, '..', 'app-data-c'),
      log: () => undefined,
    }).open(root);
    expect(final.document.workspace.name).toBe('From A');
    expect(final.document.diagrams.find((d) => d.id === diagram.id)?.name).toBe('From B');
    expect(final.document.processes.processes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['p-a', 'p-b']),
    );
  });
});

describe('a change made while the save runs', () => {
  // The fs seam fires the outside write at the one moment a real race would: after the new
  // bytes are in the temp file (the read-back) and before the rename.
  it('is a CONFLICT for that file, and the outside change stays', async () => {
    const outside = toCanonicalJson({ ...document.workspace, name: 'Edited outside' });
    let planted = false;
    const racing = new WorkspaceStore({
      appDataDir: path.join(root, '..', 'app-data-race'),
      log: () => undefined,
      writeOptions: {
        fs: {
          ...nodeAtomicFs,
          async readFile(p) {
            const bytes = await nodeAtomicFs.readFile(p);
            if (!planted && path.basename(p).startsWith('.workspace.json.')) {
              planted = true;
              await writeFile(path.join(root, 'workspace.json'), outside);
            }
            return bytes;
          },
        },
      },
    });
    const opened = await racing.open(root);
    const error = await failure(racing.save(opened.handle, renamed(opened.document, 'Mine')));
    expect(error).toMatchObject({ code: 'CONFLICT', files: ['workspace.json'] });
    expect(error.message).toBe('workspace.json changed on disk while saving, so it was not saved.');
    expect(await readFile(path.join(root, 'workspace.json'), 'utf8')).toBe(outside);
    expect((await readdir(root)).filter((n) => n.endsWith('.etom-tmp'))).toEqual([]);
    // Nothing was recorded as saved: the next save still sees the outside change.
    expect((await failure(racing.save(opened.handle, renamed(opened.document, 'Mine')))).code).toBe(
      'CONFLICT',
    );
    await racing.closeAll();
    refused.cases += 1;
    refused.files += error.files?.length ?? 0;
  });
});

describe('a workspace written by a newer version', () => {
  it('opens read-only and refuses to save', async () => {
    const newer = { ...document.processes, schemaVersion: SCHEMA_VERSIONS.processes + 1 };
    await writeFile(path.join(root, 'processes.json'), toCanonicalJson(newer));
    const before = await readFile(path.join(root, 'processes.json'), 'utf8');
    const opened = await store.open(root);
    expect(opened.readOnly).toMatch(/newer version of eTOM Studio.*read-only/);
    const error = await failure(store.save(opened.handle, renamed(opened.document, 'Changed')));
    expect(error.code).toBe('READ_ONLY');
    expect(await readFile(path.join(root, 'processes.json'), 'utf8')).toBe(before);
  });

  it('refuses to open when the newer file does not fit the current schema', async () => {
    const newer = {
      ...document.workspace,
      schemaVersion: SCHEMA_VERSIONS.workspace + 1,
      layers: [],
    };
    await writeFile(path.join(root, 'workspace.json'), toCanonicalJson(newer));
    expect(await failure(store.open(root))).toMatchObject({
      code: 'NEWER_VERSION',
      file: 'workspace.json',
    });
  });

  it('makes the workspace read-only when a newer diagram cannot be read', async () => {
    const newer = {
      ...buildDiagram('diagram-1', 1),
      schemaVersion: SCHEMA_VERSIONS.diagram + 1,
      lanes: [],
    };
    await writeFile(path.join(root, 'diagrams', 'diagram-1.json'), toCanonicalJson(newer));
    const opened = await store.open(root);
    expect(opened.problems).toEqual([expect.objectContaining({ code: 'NEWER_VERSION' })]);
    expect(opened.readOnly).not.toBeNull();
  });
});
