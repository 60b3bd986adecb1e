import type { BuildSteps } from '../../shared/mapping/suggest/build-steps';

/** Runs `work` when the page is next idle; returns what cancels it. */
export type IdleScheduler = (work: () => void) => () => void;

/** Runs `work` in a task of its own, after the input and rendering due; returns a cancel. */
export type TaskScheduler = (work: () => void) => () => void;

/** The browser's requestIdleCallback as an IdleScheduler. */
export const browserIdle: IdleScheduler = (work) => {
  const handle = requestIdleCallback(() => work());
  return () => cancelIdleCallback(handle);
};

/** The Prioritized Task Scheduling API (Chromium has it; not every DOM typing knows it). */
interface PostTask {
  postTask(
    work: () => void,
    options: { priority: 'background' | 'user-blocking'; signal: AbortSignal },
  ): Promise<unknown>;
}

/**
 * A task at `priority` of the Prioritized Task Scheduling API. Without `scheduler.postTask`, a
 * MessageChannel task (a timer would wait at least 4 ms once nested).
 */
function taskAt(priority: 'background' | 'user-blocking'): TaskScheduler {
  return (work) => {
    const scheduler = (globalThis as { scheduler?: PostTask }).scheduler;
    if (scheduler !== undefined) {
      const abort = new AbortController();
      scheduler.postTask(work, { priority, signal: abort.signal }).catch(() => undefined);
      return () => abort.abort();
    }
    const channel = new MessageChannel();
    let live = true;
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (live) work();
    };
    channel.port2.postMessage(null);
    return () => {
      live = false;
      channel.port1.close();
    };
  };
}

/**
 * A task at background priority: it runs when the page has nothing else to do, after any
 * input and frame due.
 */
export const backgroundTask: TaskScheduler = taskAt('background');

/**
 * A task ahead of every other task waiting (timers, messages, background work). Posted from an
 * animation frame callback, it runs as soon as that frame is painted.
 */
export const urgentTask: TaskScheduler = taskAt('user-blocking');

/**
 * Most milliseconds of work in one task. Run whole idle periods at a time (up to 50 ms), the
 * framework index held up a keystroke typed meanwhile by up to 50 ms; now by a few at most.
 */
const SLICE_MS = 4;

/**
 * Runs a build (BuildSteps) once the page is idle, SLICE_MS at a time, each slice a task of
 * its own at background priority (input and frames go first), so that the build never holds
 * up a keystroke or a frame for long yet is done soon (waiting for an idle period before each
 * slice, the company index of 5,000 processes took seconds to build on a busy page). Each
 * slice asks `current` for the steps to go on with: undefined stops the run (someone else
 * finished the build meanwhile). `done` gets the result. Returns what stops the run (the steps
 * taken stay taken).
 */
export function runWhenIdle<T>(
  current: () => BuildSteps<T> | undefined,
  done: (value: T) => void,
  whenIdle: IdleScheduler = browserIdle,
  nextTask: TaskScheduler = backgroundTask,
): () => void {
  let cancel = (): void => undefined;
  const slice = (): void => {
    const steps = current();
    if (steps === undefined) return;
    const start = performance.now();
    do {
      const step = steps.next();
      if (step.done === true) {
        done(step.value);
        return;
      }
    } while (performance.now() - start < SLICE_MS);
    cancel = nextTask(slice);
  };
  cancel = whenIdle(slice);
  return () => cancel();
}
