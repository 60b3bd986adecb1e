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

/** Schedulers the test drives: idle periods with `remaining` ms left, and plain tasks. */
function manual(remaining: number) {
  const queue: Array<{ kind: 'idle' | 'task'; run: () => void }> = [];
  const whenIdle: IdleScheduler = (work) => {
    const entry = { kind: 'idle' as const, run: () => work({ timeRemaining: () => remaining }) };
    queue.push(entry);
    return () => queue.splice(queue.indexOf(entry) >>> 0, 1);
  };
  const nextTask: TaskScheduler = (work) => {
    const entry = { kind: 'task' as const, run: work };
    queue.push(entry);
    return () => queue.splice(queue.indexOf(entry) >>> 0, 1);
  };
  return { whenIdle, nextTask, queue };
}

describe('a build run while the page is idle', () => {
  it('works a few milliseconds per task even in a long idle period, then goes on in a task of its own', () => {
    const log: number[] = [];
    const steps = build(30, log);
    const { whenIdle, nextTask, queue } = manual(45);
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
    // 30 steps of 2 ms: one idle period of 45 ms left took them all in one task before.
    expect(Math.max(...perTask)).toBeLessThanOrEqual(10);
    expect(perTask.length).toBeGreaterThan(3);
    expect(kinds[0]).toBe('idle');
    expect(kinds.slice(1)).not.toContain('idle');
  });

  it('waits for the next idle period when this one is over, and stops when cancelled', () => {
    const log: number[] = [];
    const steps = build(10, log);
    const { whenIdle, nextTask, queue } = manual(0);
    const stop = runWhenIdle(
      () => steps,
      () => undefined,
      whenIdle,
      nextTask,
    );
    queue.shift()?.run();
    expect(queue.map((entry) => entry.kind)).toEqual(['idle']);
    expect(log).toEqual([0]);
    stop();
    expect(queue).toHaveLength(0);
  });
});
