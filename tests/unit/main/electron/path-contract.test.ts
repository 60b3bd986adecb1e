import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_METHODS, type HostMethodName } from '../../../../shared/ipc/contract';
import type { HostResult } from '../../../../shared/ipc/errors';
import type { OpenedWorkspace } from '../../../../shared/ipc/methods/workspace-methods';
import type { OfferedPath } from '../../../../shared/ipc/path-ref';
import { createHostHandlers, type HostServices } from '../../../../main/host/host-handlers';
import { PathGrants } from '../../../../main/electron/path-grants';
import {
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../fixtures/workspace-builder';
import { reportFigures } from '../../../support/scorecard';
import { buildBundle } from '../../../../shared/bundle/build-bundle';
import { emptyDocument } from '../../../../shared/model/empty-files';
import { basicsDiagram, sampleDocument } from '../../../fixtures/diagram-samples';
import { GOOD_ROWS, makeWorkbook } from '../../shared/codecs/workbook-fixture';

// RELIABILITY G.32, per channel, through the real IPC transport, the real handlers and the real
// services on real temp folders. Two seams cannot run here and are stood in for: ipcMain (the
// Electron binary is not installed; the registered handler is captured and called with events
// shaped like Electron's) and the operating system's dialogs (they answer a path set by the test).
const registered = new Map<string, (event: unknown, message: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, message: unknown) => Promise<unknown>) =>
      registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));
const { registerHostTransport } = await import('../../../../main/electron/ipc-transport');

const mainFrame = { url: 'app://etom/index.html', parent: null, processId: 4, routingId: 1 };
const ourWindow = { mainFrame };
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
const BPMN =
  '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="Order"/></definitions>';
const FRAMEWORK = { pack: 'gb921-v25.5', release: '25.5' };
const FORGED_REF = `pr-${'A'.repeat(22)}`;
/** A bundle of one empty workspace's nothing: valid, so only the place decides. */
const BUNDLE = buildBundle(emptyDocument('Bundled', FRAMEWORK), []) as unknown as Record<
  string,
  unknown
>;
/** A bundle of one drawn diagram, as the diagram export dialog sends it. */
const BUNDLE_TEXT = JSON.stringify(buildBundle(sampleDocument([basicsDiagram()]), ['basics']));

/** The methods whose arguments name a file or folder: their schema has a place (path-ref.ts). */
function placeMethods(): HostMethodName[] {
  return (Object.keys(HOST_METHODS) as HostMethodName[]).filter((name) => {
    const shape = (HOST_METHODS[name].args as unknown as { shape?: Record<string, unknown> }).shape;
    return shape !== undefined && 'ref' in shape;
  });
}

let dir: string;
let cleanup: () => Promise<void>;
let services: HostServices;
let remove: () => void;
/** What the stand-in native dialogs answer next. */
const answers = { folder: '', saveFile: '', workbook: '', importFile: '', bundle: '' };
let existing: string;
let workbook: string;

async function call<T = unknown>(name: string, args: unknown): Promise<HostResult<T>> {
  const handle = registered.get('etom:host-call');
  if (!handle) throw new Error('no transport registered');
  return (await handle(
    { sender: ourWindow, senderFrame: mainFrame },
    { name, args },
  )) as HostResult<T>;
}

async function value<T>(name: string, args: unknown): Promise<T> {
  const result = await call<T>(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-g32-'));
  existing = path.join(dir, 'existing');
  await writeWorkspaceFiles(existing, buildDocument());
  workbook = path.join(dir, 'gb921.xlsx');
  await writeFile(workbook, await makeWorkbook(GOOD_ROWS));
  services = createHostHandlers({
    appDataDir: path.join(dir, 'app-data'),
    host: 'electron',
    version: '0',
    paths: new PathGrants(),
    pickFolder: () => Promise.resolve(answers.folder),
    pickSaveFile: () => Promise.resolve(answers.saveFile),
    pickWorkbook: () => Promise.resolve(answers.workbook),
    pickImportFile: () => Promise.resolve(answers.importFile),
    pickBundle: () => Promise.resolve(answers.bundle),
    startupWorkspace: existing,
  });
  remove = registerHostTransport({
    handlers: services.handlers,
    trustedOrigins: ['app://etom'],
    isOurWindow: (sender) => sender === (ourWindow as unknown),
  });
});

