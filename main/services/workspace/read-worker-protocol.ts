import type { XlsxRowsJob } from '../catalogue/xlsx-rows-job';
import type { WorkbookJob } from '../framework/workbook-job';
import type { ReadJob, ReadOutcome } from './read-job';
import type { ValuePart } from './value-parts';

/**
 * What the read worker runs: a JSON file to read (read-job.ts), an XLSX table's rows, or a
 * licensed GB921 workbook's processes.
 */
export type WorkerJob = ReadJob | XlsxRowsJob | WorkbookJob;

/** The main thread to the read worker: a job, or "part taken, send the next". */
export type ToReadWorker = { type: 'job'; job: WorkerJob } | { type: 'ack' };

/**
 * The read worker to the main thread: a part of the value (the worker then waits for an ack),
 * then the outcome. A valid file's outcome carries neither value nor text: they came in parts.
 */
export type FromReadWorker =
  { type: 'part'; part: ValuePart } | { type: 'outcome'; outcome: ReadOutcome };
