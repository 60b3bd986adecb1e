import { describe, expect, it } from 'vitest';
import {
  runWhenIdle,
  type IdleScheduler,
  type TaskScheduler,
} from '../../../../renderer/framework/idle-steps';
import type { BuildSteps } from '../../../../shared/mapping/suggest/build-steps';

/** Busy for `ms` milliseconds, as a step of a real build is. */
function busy(ms: number): void {
  const start = performance.now();
  while (performance.now() - start < ms) {
    // working
  }
}

/** A build of `count` steps of 2 ms each; `log` gets the number of each step taken. */
function* build(count: number, log: number[]): BuildSteps<string> {
  for (let i = 0; i < count; i += 1) {
    busy(2);
    log.push(i);
    yield;
  }
  return 'built';
}

/** Schedulers the test drives, one queue for both: idle callbacks and background tasks. */
function manual() {
  const queue: Array<{ kind: 'idle' | 'task'; run: () => void }> = [];
  const add = (kind: 'idle' | 'task', run: () => void) => {
    const entry = { kind, run };
    queue.push(entry);
    return () => void queue.splice(queue.indexOf(entry) >>> 0, 1);
  };
  const whenIdle: IdleScheduler = (work) => add('idle', work);
  const nextTask: TaskScheduler = (work) => add('task', work);
  return { whenIdle, nextTask, queue };
}

describe('a build run once the page is idle', () => {
  it('starts when idle, works a few milliseconds per task, and goes on in tasks of its own', () => {
    const log: number[] = [];
    const steps = build(30, log);
    const { whenIdle, nextTask, queue } = manual();
    let result: string | undefined;
    runWhenIdle(
      () => steps,
      (value) => (result = value),
      whenIdle,
      nextTask,
    );
    const perTask: number[] = [];
    const kinds: string[] = [];
    for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) {
      const before = log.length;
      kinds.push(entry.kind);
      entry.run();
      perTask.push(log.length - before);
    }
    expect(result).toBe('built');
    expect(log).toHaveLength(30);
    // 30 steps of 2 ms: a whole idle period (up to 50 ms) took them all in one task before.
    expect(Math.max(...perTask)).toBeLessThanOrEqual(10);
    expect(perTask.length).toBeGreaterThan(3);
    expect(kinds[0]).toBe('idle');
    expect(kinds.slice(1)).not.toContain('idle');
  });

  it('stops when cancelled, and when someone else finished the build', () => {
    const log: number[] = [];
    const steps = build(10, log);
    const { whenIdle, nextTask, queue } = manual();
    const stop = runWhenIdle(
      () => steps,
      () => undefined,
      whenIdle,
      nextTask,
    );
    queue.shift()?.run();
    expect(queue.map((entry) => entry.kind)).toEqual(['task']);
    stop();
    expect(queue).toHaveLength(0);

    let wanted = true;
    const other = build(10, []);
    runWhenIdle(
      () => (wanted ? other : undefined),
      () => undefined,
      whenIdle,
      nextTask,
    );
    queue.shift()?.run();
    wanted = false;
    queue.shift()?.run();
    expect(queue).toHaveLength(0);
  });
});
