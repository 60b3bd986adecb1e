import { mkdir, realpath, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HostError } from '../../../../../shared/ipc/errors';
import { WorkspaceStore } from '../../../../../main/services/workspace/workspace-store';
import { startServer, type RunningServer } from '../../../../../main/browser-host/server';
import { send, signIn } from '../../../../support/http-client';
import type { HostHandlers } from '../../../../../shared/ipc/handlers';
import { failureOf } from '../../../helpers/host-failure';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';
import { reportFigures } from '../../../../support/scorecard';
import {
  makeSpecialFile,
  releaseSpecialFiles,
  SPECIAL_KINDS,
  within,
  type SpecialKind,
} from '../../../../support/special-files';

/*
 * RELIABILITY I.37: a FIFO, a socket or a folder where workspace.json, processes.json or a
 * diagram file should be, through the real store's folder.inspect and workspace.open. Each is
 * refused at once, naming the file. A FIFO opened the ordinary way waits for a writer for
 * ever on one of libuv's four threads; four of them froze every file operation of the host,
 * static files included. `within` turns such a hang into a failure.
 */
const WAIT_MS = 5_000;
const valid = buildDocument({ diagrams: 1, nodesPerDiagram: 3 });
const WHAT = { fifo: 'a named pipe (FIFO)', socket: 'a socket', directory: 'a folder' } as const;

let base: string;
let cleanup: () => Promise<void>;
let store: WorkspaceStore;
let server: RunningServer;
let cookie: string;
let count = 0;

beforeAll(async () => {
  const temp = await makeTempDir('etom-special-');
  base = await realpath(temp.dir);
  cleanup = temp.cleanup;
  store = new WorkspaceStore({ appDataDir: path.join(base, 'app-data'), log: () => undefined });
  await mkdir(path.join(base, 'renderer'));
  await writeFile(path.join(base, 'renderer', 'index.html'), '<html><head></head></html>');
  await writeFile(path.join(base, 'renderer', 'app.js'), 'export const app = 1;');
  // Only static files are asked of this server; its API is not used here.
  server = await startServer({
    handlers: {} as HostHandlers,
    rendererDir: path.join(base, 'renderer'),
  });
  cookie = await signIn(server.launchUrl());
});
afterEach(() => releaseSpecialFiles());
afterAll(async () => {
  await releaseSpecialFiles();
  await server.close();
  await cleanup();
});

/** A valid workspace whose `file` is replaced by a special file of `kind`. */
async function workspaceWith(file: string, kind: SpecialKind): Promise<string> {
  const root = path.join(base, `ws-${(count += 1)}`);
  await writeWorkspaceFiles(root, valid);
  await rm(path.join(root, file), { force: true });
  await makeSpecialFile(path.join(root, file), kind);
  return root;
}

function expectNamed(error: HostError | undefined, file: string, kind: SpecialKind): void {
  expect(error).toMatchObject({ code: 'IO_ERROR', file });
  expect(error?.message).toContain(`${file} is ${WHAT[kind]}, not a regular file`);
}

describe('special files in a workspace (RELIABILITY I.37)', () => {
  it.each(SPECIAL_KINDS)(
    'refuses a %s named workspace.json, in folder.inspect and open',
    async (kind) => {
      const root = await workspaceWith('workspace.json', kind);
      const info = await within(WAIT_MS, 'folder.inspect', store.inspectFolder(root));
      expect(info).toMatchObject({ isDirectory: true, isWorkspace: false });
      expect(info.workspaceProblem).toContain(`workspace.json is ${WHAT[kind]}`);
      expectNamed(
        await within(WAIT_MS, 'workspace.open', failureOf(store.open(root))),
        'workspace.json',
        kind,
      );
    },
  );

  it.each(SPECIAL_KINDS)('refuses a %s named processes.json', async (kind) => {
    const root = await workspaceWith('processes.json', kind);
    expect((await within(WAIT_MS, 'folder.inspect', store.inspectFolder(root))).isWorkspace).toBe(
      true,
    );
    expectNamed(
      await within(WAIT_MS, 'workspace.open', failureOf(store.open(root))),
      'processes.json',
      kind,
    );
  });

  it.each(SPECIAL_KINDS)('lists a %s named diagrams/x.json as a problem', async (kind) => {
    const root = await workspaceWith('diagrams/x.json', kind);
    const opened = await within(WAIT_MS, 'workspace.open', store.open(root));
    await store.close(opened.handle);
    expect(opened.document.diagrams.map((diagram) => diagram.id)).toEqual(['diagram-1']);
    expectNamed(
      opened.problems.find((problem) => problem.file === 'diagrams/x.json'),
      'diagrams/x.json',
      kind,
    );
  });

  it('refuses a file named diagrams, saying that diagrams live in a folder of that name', async () => {
    const root = path.join(base, `ws-${(count += 1)}`);
    await writeWorkspaceFiles(root, valid);
    await rm(path.join(root, 'diagrams'), { recursive: true });
    await writeFile(path.join(root, 'diagrams'), 'not a folder');
    const error = await failureOf(store.open(root));
    expect(error).toMatchObject({ code: 'IO_ERROR', file: 'diagrams', osCode: 'ENOTDIR' });
    expect(error.message).toBe(
      'diagrams is a file, not a folder; a workspace keeps its diagrams in the folder diagrams/.',
    );
  });

  it('freezes nothing with four FIFOs at once: static files and other workspaces answer', async () => {
    const roots = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        workspaceWith(i % 2 === 0 ? 'workspace.json' : 'diagrams/x.json', 'fifo'),
      ),
    );
    const other = path.join(base, 'other');
    await writeWorkspaceFiles(other, valid);
    const started = performance.now();
    const since = (): number => Math.round(performance.now() - started);
    const attempts = roots.flatMap((root) => [
      store.inspectFolder(root).then(since),
      store.open(root).then(
        (opened) => store.close(opened.handle).then(since),
        () => since(),
      ),
    ]);
    const staticFile = send(Number(new URL(server.url).port), 'GET', '/app.js', {
      Cookie: cookie,
    }).then((reply) => {
      expect(reply.text).toBe('export const app = 1;');
      return since();
    });
    const otherWorkspace = store.open(other).then(async (opened) => {
      expect(opened.document.workspace.name).toBe(valid.workspace.name);
      await store.close(opened.handle);
      return since();
    });
    const [staticMs, otherMs] = await within(
      WAIT_MS,
      'a static file and another workspace, beside four FIFOs',
      Promise.all([staticFile, otherWorkspace]),
    );
    const settled = await within(WAIT_MS, 'the FIFO workspaces', Promise.all(attempts));
    reportFigures('I.37', 'special files', {
      'special files refused (FIFO, socket, folder x 3 places + 8 at once)': 9 * 2 + 8,
      hangs: 0,
      'slowest of 8 FIFO inspects and opens at once, ms': Math.max(...settled),
      'static file beside them, ms': staticMs,
      'another workspace opened beside them, ms': otherMs,
    });
  });
});
