import { useCallback, useEffect, useRef, useState } from 'react';
import { newId } from '../../shared/model/ids';
import type { ExportProgress } from '../../shared/ipc/methods/export-methods';
import { host } from '../platform/host';
import type { ExportActivity } from './progress-text';

/** How long one progress poll waits for news (main answers at once when there is some). */
const POLL_WAIT_MS = 1_000;
/** How long to wait before asking again about a job main has not started yet. */
const IDLE_MS = 200;

const sleep = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

/** What the work of a job gets: its id for the host call, and a way to report its own steps. */
export interface JobControl {
  jobId: string;
  /** True once the user cancelled: page-side work stops at its next step. */
  cancelled(): boolean;
  /** Reports a step the page does itself (drawing the diagrams, before main takes over). */
  say(activity: ExportActivity): void;
}

/**
 * One long export at a time: a job id for main, its progress followed by polling
 * `export.progress` (the short long poll both hosts offer) while the work runs, and a cancel
 * that stops the page's own steps and asks main to stop (`export.cancel`).
 */
export function useExportJob() {
  const [activity, setActivity] = useState<ExportActivity | null>(null);
  const current = useRef<{ jobId: string; cancelled: boolean } | null>(null);

  const cancel = useCallback(() => {
    const job = current.current;
    if (job === null || job.cancelled) return;
    job.cancelled = true;
    void host().call('export.cancel', { jobId: job.jobId });
  }, []);

  // A dialog closed mid-export cancels it: nothing is written behind the user's back.
  useEffect(() => cancel, [cancel]);

  const run = useCallback(async <T>(work: (control: JobControl) => Promise<T>): Promise<T> => {
    const job = { jobId: newId<string>('export'), cancelled: false };
    current.current = job;
    let following = true;
    void (async () => {
      let seen = 0;
      while (following) {
        const answer = await host().call('export.progress', {
          jobId: job.jobId,
          seen,
          waitMs: POLL_WAIT_MS,
        });
        if (!following) return;
        // Not in main yet (the page is still drawing) or a failed poll: ask again shortly.
        if (!answer.ok || answer.value.status !== 'running') {
          await sleep(IDLE_MS);
          continue;
        }
        const progress: ExportProgress = answer.value;
        seen = progress.revision;
        if (progress.step !== undefined) {
          setActivity({ step: progress.step, done: progress.done, total: progress.total });
        }
      }
    })();
    try {
      return await work({
        jobId: job.jobId,
        cancelled: () => job.cancelled,
        say: setActivity,
      });
    } finally {
      following = false;
      if (current.current === job) current.current = null;
      setActivity(null);
    }
  }, []);

  return { activity, run, cancel };
}
