import type * as fsPromises from 'node:fs/promises';
import { realpath, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCanonicalJson } from '../../../../../shared/codecs/canonical-json';
import type { OpenedWorkspace } from '../../../../../shared/ipc/methods/workspace-methods';
import {
  createWorkspaceHandlers,
  type WorkspaceServices,
} from '../../../../../main/host/workspace-handlers';
import {
  buildDiagram,
  buildDocument,
  makeTempDir,
  writeWorkspaceFiles,
} from '../../../../fixtures/workspace-builder';

// Fault injection at the fs seam: while `fault.inside` names a folder, stat() of any path in it
// throws at once instead of rejecting, so the failure escapes the watcher's own error handling
// the way a programming error would (the host once died on "reading 'get'" inside a check).
const fault = vi.hoisted(() => ({ inside: null as string | null, hits: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  const stat = ((target: Parameters<typeof real.stat>[0], options?: { bigint?: boolean }) => {
    if (fault.inside !== null && String(target).startsWith(fault.inside)) {
      fault.hits += 1;
      throw new TypeError("Cannot read properties of undefined (reading 'get')");
    }
    return real.stat(target, options);
  }) as typeof real.stat;
  return { ...real, stat, default: { ...real, stat } };
});

let root: string;
let cleanup: () => Promise<void>;
let services: WorkspaceServices;
let opened: OpenedWorkspace;
let warnings: string[];
let unhandled: unknown[];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeEach(async () => {
  const temp = await makeTempDir('etom-watch-fault-');
  cleanup = temp.cleanup;
  const base = await realpath(temp.dir);
  root = path.join(base, 'ws');
  await writeWorkspaceFiles(root, buildDocument({ name: 'Acme Telco', diagrams: 1 }));
  services = createWorkspaceHandlers({
    appDataDir: path.join(base, 'app-data'),
    store: { log: () => undefined },
  });
  opened = await services.handlers['workspace.open']({ path: root });
  warnings = [];
  unhandled = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    warnings.push(String(message));
  });
  process.on('unhandledRejection', onUnhandled);
});

afterEach(async () => {
  fault.inside = null;
  process.off('unhandledRejection', onUnhandled);
  vi.restoreAllMocks();
  await services.dispose();
  await cleanup();
});

/** Every file reported changed, polling until `expected` are all in or 4 polls came back. */
async function reportedFiles(expected: ReadonlyArray<string>): Promise<string[]> {
  const files = new Set<string>();
  for (let i = 0; i < 4 && !expected.every((file) => files.has(file)); i += 1) {
    const changes = await services.handlers['workspace.pollChanges']({ waitMs: 2_000 });
    for (const change of changes) {
      expect(change.handle).toBe(opened.handle);
      change.files.forEach((file) => files.add(file));
    }
  }
  return [...files].sort();
}

describe('workspace watcher, when a check fails', () => {
  it('logs the failure naming the workspace, keeps running and reports later changes', async () => {
    fault.inside = root;
    await writeFile(
      path.join(root, 'mappings.json'),
      `${toCanonicalJson(opened.document.mappings)} `,
    );
    await expect.poll(() => warnings.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(fault.hits).toBeGreaterThan(0);
    expect(warnings[0]).toContain('Could not check workspace "Acme Telco"');
    expect(warnings[0]).toContain(root);
    expect(warnings[0]).toContain("reading 'get'");

    // The fault clears; the next outside change is reported, with the one the failed check missed.
    fault.inside = null;
    await writeFile(
      path.join(root, 'diagrams', 'added.json'),
      toCanonicalJson(buildDiagram('added', 1)),
    );
    const expected = ['diagrams/added.json', 'mappings.json'];
    expect(await reportedFiles(expected)).toEqual(expected);
    expect(unhandled).toEqual([]);
  });
});
