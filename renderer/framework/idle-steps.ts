import type { BuildSteps } from '../../shared/mapping/suggest/build-steps';

/** When the page is idle, how long it has left (`IdleDeadline` of requestIdleCallback). */
export interface IdleTime {
  timeRemaining(): number;
}

/** Runs `work` when the page is next idle; returns what cancels it. */
export type IdleScheduler = (work: (idle: IdleTime) => void) => () => void;

/** Runs `work` in a task of its own soon, after the input and rendering due; returns a cancel. */
export type TaskScheduler = (work: () => void) => () => void;

/** The browser's requestIdleCallback as an IdleScheduler. */
export const browserIdle: IdleScheduler = (work) => {
  const handle = requestIdleCallback(work);
  return () => cancelIdleCallback(handle);
};

/**
 * A task of its own through a MessageChannel: the browser handles pending input and renders
 * a frame that is due before it (a timer would wait at least 4 ms once nested).
 */
export const browserTask: TaskScheduler = (work) => {
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

/**
 * Most milliseconds of work in one task. An idle period lasts up to 50 ms, and a keystroke
 * typed meanwhile waited for the whole of it (the keystroke's frame came 20 to 50 ms late);
 * now it waits for a few milliseconds at most.
 */
const SLICE_MS = 4;
/** Below this many milliseconds of idle time left, the build waits for the next idle period. */
const SLICE_MARGIN_MS = 2;

/**
 * Runs a build (BuildSteps) while the page is idle, SLICE_MS at a time, each slice a task of
 * its own (input and frames go in between), so that the build never holds up a keystroke or
 * a frame for long yet uses the whole idle period. Each slice asks `current` for the steps to
 * go on with: undefined stops the run (someone else finished the build meanwhile). `done`
 * gets the result. Returns what stops the run (the steps taken stay taken).
 */
export function runWhenIdle<T>(
  current: () => BuildSteps<T> | undefined,
  done: (value: T) => void,
  whenIdle: IdleScheduler = browserIdle,
  nextTask: TaskScheduler = browserTask,
): () => void {
  let cancel = (): void => undefined;
  const slice = (idle: IdleTime): void => {
    const steps = current();
    if (steps === undefined) return;
    const start = performance.now();
    do {
      const step = steps.next();
      if (step.done === true) {
        done(step.value);
        return;
      }
    } while (performance.now() - start < SLICE_MS && idle.timeRemaining() > SLICE_MARGIN_MS);
    // Chromium's timeRemaining() is 0 once input is pending or the idle period is over.
    cancel = idle.timeRemaining() > SLICE_MARGIN_MS ? nextTask(() => slice(idle)) : whenIdle(slice);
  };
  cancel = whenIdle(slice);
  return () => cancel();
}
