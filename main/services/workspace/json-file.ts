import { HostFailure } from '../../../shared/ipc/errors';
import { regularFileSize } from './read-limited';
import { runReadJob, type ReadJob, type ReadOutcome } from './read-job';
import { readWorkerPool, type ReadWorkerPool } from './read-worker-pool';

/**
 * Files up to this size are read on the calling thread: a worker costs more to start than
 * such a file costs to parse. Half a megabyte of the densest file (a diagram of some 2,000
 * nodes) blocks for about 50 ms on a slow, loaded machine; a megabyte, about 200 ms.
 */
export const INLINE_MAX_BYTES = 512 * 1024;

/**
 * Reads, checks, parses and validates one JSON file (see read-job.ts): small files here,
 * large ones in the read worker, so the calling thread never blocks on a large file. What is
 * not a regular file, or is past the size limit, is refused by its metadata before any read.
 */
export async function readJsonFile(
  job: ReadJob,
  pool: ReadWorkerPool = readWorkerPool,
): Promise<ReadOutcome> {
  let size: number | null;
  try {
    size = await regularFileSize(job.path, job.file, job.maxBytes);
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    return { ok: false, error: error.error, hash: null };
  }
  if (size === null) return { ok: null, missing: true };
  return size <= INLINE_MAX_BYTES ? runReadJob(job) : pool.run(job);
}
