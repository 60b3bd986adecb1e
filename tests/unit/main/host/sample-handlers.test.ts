import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/host/dispatch';
import { createHostHandlers, type HostServices } from '../../../../main/host/host-handlers';
import { createSampleHandlers } from '../../../../main/host/sample-handlers';
import { readWorkspace } from '../../../../main/services/workspace/workspace-reader';
import type { OpenedWorkspace } from '../../../../shared/ipc/methods/workspace-methods';
import { fileText } from '../../../../shared/model/file-text';
import { makeTempDir } from '../../../fixtures/workspace-builder';

const SAMPLE = path.resolve(import.meta.dirname, '../../../../assets/sample-workspace');

/** Every file of a folder, by relative path, with its hash: what "unchanged" means. */
async function fingerprint(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(root, full)] = createHash('sha256')
      .update(await readFile(full))
      .digest('hex');
  }
  return out;
}

let dir: string;
let cleanup: () => Promise<void>;
let services: HostServices;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-sample-host-'));
  services = createHostHandlers({
    appDataDir: path.join(dir, 'app-data'),
    host: 'browser',
    version: '0',
  });
});
afterEach(async () => {
  await services.dispose();
  await cleanup();
});

describe('the sample workspace from the welcome screen', () => {
  it('copies the shipped sample to the named folder and opens the copy; the shipped one is untouched', async () => {
    const before = await fingerprint(SAMPLE);
    const target = path.join(dir, 'My sample');
    const opened = await dispatch(services.handlers, 'sample.open', { path: target });
    if (!opened.ok) throw new Error(opened.error.message);
    const value = opened.value as OpenedWorkspace;
    expect(value.path).toBe(target);
    expect(value.readOnly).toBeNull();
    const shipped = (await readWorkspace(SAMPLE)).document;
    const copy = (await readWorkspace(target)).document;
    for (const kind of ['workspace', 'processes', 'mappings', 'scope'] as const) {
      expect(fileText(kind, copy[kind] as never)).toBe(fileText(kind, shipped[kind] as never));
    }
    expect(copy.diagrams.map((d) => d.id).sort()).toEqual(shipped.diagrams.map((d) => d.id).sort());

    // Editing and saving the copy leaves the shipped files as they were.
    const edited = {
      ...value.document,
      workspace: { ...value.document.workspace, name: 'Renamed copy' },
    };
    const saved = await dispatch(services.handlers, 'workspace.save', {
      handle: value.handle,
      document: edited,
    });
    expect(saved.ok).toBe(true);
    expect(await fingerprint(SAMPLE)).toEqual(before);
  });

  it('refuses a folder that has files in it, and writes nothing there', async () => {
    const target = path.join(dir, 'busy');
    await mkdir(target);
    await writeFile(path.join(target, 'notes.txt'), 'mine');
    const result = await dispatch(services.handlers, 'sample.open', { path: target });
    expect(result.ok).toBe(false);
    expect(await readdir(target)).toEqual(['notes.txt']);
  });

  it('describes the sample and suggests a new folder under Documents, never one that exists', async () => {
    const home = path.join(dir, 'home');
    await mkdir(path.join(home, 'Documents', 'Kestrel Telecom (sample)'), { recursive: true });
    const handlers = createSampleHandlers(
      SAMPLE,
      // sample.info never touches the store.
      undefined as never,
      undefined,
      home,
    );
    const info = await handlers['sample.info']({});
    expect(info).toMatchObject({ name: 'Kestrel Telecom (sample)', processes: 40, diagrams: 3 });
    expect(info.mappings).toBeGreaterThan(30);
    expect(info.suggestedFolder).toBe(path.join(home, 'Documents', 'Kestrel Telecom (sample) 2'));
  });
});
