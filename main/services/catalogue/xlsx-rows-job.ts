import { createHash } from 'node:crypto';
import { HostFailure } from '../../../shared/ipc/errors';
import type { ReadOutcome } from '../workspace/read-job';
import { readFileLimited } from '../workspace/read-limited';
import { readXlsxRows } from './xlsx-table';

/**
 * Reading an XLSX table's rows, as a job of the read worker (read-worker-pool.ts): ExcelJS
 * holds a whole workbook in memory and parses it in one go (about 2 s and 1 GB for 50,000
 * rows of ten columns), which must neither stall the thread that answers the app nor, for a
 * hostile file that got past every check, take the process down: the worker's heap is capped.
 */
export interface XlsxRowsJob {
  kind: 'xlsx-rows';
  /** The absolute path to read. */
  path: string;
  /** How errors name the file. */
  file: string;
  /** The largest file read at all. */
  maxBytes: number;
}

/** Runs the job: the first sheet's rows of text, or why not. Never throws. */
export async function runXlsxRowsJob(job: XlsxRowsJob): Promise<ReadOutcome> {
  let hash: string | null = null;
  try {
    const bytes = await readFileLimited(job.path, job.file, job.maxBytes);
    if (bytes === null) return { ok: null, missing: true };
    hash = createHash('sha256').update(bytes).digest('hex');
    const rows = await readXlsxRows(bytes, job.file);
    return { ok: true, value: rows, version: null, newer: false, hash, text: null };
  } catch (error) {
    if (error instanceof HostFailure) return { ok: false, error: error.error, hash };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `${job.file}: ${reason}`, file: job.file },
      hash,
    };
  }
}
