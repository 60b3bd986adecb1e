import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundleFile, writeBundleFile } from '../../../../../main/services/bundle/bundle-file';
import { buildBundle } from '../../../../../shared/bundle/build-bundle';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { buildDocument, makeTempDir } from '../../../../fixtures/workspace-builder';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-bundle-file-'));
});
afterEach(async () => {
  await cleanup();
});

/** The HostFailure a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<HostFailure['error']> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostFailure);
  return (error as HostFailure).error;
}

describe('bundle files in main', () => {
  it('writes a bundle that reads back equal, and keeps an existing file unless asked', async () => {
    const document = buildDocument({ processes: 5, diagrams: 2, nodesPerDiagram: 5 });
    const bundle = buildBundle(document, ['diagram-1']);
    const file = path.join(dir, 'one.etom.json');
    const bytes = await writeBundleFile(file, bundle);
    expect(bytes).toBe((await readFile(file)).length);
    expect(await readBundleFile(file)).toEqual(bundle);
    expect(await failure(writeBundleFile(file, bundle))).toMatchObject({ code: 'ALREADY_EXISTS' });
    await writeBundleFile(file, buildBundle(document, []), true);
    expect((await readBundleFile(file)).diagrams).toEqual([]);
  });

  it('refuses to write what would not read back, and writes nothing', async () => {
    const bundle = buildBundle(buildDocument({ diagrams: 1 }), ['diagram-1']);
    const broken = { ...bundle, diagrams: [{ ...bundle.diagrams[0], nodes: 'none' }] };
    const file = path.join(dir, 'broken.etom.json');
    const error = await failure(writeBundleFile(file, broken));
    expect(error.message).toContain('broken.etom.json');
    expect(error.message).toContain('diagrams[0]');
    expect(existsSync(file)).toBe(false);
  });

  it('names the file and the place of a foreign or broken bundle it reads', async () => {
    const foreign = path.join(dir, 'foreign.etom.json');
    await writeFile(foreign, JSON.stringify({ format: 'something-else', schemaVersion: 1 }));
    const notOurs = await failure(readBundleFile(foreign));
    expect(notOurs.message).toMatch(/^foreign\.etom\.json, format/);
    const cut = path.join(dir, 'cut.etom.json');
    await writeFile(cut, '{\n  "format": "etom-studio.bundle",');
    expect((await failure(readBundleFile(cut))).message).toMatch(/^cut\.etom\.json, line \d+/);
    expect(await failure(readBundleFile(path.join(dir, 'none.etom.json')))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
