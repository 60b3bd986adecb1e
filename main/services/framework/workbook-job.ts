import {
  readFrameworkWorkbook,
  WorkbookLayoutError,
} from '../../../shared/codecs/framework-workbook';
import { HostFailure } from '../../../shared/ipc/errors';
import { XLSX_BUDGET } from '../catalogue/xlsx-table';
import { checkZipInflation } from '../files/zip-inflation';
import type { ReadOutcome } from '../workspace/read-job';
import { readFileLimited } from '../workspace/read-limited';

/**
 * Reading a licensed GB921 workbook, as a job of the read worker (read-worker-pool.ts), as the
 * process import reads its tables (xlsx-rows-job.ts): ExcelJS holds the whole workbook in
 * memory and parses it in one go, which must neither stall the thread that answers the app
 * nor, for a hostile file that got past the check of what it unpacks to, take it down.
 */
export interface WorkbookJob {
  kind: 'framework-workbook';
  /** The absolute path of the workbook. */
  path: string;
  /** How errors name it (its path). */
  file: string;
  /** Its file name, as the workbook's own messages name it. */
  name: string;
  maxBytes: number;
}

/** A refusal naming the workbook's path. */
const refusal = (
  code: 'SCHEMA_ERROR' | 'TOO_LARGE' | 'INTERNAL',
  message: string,
  file: string,
): ReadOutcome => ({ ok: false, error: { code, message, file }, hash: null });

/** Runs the job: the workbook's processes (WorkbookReadResult), or why not. Never throws. */
export async function runWorkbookJob(job: WorkbookJob): Promise<ReadOutcome> {
  try {
    const bytes = await readFileLimited(job.path, job.file, job.maxBytes);
    if (bytes === null) return { ok: null, missing: true };
    try {
      // What it unpacks to first: ExcelJS loads every sheet of it whole (GB921 v25.5 unpacks
      // to 4 MB; a few hundred kilobytes of repeated rows to gigabytes).
      await checkZipInflation(bytes, job.name, XLSX_BUDGET);
    } catch (error) {
      if (!(error instanceof HostFailure)) throw error;
      // An unreadable workbook is a layout fault here, as ExcelJS's own refusal is below.
      const code = error.error.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'SCHEMA_ERROR';
      return refusal(code, error.error.message, job.file);
    }
    const value = await readFrameworkWorkbook(bytes, job.name);
    return { ok: true, value, version: null, newer: false, hash: '', text: null };
  } catch (error) {
    if (error instanceof WorkbookLayoutError)
      return refusal('SCHEMA_ERROR', error.message, job.file);
    if (error instanceof HostFailure) return { ok: false, error: error.error, hash: null };
    const reason = error instanceof Error ? error.message : String(error);
    return refusal('INTERNAL', `${job.name}: ${reason}`, job.file);
  }
}
