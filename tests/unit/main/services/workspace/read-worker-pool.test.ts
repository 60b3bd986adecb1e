import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../../../../shared/codecs/canonical-json';
import { INLINE_MAX_BYTES, readJsonFile } from '../../../../../main/services/workspace/json-file';
import { runReadJob, type ReadJob } from '../../../../../main/services/workspace/read-job';
import { ReadWorkerPool } from '../../../../../main/services/workspace/read-worker-pool';
import { buildDiagram, makeTempDir } from '../../../../fixtures/workspace-builder';

/*
 * The read worker, from source (esbuild bundles it for the tests as tsx runs the rest): a
 * large file read there gives exactly what reading it here gives, value, canonical text and
 * hash, having crossed back in parts; a worker that runs out of memory is a refusal, not a
 * crash of the process.
 */
let dir: string;
let cleanup: () => Promise<void>;
const pool = new ReadWorkerPool({ idleMs: 200 });
let bigDiagram: ReadJob;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-worker-'));
  const diagram = buildDiagram('big', 6_000);
  bigDiagram = {
    kind: 'diagram',
    path: path.join(dir, 'big.json'),
    file: 'diagrams/big.json',
    maxBytes: 50 * 1024 * 1024,
  };
  await writeFile(bigDiagram.path, toCanonicalJson(diagram));
});
afterAll(async () => {
  await pool.stop();
  await cleanup();
});

describe('the read worker', () => {
  it('reads a large file as this thread does, in parts', { timeout: 60_000 }, async () => {
    const inline = await runReadJob(bigDiagram);
    const inWorker = await readJsonFile(bigDiagram, pool);
    expect(inline.ok).toBe(true);
    expect(inWorker).toEqual(inline);
    if (inWorker.ok !== true) throw new Error('not read');
    expect(inWorker.text?.length).toBeGreaterThan(INLINE_MAX_BYTES);
  });

  it(
    'runs jobs one after another and refuses as this thread does',
    { timeout: 60_000 },
    async () => {
      const broken = { ...bigDiagram, path: path.join(dir, 'broken.json') };
      const text = toCanonicalJson(buildDiagram('big', 6_000));
      await writeFile(broken.path, `${text.slice(0, -2)},"nodes":[]}`);
      const missing = { ...bigDiagram, path: path.join(dir, 'none.json') };
      const results = await Promise.all([
        pool.run(bigDiagram),
        pool.run(broken),
        pool.run(missing),
      ]);
      expect(results[0]?.ok).toBe(true);
      expect(results[1]).toMatchObject({
        ok: false,
        error: { code: 'PARSE_ERROR', file: 'diagrams/big.json', jsonPath: 'nodes' },
      });
      expect(results[1]).toEqual(await runReadJob(broken));
      expect(results[2]).toEqual({ ok: null, missing: true });
    },
  );

  it(
    'turns a worker out of memory into a refusal, and starts afresh',
    { timeout: 60_000 },
    async () => {
      const small = new ReadWorkerPool({ maxHeapMb: 24, idleMs: 100 });
      try {
        const huge = { ...bigDiagram, path: path.join(dir, 'huge.json') };
        await writeFile(huge.path, toCanonicalJson(buildDiagram('huge', 20_000)));
        expect(await small.run(huge)).toMatchObject({
          ok: false,
          error: { code: 'TOO_LARGE', file: 'diagrams/big.json' },
        });
        expect((await new ReadWorkerPool().run(bigDiagram)).ok).toBe(true);
      } finally {
        await small.stop();
      }
    },
  );
});
