import type { ReadJob, ReadOutcome } from './read-job';
import type { ValuePart } from './value-parts';

/** The main thread to the read worker: a job, or "part taken, send the next". */
export type ToReadWorker = { type: 'job'; job: ReadJob } | { type: 'ack' };

/**
 * The read worker to the main thread: a part of the value (the worker then waits for an ack),
 * then the outcome. A valid file's outcome carries neither value nor text: they came in parts.
 */
export type FromReadWorker =
  { type: 'part'; part: ValuePart } | { type: 'outcome'; outcome: ReadOutcome };
