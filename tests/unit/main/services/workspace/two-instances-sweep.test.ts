import { mkdir, realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigures } from '../../../../support/scorecard';
import { makeTempDir, writeWorkspaceFiles } from '../../../../fixtures/workspace-builder';
import { saveLoopDocuments } from '../../../../fixtures/save-loop-documents';
import { startInstance, type StoreInstance } from '../../../../fixtures/store-instance';

/*
 * RELIABILITY I.38, the sweep: one instance saves a ~1 MB file in a loop while a second
 * instance opens and closes the same workspace over and over. The second one's open must never
 * delete the first one's temp file in flight (that failed the save with ENOENT).
 */
const SAVES = 200;
const REOPENS = 60;

let base: string;
let cleanup: () => Promise<void>;
const instances: StoreInstance[] = [];

beforeAll(async () => {
  const temp = await makeTempDir('etom-two-sweep-');
  base = await realpath(temp.dir);
  cleanup = temp.cleanup;
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.kill()));
  await cleanup();
});

describe('the temp sweep of a second instance', () => {
  it(
    `never deletes the first one's temp files in flight (${SAVES} saves)`,
    { timeout: 180_000 },
    async () => {
      const root = path.join(base, 'ws');
      await mkdir(root);
      await writeWorkspaceFiles(root, saveLoopDocuments()[0]);
      const saver = await startInstance(root, path.join(base, 'app-saver'));
      instances.push(saver);
      const opener = await startInstance(root, path.join(base, 'app-opener'));
      instances.push(opener);
      await saver.send('open');

      const started = Date.now();
      const [saves, reopens] = await Promise.all([
        saver.send('saveLoop', { count: SAVES }),
        opener.send('reopenLoop', { count: REOPENS }),
      ]);
      const failures = saves.failures as string[];
      reportFigures('I.38', 'saves of one instance while another re-opens the workspace', {
        saves: SAVES,
        're-opens': REOPENS,
        'saves failed': failures.length,
        'open failures': (reopens.failures as string[]).length,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      });
      expect(failures).toEqual([]);
      expect(reopens.failures).toEqual([]);
    },
  );
});
