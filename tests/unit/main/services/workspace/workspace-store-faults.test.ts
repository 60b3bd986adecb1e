import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readdir,
  readlink,
  realpath,
  rename,
  stat,
  symlink,
} from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../../../../shared/model/document';
import { nodeAtomicFs, type AtomicFs } from '../../../../../main/services/workspace/atomic-fs';
import { WorkspaceStore } from '../../../../../main/services/workspace/workspace-store';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { failureOf as failure } from '../../../helpers/host-failure';
import { reportFigures } from '../../../../support/scorecard';

/*
 * Saving through the store when the disk misbehaves (RELIABILITY A.2-A.6 at the store level;
 * atomic-write.test.ts and atomic-write-faults.test.ts cover atomicWrite itself). Faults are
 * injected at the AtomicFs seam the store passes to every atomic write, the only way to make a
 * real disk fail on cue; they can be switched off between saves to retry. Everything else is
 * the real file system in a real temp folder.
 */
interface Faults {
  /** Rejects every rename onto this workspace-relative file with this OS code... */
  renameCode?: string;
  /** ...this many times (undefined: always). */
  renameTimes?: number;
  /** Makes the read-back of this file differ from what was written. */
  corruptReadBack?: boolean;
  /** The workspace-relative file the faults apply to. */
  file: string;
}

let base: string;
let root: string;
let appData: string;
let cleanup: () => Promise<void>;
let faults: Faults | null;
let logs: string[];
let store: WorkspaceStore;
let document: WorkspaceDocument;

function injected(code: string): Error {
  return Object.assign(new Error(`injected ${code}`), { code });
}

/** Whether an absolute path is the faulty file or one of its temps. */
function isFaulty(absolute: string): boolean {
  if (!faults) return false;
  const name = path.basename(faults.file);
  const dir = path.join(root, path.dirname(faults.file));
  return path.dirname(absolute) === dir && path.basename(absolute).includes(name);
}

const faultyFs: AtomicFs = {
  ...nodeAtomicFs,
  rename(from, to) {
    if (faults?.renameCode && isFaulty(to) && (faults.renameTimes ?? 1) > 0) {
      if (faults.renameTimes !== undefined) faults.renameTimes -= 1;
      return Promise.reject(injected(faults.renameCode));
    }
    return nodeAtomicFs.rename(from, to);
  },
  async readFile(p) {
    const bytes = await nodeAtomicFs.readFile(p);
    if (!faults?.corruptReadBack || !isFaulty(p)) return bytes;
    const flipped = Buffer.from(bytes);
    flipped[0] = (flipped[0] ?? 0) ^ 0xff;
    return flipped;
  },
};

beforeEach(async () => {
  const temp = await makeTempDir('etom-store-faults-');
  cleanup = temp.cleanup;
  base = await realpath(temp.dir);
  root = path.join(base, 'ws');
  appData = path.join(base, 'app-data');
  document = buildDocument({ diagrams: 2 });
  await writeWorkspaceFiles(root, document);
  faults = null;
  logs = [];
  store = new WorkspaceStore({
    appDataDir: appData,
    log: () => undefined,
    writeOptions: {
      fs: faultyFs,
      log: (m) => logs.push(m),
      renameRetryDelaysMs: [1, 1, 1, 1],
      platform: 'linux',
    },
  });
});
afterEach(() => cleanup());