afterEach(async () => {
  remove();
  await services.dispose();
  await cleanup();
});

/** The files `report.export` takes, from an opened workspace. */
function reportFiles(opened: OpenedWorkspace) {
  const { workspace, processes, mappings, scope } = opened.document;
  return { workspace, processes, mappings, scope };
}

/** Opens the launch workspace legitimately: its reference comes from app.info. */
async function openExisting(): Promise<OpenedWorkspace> {
  const info = await value<{ startupWorkspace: OfferedPath }>('app.info', {});
  return value<OpenedWorkspace>('workspace.open', { ref: info.startupWorkspace.ref });
}

describe('G.32: in the desktop app no method takes a path the host did not issue', () => {
  it('the methods that take a file or folder are exactly these, and all take a place', () => {
    expect(placeMethods().sort()).toEqual(
      [
        'bundle.read',
        'bundle.write',
        'catalogue.export',
        'catalogue.readTable',
        'compare.loadFolder',
        'export.bundle',
        'export.write',
        'export.writeDocument',
        'folder.create',
        'folder.inspect',
        'folder.list',
        'framework.importWorkbook',
        'imports.readModel',
        'recent.remove',
        'report.export',
        'sample.open',
        'workspace.create',
        'workspace.open',
        'workspace.saveAsCopy',
      ].sort(),
    );
    // No other method has a field that looks like a path.
    for (const name of Object.keys(HOST_METHODS) as HostMethodName[]) {
      if (placeMethods().includes(name)) continue;
      const shape =
        (HOST_METHODS[name].args as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const key of Object.keys(shape)) expect(key, name).not.toMatch(/path|file|folder|dir/i);
    }
  });

  it('refuses a raw path on every channel, before anything is touched', async () => {
    const opened = await openExisting();
    const before = await value<unknown[]>('recent.list', {});
    const packsBefore = await value<{ packs: unknown[] }>('framework.listPacks', {});
    const raw: Record<string, Record<string, unknown>> = {
      'folder.inspect': { path: existing },
      'folder.list': { path: dir },
      'folder.create': { path: dir, name: 'made-by-page' },
      'workspace.create': { path: path.join(dir, 'new'), name: 'New', framework: FRAMEWORK },
      'workspace.open': { path: existing },
      'workspace.saveAsCopy': {
        handle: opened.handle,
        path: path.join(dir, 'copy'),
        document: opened.document,
      },
      'export.write': { path: path.join(dir, 'x.svg'), format: 'svg', svg: SVG },
      'export.writeDocument': {
        path: path.join(dir, 'x.pdf'),
        pictures: [{ svg: SVG, title: 'One' }],
        pdf: { size: 'fit' },
      },
      'export.bundle': { path: path.join(dir, 'x.etom.json'), bundle: BUNDLE_TEXT },
      'framework.importWorkbook': { path: workbook },
      'recent.remove': { path: existing },
      'catalogue.readTable': { path: path.join(dir, 'in.csv') },
      'imports.readModel': { path: path.join(dir, 'in.bpmn'), format: 'bpmn' },
      'catalogue.export': { path: path.join(dir, 'out.csv'), format: 'csv', processes: [] },
      'sample.open': { path: path.join(dir, 'sample-copy') },
      'bundle.read': { path: path.join(dir, 'in.etom.json') },
      'bundle.write': { path: path.join(dir, 'out.etom.json'), bundle: BUNDLE },
      'compare.loadFolder': { path: existing },
      'report.export': {
        path: path.join(dir, 'report.html'),
        kind: 'report',
        format: 'html',
        ...reportFiles(opened),
      },
    };
    expect(Object.keys(raw).sort()).toEqual(placeMethods().sort());
    let accepted = 0;
    for (const name of placeMethods()) {
      for (const args of [raw[name], { ...raw[name], ref: FORGED_REF }]) {
        const result = await call(name, args);
        if (result.ok) accepted += 1;
        expect(result, name).toMatchObject({
          ok: false,
          error: { code: 'ref' in args! ? 'UNKNOWN_HANDLE' : 'FORBIDDEN' },
        });
      }
    }
    expect(existsSync(path.join(dir, 'new'))).toBe(false);
    expect(existsSync(path.join(dir, 'copy'))).toBe(false);
    expect(existsSync(path.join(dir, 'x.svg'))).toBe(false);
    expect(existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    expect(existsSync(path.join(dir, 'x.etom.json'))).toBe(false);
    expect(existsSync(path.join(dir, 'out.csv'))).toBe(false);
    expect(existsSync(path.join(dir, 'made-by-page'))).toBe(false);
    expect(existsSync(path.join(dir, 'report.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'sample-copy'))).toBe(false);
    expect(existsSync(path.join(dir, 'out.etom.json'))).toBe(false);
    expect((await value<{ packs: unknown[] }>('framework.listPacks', {})).packs).toEqual(
      packsBefore.packs,
    );
    expect(await value('recent.list', {})).toEqual(before);
    reportFigures('G.32', 'paths from the renderer in the desktop app', {
      'channels taking a path': placeMethods().length,
      'raw or forged paths tried': placeMethods().length * 2,
      accepted,
    });
    expect(accepted).toBe(0);
  });

  it('binds a dialog answer to the one call it was asked for, then spends it', async () => {
    answers.folder = path.join(dir, 'made');
    const picked = await value<OfferedPath>('dialog.pickFolder', { purpose: 'create' });
    expect(picked).toEqual({ path: answers.folder, ref: expect.stringMatching(/^pr-/) as string });
    const { ref } = picked;
    // Looking at the place first is part of the same choice; doing anything else is not.
    expect(await value('folder.inspect', { ref })).toMatchObject({ exists: false });
    for (const [name, args] of [
      ['workspace.open', { ref }],
      ['export.write', { ref, format: 'svg', svg: SVG }],
      ['framework.importWorkbook', { ref }],
      ['recent.remove', { ref }],
    ] as const) {
      expect(await call(name, args), name).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    // The path sent beside the reference is for display: the host uses the one it issued.
    const created = await value<OpenedWorkspace>('workspace.create', {
      ref,
      path: path.join(dir, 'elsewhere'),
      name: 'Made',
      framework: FRAMEWORK,
    });
    expect(created.path).toBe(answers.folder);
    expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false);
    expect(
      await call('workspace.create', { ref, name: 'Again', framework: FRAMEWORK }),
    ).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLE' } });

    answers.folder = path.join(dir, 'copy');
    const copyTo = await value<OfferedPath>('dialog.pickFolder', { purpose: 'copy' });
    const copy = await value<OpenedWorkspace>('workspace.saveAsCopy', {
      handle: created.handle,
      ref: copyTo.ref,
      document: created.document,
    });
    expect(copy.path).toBe(answers.folder);
  });

  it('binds a save dialog answer to its format, and a workbook answer to the import', async () => {
    answers.saveFile = path.join(dir, 'map.svg');
    const { ref } = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'map.svg',
      format: 'svg',
    });
    expect(await call('export.write', { ref, format: 'png', svg: SVG })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call('workspace.create', { ref, name: 'x', framework: FRAMEWORK })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await value('folder.inspect', { ref })).toMatchObject({ exists: false });
    expect(await value('export.write', { ref, format: 'svg', svg: SVG })).toMatchObject({
      path: answers.saveFile,
    });
    expect(await call('export.write', { ref, format: 'svg', svg: SVG })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });

    answers.workbook = workbook;
    const chosen = await value<OfferedPath>('dialog.pickWorkbook', {});
    expect(await call('folder.inspect', { ref: chosen.ref })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await value('framework.importWorkbook', { ref: chosen.ref })).toMatchObject({
      file: 'gb921.xlsx',
    });

    answers.importFile = path.join(dir, 'order.bpmn');
    await writeFile(answers.importFile, BPMN);
    const bpmn = await value<OfferedPath>('dialog.pickImportFile', { format: 'bpmn' });
    expect(bpmn.ref).toBeDefined();
    expect(await value('imports.readModel', { ref: bpmn.ref, format: 'bpmn' })).toMatchObject({
      elements: [{ sourceId: 'p', name: 'Order' }],
    });
    expect(await call('imports.readModel', { ref: bpmn.ref, format: 'bpmn' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });
  });

  it('binds a PDF save answer to a PDF export with its page options, once', async () => {
    answers.saveFile = path.join(dir, 'map.pdf');
    const { ref } = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'map.pdf',
      format: 'pdf',
    });
    expect(await call('export.write', { ref, format: 'svg', svg: SVG })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const pdf = { size: 'a4', orientation: 'landscape', title: 'Map' };
    expect(await value('export.write', { ref, format: 'pdf', svg: SVG, pdf })).toMatchObject({
      path: answers.saveFile,
      format: 'pdf',
      pages: 1,
    });
    expect(await call('export.write', { ref, format: 'pdf', svg: SVG, pdf })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });
    expect(
      await call('export.write', { path: path.join(dir, 'raw.pdf'), format: 'pdf', svg: SVG }),
    ).toMatchObject({ ok: false });
    expect(existsSync(path.join(dir, 'raw.pdf'))).toBe(false);
  });

  it('binds a PDF save answer to one whole-workspace PDF, once; other answers never', async () => {
    const pictures = [
      { svg: SVG, title: 'One' },
      { svg: SVG, title: 'Two' },
    ];
    const pdf = { size: 'a3', title: 'Workspace' };
    answers.saveFile = path.join(dir, 'map.svg');
    const svgAnswer = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'map.svg',
      format: 'svg',
    });
    expect(await call('export.writeDocument', { ref: svgAnswer.ref, pictures, pdf })).toMatchObject(
      { ok: false, error: { code: 'FORBIDDEN' } },
    );
    answers.saveFile = path.join(dir, 'workspace.pdf');
    const { ref } = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'workspace.pdf',
      format: 'pdf',
    });
    expect(await value('export.writeDocument', { ref, pictures, pdf })).toMatchObject({
      path: answers.saveFile,
      format: 'pdf',
      pages: 3,
    });
    expect(await call('export.writeDocument', { ref, pictures, pdf })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });
    expect(existsSync(path.join(dir, 'map.svg'))).toBe(false);
  });

  it('binds a save dialog answer for a report, a table or the catalogue to that format, once', async () => {
    const opened = await openExisting();
    const files = reportFiles(opened);
    answers.saveFile = path.join(dir, 'alignment.html');
    const html = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'alignment.html',
      format: 'html',
    });
    for (const [name, args] of [
      ['report.export', { ref: html.ref, kind: 'report', format: 'xlsx', ...files }],
      ['report.export', { ref: html.ref, kind: 'coverage', format: 'csv', ...files }],
      ['catalogue.export', { ref: html.ref, format: 'csv', processes: [] }],
      ['export.write', { ref: html.ref, format: 'svg', svg: SVG }],
      ['export.bundle', { ref: html.ref, bundle: BUNDLE_TEXT }],
      ['workspace.create', { ref: html.ref, name: 'x', framework: FRAMEWORK }],
    ] as const) {
      expect(await call(name, args), `${name} ${JSON.stringify(args).slice(0, 60)}`).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(
      await value('report.export', { ref: html.ref, kind: 'report', format: 'html', ...files }),
    ).toMatchObject({ path: answers.saveFile });
    expect(
      await call('report.export', { ref: html.ref, kind: 'report', format: 'html', ...files }),
    ).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLE' } });

    answers.saveFile = path.join(dir, 'processes.csv');
    const csv = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'processes.csv',
      format: 'csv',
    });
    expect(
      await value('catalogue.export', { ref: csv.ref, format: 'csv', processes: [] }),
    ).toMatchObject({ path: answers.saveFile });
    // A folder chosen to create a workspace in never writes a table.
    answers.folder = path.join(dir, 'folder.csv');
    const folder = await value<OfferedPath>('dialog.pickFolder', { purpose: 'create' });
    expect(
      await call('catalogue.export', { ref: folder.ref, format: 'csv', processes: [] }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(existsSync(answers.folder)).toBe(false);

    // A diagram's JSON export: a json answer writes the bundle once; an svg answer never does.
    answers.saveFile = path.join(dir, 'basics.etom.json');
    const json = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'basics.etom.json',
      format: 'json',
    });
    expect(await call('export.write', { ref: json.ref, format: 'svg', svg: SVG })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await value('export.bundle', { ref: json.ref, bundle: BUNDLE_TEXT })).toMatchObject({
      path: answers.saveFile,
      diagrams: 1,
    });
    expect(await call('export.bundle', { ref: json.ref, bundle: BUNDLE_TEXT })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });
  });

  it('binds a bundle save answer to JSON and a bundle file answer to reading it, once each', async () => {
    answers.saveFile = path.join(dir, 'picked.etom.json');
    const svg = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'map.svg',
      format: 'svg',
    });
    expect(await call('bundle.write', { ref: svg.ref, bundle: BUNDLE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const json = await value<OfferedPath>('dialog.pickSaveFile', {
      suggestedName: 'picked.etom.json',
      format: 'json',
    });
    expect(await value('bundle.write', { ref: json.ref, bundle: BUNDLE })).toMatchObject({
      path: answers.saveFile,
    });
    expect(await call('bundle.write', { ref: json.ref, bundle: BUNDLE })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });
    answers.bundle = answers.saveFile;
    const chosen = await value<OfferedPath>('dialog.pickBundle', {});
    expect(await call('folder.inspect', { ref: chosen.ref })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await value('bundle.read', { ref: chosen.ref })).toMatchObject({
      name: 'picked.etom.json',
      bundle: { name: 'Bundled' },
    });
  });

  it('lets recent entries and the launch folder open as often as needed, until forgotten', async () => {
    await openExisting();
    await openExisting();
    const [entry] = await value<Array<{ path: string; ref: string }>>('recent.list', {});
    expect(entry?.path).toBe(
      (await value<OpenedWorkspace>('workspace.open', { ref: entry?.ref })).path,
    );
    expect(await value('folder.inspect', { ref: entry?.ref })).toMatchObject({ isWorkspace: true });
    expect(await value('recent.list', {})).toEqual([expect.objectContaining({ ref: entry?.ref })]);
    expect(await value('recent.remove', { ref: entry?.ref })).toEqual([]);
    expect(await call('workspace.open', { ref: entry?.ref })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });
    // The launch folder's own reference is a different grant and still opens it.
    expect((await openExisting()).path).toBe(existing);
  });

  it('never lists or makes folders, even for a place it offered: the native dialog does that', async () => {
    await openExisting();
    const [recent] = await value<Array<{ path: string; ref: string }>>('recent.list', {});
    answers.folder = dir;
    const picked = await value<OfferedPath>('dialog.pickFolder', { purpose: 'open' });
    const info = await value<{ startupWorkspace: OfferedPath }>('app.info', {});
    let answered = 0;
    for (const ref of [recent?.ref, picked.ref, info.startupWorkspace.ref]) {
      for (const [name, args] of [
        ['folder.list', { ref }],
        ['folder.create', { ref, name: 'made-by-page' }],
      ] as const) {
        const result = await call(name, args);
        if (result.ok) answered += 1;
        expect(result, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    expect(answered).toBe(0);
    expect(existsSync(path.join(dir, 'made-by-page'))).toBe(false);
    expect(existsSync(path.join(existing, 'made-by-page'))).toBe(false);
    // Refusing them did not spend the dialog's answer: it still opens what it was asked for.
    expect(await call('workspace.open', { ref: picked.ref })).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_WORKSPACE' },
    });
  });

  it('keeps only the newest unused dialog answers', async () => {
    answers.folder = path.join(dir, 'unused');
    const refs: string[] = [];
    for (let i = 0; i < 80; i += 1) {
      refs.push((await value<OfferedPath>('dialog.pickFolder', { purpose: 'open' })).ref!);
    }
    expect(await call('folder.inspect', { ref: refs[0] })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });
    expect(await value('folder.inspect', { ref: refs.at(-1) })).toMatchObject({ exists: false });
    expect(await readdir(dir)).not.toContain('unused');
  });
});

describe('G.32: compare with a folder', () => {
  it('reads the folder an open dialog answered, once, and writes nothing', async () => {
    answers.folder = existing;
    const picked = await value<OfferedPath>('dialog.pickFolder', { purpose: 'open' });
    const before = await readdir(existing, { recursive: true });
    const side = await value<{ label: string; document: { diagrams: unknown[] } }>(
      'compare.loadFolder',
      { ref: picked.ref },
    );
    expect(side.document.diagrams.length).toBeGreaterThan(0);
    expect(await readdir(existing, { recursive: true })).toEqual(before);
    expect(await call('compare.loadFolder', { ref: picked.ref })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_HANDLE' },
    });
  });
});
