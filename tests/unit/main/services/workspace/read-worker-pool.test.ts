import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INLINE_MAX_BYTES, readJsonFile } from '../../../../../main/services/workspace/json-file';
import { runReadJob, type ReadJob } from '../../../../../main/services/workspace/read-job';
import { ReadWorkerPool } from '../../../../../main/services/workspace/read-worker-pool';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { writeDiagram } from '../../../../support/big-json';

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

/** Runs `body` with a pool of its own, stopped afterwards whatever happens. */
async function withPool(
  options: ConstructorParameters<typeof ReadWorkerPool>[0],
  body: (pool: ReadWorkerPool) => Promise<void>,
): Promise<void> {
  const own = new ReadWorkerPool(options);
  try {
    await body(own);
  } finally {
    await own.stop();
  }
}

/** Whether `of` has a worker, polled until it is as expected. */
const workerSoon = (of: ReadWorkerPool) => expect.poll(() => of.hasWorker, { timeout: 30_000 });

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-worker-'));
  bigDiagram = {
    kind: 'diagram',
    path: path.join(dir, 'big.json'),
    file: 'diagrams/big.json',
    maxBytes: 50 * 1024 * 1024,
  };
  // Past INLINE_MAX_BYTES, and more parts than one.
  await writeDiagram(bigDiagram.path, 'big', 1_500, 1_000);
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
      // The same diagram with a second "nodes" key at its end.
      const text = (await readFile(bigDiagram.path, 'utf8')).trimEnd();
      await writeFile(broken.path, `${text.slice(0, -1)},"nodes":[]}`);
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

  it('starts a worker ahead of jobs when warmed, and stops it unused', { timeout: 60_000 }, () =>
    withPool({ idleMs: 100, warmMs: 400 }, async (warmed) => {
      expect(warmed.hasWorker).toBe(false);
      warmed.warm();
      await workerSoon(warmed).toBe(true);
      // Unused, it stops after warmMs.
      await workerSoon(warmed).toBe(false);
      // Warmed again, the job it was warmed for runs in it as in a worker started for it.
      warmed.warm();
      await workerSoon(warmed).toBe(true);
      expect(await warmed.run(bigDiagram)).toEqual(await runReadJob(bigDiagram));
      await workerSoon(warmed).toBe(false);
    }),
  );

  it('turns a worker out of memory into a refusal, and starts afresh', { timeout: 60_000 }, () =>
    withPool({ maxHeapMb: 24, idleMs: 100 }, async (small) => {
      const huge = { ...bigDiagram, path: path.join(dir, 'huge.json') };
      await writeDiagram(huge.path, 'huge', 20_000, 400);
      expect(await small.run(huge)).toMatchObject({
        ok: false,
        error: { code: 'TOO_LARGE', file: 'diagrams/big.json' },
      });
      // The next job gets a new worker.
      const tiny = { ...bigDiagram, path: path.join(dir, 'tiny.json') };
      await writeDiagram(tiny.path, 'tiny', 3, 10);
      expect(await small.run(tiny)).toEqual(await runReadJob(tiny));
    }),
  );
});