/** Every file under `dir` with its bytes (temps included), to prove a save changed nothing. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true })) {
    const full = path.join(dir, entry);
    if ((await stat(full)).isFile()) out.set(entry, (await readFile(full)).toString('base64'));
  }
  return out;
}

function renamed(doc: WorkspaceDocument, name: string): WorkspaceDocument {
  return { ...doc, workspace: { ...doc.workspace, name } };
}

function withDiagramName(doc: WorkspaceDocument, name: string): WorkspaceDocument {
  const [first, ...rest] = doc.diagrams;
  if (!first) throw new Error('fixture');
  return { ...doc, diagrams: [{ ...first, name }, ...rest] };
}

async function readJson(relative: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(root, relative), 'utf8')) as Record<string, unknown>;
}

describe('a save that fails (A.2 at the store level)', () => {
  // Counted once every check of a case has passed; reported when the cases have all run.
  const storeCases = { passed: 0 };
  afterAll(() => {
    reportFigures('A.2', 'store saves failing (ENOSPC, EIO, EXDEV, a later file)', {
      cases: 4,
      'passed (disk unchanged, still unsaved, journal kept, retry saves)': storeCases.passed,
    });
  });

  it.each(['ENOSPC', 'EIO', 'EXDEV'])(
    'with %s: the caller gets the OS code, nothing changes on disk, the journal stays, a retry works',
    async (code) => {
      const opened = await store.open(root);
      const edited = renamed(opened.document, 'Edited');
      await store.writeJournal(opened.handle, edited);
      const journal = store.journal.fileFor(root);
      const before = await snapshot(root);
      const known = new Map(store.get(opened.handle).hashes);

      faults = { file: 'workspace.json', renameCode: code };
      const error = await failure(store.save(opened.handle, edited));
      expect(error).toMatchObject({ code: 'IO_ERROR', osCode: code, file: 'workspace.json' });
      expect(error.message).toContain('workspace.json');
      expect(await snapshot(root)).toEqual(before);
      // Still unsaved: the store's view of the disk and of the document is the old one.
      expect(store.get(opened.handle).hashes).toEqual(known);
      expect(store.get(opened.handle).document).toEqual(opened.document);
      expect((await stat(journal)).isFile()).toBe(true);

      faults = null;
      expect((await store.save(opened.handle, edited)).written).toEqual(['workspace.json']);
      expect(await readJson('workspace.json')).toMatchObject({ name: 'Edited' });
      expect(await readdir(path.join(appData, 'journal'))).toEqual([]);
      storeCases.passed += 1;
    },
  );

  it('when a later file fails, a retry writes just that file, with no false conflict', async () => {
    const opened = await store.open(root);
    const edited = withDiagramName(renamed(opened.document, 'Both'), 'Diagram edited');
    faults = { file: 'diagrams/diagram-1.json', renameCode: 'ENOSPC' };
    expect((await failure(store.save(opened.handle, edited))).file).toBe('diagrams/diagram-1.json');
    // workspace.json was written before the failure; the diagram is as it was.
    expect(await readJson('workspace.json')).toMatchObject({ name: 'Both' });
    expect(await readJson('diagrams/diagram-1.json')).toMatchObject({ name: 'Diagram diagram-1' });

    faults = null;
    expect((await store.save(opened.handle, edited)).written).toEqual(['diagrams/diagram-1.json']);
    expect(await readJson('diagrams/diagram-1.json')).toMatchObject({ name: 'Diagram edited' });
    storeCases.passed += 1;
  });
});

describe('rename retry (A.3 at the store level)', () => {
  it('saves after three EPERM refusals of the rename, logging three retries', async () => {
    const opened = await store.open(root);
    faults = { file: 'workspace.json', renameCode: 'EPERM', renameTimes: 3 };
    expect((await store.save(opened.handle, renamed(opened.document, 'Late'))).written).toEqual([
      'workspace.json',
    ]);
    expect(logs.filter((m) => m.includes('refused (EPERM); retry'))).toHaveLength(3);
    expect(await readJson('workspace.json')).toMatchObject({ name: 'Late' });
    reportFigures('A.3', 'store save, rename refused with EPERM x3', {
      'retries logged': 3,
      saved: true,
    });
  });

  it('fails with EPERM after the bounded retries when the refusal lasts', async () => {
    const opened = await store.open(root);
    const before = await snapshot(root);
    faults = { file: 'workspace.json', renameCode: 'EPERM' };
    const error = await failure(store.save(opened.handle, renamed(opened.document, 'Never')));
    expect(error).toMatchObject({ code: 'IO_ERROR', osCode: 'EPERM', file: 'workspace.json' });
    expect(logs.filter((m) => m.includes('retry'))).toHaveLength(4);
    expect(await snapshot(root)).toEqual(before);
    reportFigures('A.3', 'store save, permanent EPERM', {
      'bounded retries': 4,
      'error code': 'EPERM',
      'workspace unchanged': true,
    });
  });
});

describe('read-back verification (A.4 at the store level)', () => {
  it('reports a save whose bytes read back wrong, keeps the old file, and retries cleanly', async () => {
    const opened = await store.open(root);
    const before = await snapshot(root);
    faults = { file: 'processes.json', corruptReadBack: true };
    const edited = structuredClone(opened.document);
    edited.processes.processes.pop();
    const error = await failure(store.save(opened.handle, edited));
    expect(error).toMatchObject({ code: 'IO_ERROR', file: 'processes.json' });
    expect(error.message).toContain('verify');
    expect(await snapshot(root)).toEqual(before);

    faults = null;
    expect((await store.save(opened.handle, edited)).written).toEqual(['processes.json']);
    reportFigures('A.4', 'store save whose bytes read back wrong', {
      'failure reported': true,
      'workspace unchanged': true,
      'retry saved': true,
    });
  });
});

describe('links and modes (A.5, A.6 at the store level)', () => {
  it('saves through a symlinked workspace file, keeping the link', async () => {
    // processes.json is a link to a file kept in a sub-folder of the workspace.
    await mkdir(path.join(root, 'data'));
    const real = path.join(root, 'data', 'processes.json');
    await rename(path.join(root, 'processes.json'), real);
    await symlink(real, path.join(root, 'processes.json'));
    const opened = await store.open(root);
    const edited = structuredClone(opened.document);
    edited.processes.processes.pop();
    expect((await store.save(opened.handle, edited)).written).toEqual(['processes.json']);
    expect((await lstat(path.join(root, 'processes.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(root, 'processes.json'))).toBe(real);
    expect(JSON.parse(await readFile(real, 'utf8'))).toEqual(edited.processes);
    expect(await readdir(path.join(root, 'data'))).toEqual(['processes.json']);
    reportFigures('A.5', 'store save through a symlinked workspace file', {
      'link kept': true,
      'target updated': true,
    });
  });

  it('refuses a workspace file that links out of the workspace, writing nothing there', async () => {
    const outside = path.join(base, 'outside.json');
    await rename(path.join(root, 'processes.json'), outside);
    await symlink(outside, path.join(root, 'processes.json'));
    const before = await readFile(outside, 'utf8');
    expect(await failure(store.open(root))).toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      file: 'processes.json',
    });
    expect(await readFile(outside, 'utf8')).toBe(before);
    reportFigures('A.5', 'workspace file linking out of the workspace', {
      refused: 'OUTSIDE_WORKSPACE',
      'outside file written': 0,
    });
  });

  it('keeps mode 0640 on every file it rewrites, save after save', async () => {
    const files = ['workspace.json', 'diagrams/diagram-1.json'];
    for (const file of files) await chmod(path.join(root, file), 0o640);
    const opened = await store.open(root);
    for (const n of [1, 2, 3]) {
      const edited = withDiagramName(renamed(opened.document, `Save ${n}`), `Diagram ${n}`);
      expect((await store.save(opened.handle, edited)).written).toEqual(files);
      for (const file of files) {
        expect((await stat(path.join(root, file))).mode & 0o777, `${file} after save ${n}`).toBe(
          0o640,
        );
      }
    }
    reportFigures('A.6', 'store saves of 0640 files', {
      'files x saves': files.length * 3,
      'still 0640': files.length * 3,
    });
  });
});
