import { HostFailure } from '../../../shared/ipc/errors';
import type { ExportProgress, ExportStep } from '../../../shared/ipc/methods/export-methods';

/** What a long export tells the outside world, and how it learns it must stop. */
export interface ExportJob {
  /** Says what the export does now: `step`, `done` of `total` (pages, pictures). */
  report(step: ExportStep, done?: number, total?: number): void;
  /**
   * Lets other work run first (a progress poll, a cancel: drawing a PDF page holds the event
   * loop), then throws CANCELLED if the job was cancelled. Called between steps.
   */
  checkpoint(): Promise<void>;
  /** Throws CANCELLED if the job was cancelled, at once (right before a file is renamed). */
  throwIfCancelled(): void;
}

/** The job of an export nobody follows (the command line, a call without a job id). */
export const NO_JOB: ExportJob = {
  report: () => undefined,
  checkpoint: () => Promise.resolve(),
  throwIfCancelled: () => undefined,
};

/** The failure of a cancelled export, naming the file it did not write. */
export function cancelledFailure(file: string | undefined): HostFailure {
  return new HostFailure({
    code: 'CANCELLED',
    message: 'The export was cancelled; nothing was written.',
    ...(file === undefined ? {} : { file }),
  });
}

interface Entry {
  progress: ExportProgress;
  waiters: Set<() => void>;
}

/** Updates a job's progress and wakes the polls waiting for a change. */
function change(entry: Entry, update: Partial<ExportProgress>): void {
  entry.progress = { ...entry.progress, ...update, revision: entry.progress.revision + 1 };
  for (const wake of entry.waiters) wake();
  entry.waiters.clear();
}

/** Cancels remembered for jobs whose request has not arrived yet (a cancel can overtake it). */
const EARLY_CANCELS_KEPT = 100;

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The long exports running now, by the job id the renderer gave them: their progress, handed
 * out by a short long poll, and their cancel flag, which the export checks between steps.
 */
export class ExportJobs {
  private readonly running = new Map<string, Entry>();
  private readonly cancelledEarly = new Set<string>();

  /**
   * Runs `work` as job `jobId` (untracked without one). A job id already running is refused;
   * one cancelled before it arrived fails CANCELLED before any work.
   */
  async run<T>(
    jobId: string | undefined,
    file: string | undefined,
    work: (job: ExportJob) => Promise<T>,
  ): Promise<T> {
    if (jobId === undefined) return work(NO_JOB);
    if (this.running.has(jobId)) {
      throw new HostFailure({
        code: 'ALREADY_EXISTS',
        message: `An export with job id ${jobId} is already running.`,
      });
    }
    if (this.cancelledEarly.delete(jobId)) throw cancelledFailure(file);
    const entry: Entry = {
      progress: { jobId, revision: 1, status: 'running', done: 0, total: 0, cancelling: false },
      waiters: new Set(),
    };
    this.running.set(jobId, entry);
    const throwIfCancelled = () => {
      if (entry.progress.cancelling) throw cancelledFailure(file);
    };
    const job: ExportJob = {
      report: (step, done = 0, total = 0) => change(entry, { step, done, total }),
      checkpoint: async () => {
        await yieldToEvents();
        throwIfCancelled();
      },
      throwIfCancelled,
    };
    try {
      return await work(job);
    } finally {
      this.running.delete(jobId);
      change(entry, { status: 'finished' });
    }
  }

  /** Asks job `jobId` to stop at its next step; true when it was running. */
  cancel(jobId: string): boolean {
    const entry = this.running.get(jobId);
    if (entry === undefined) {
      this.cancelledEarly.add(jobId);
      if (this.cancelledEarly.size > EARLY_CANCELS_KEPT) {
        const oldest = this.cancelledEarly.values().next().value;
        if (oldest !== undefined) this.cancelledEarly.delete(oldest);
      }
      return false;
    }
    if (!entry.progress.cancelling) change(entry, { cancelling: true });
    return true;
  }

  /**
   * Job `jobId`'s progress: at once when its revision is past `seen` (or `waitMs` is 0), else
   * at its next change or after `waitMs`. A job not running answers `unknown`.
   */
  async poll(jobId: string, seen: number, waitMs: number): Promise<ExportProgress> {
    const entry = this.running.get(jobId);
    if (entry === undefined) {
      return { jobId, revision: 0, status: 'unknown', done: 0, total: 0, cancelling: false };
    }
    if (entry.progress.revision <= seen && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          entry.waiters.delete(wake);
          resolve();
        }, waitMs);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        entry.waiters.add(wake);
      });
    }
    return entry.progress;
  }
}
