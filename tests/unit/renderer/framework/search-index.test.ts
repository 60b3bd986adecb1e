import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { frameworkSearchSteps } from '../../../../shared/etom/search';
import type { IdleScheduler, TaskScheduler } from '../../../../renderer/framework/idle-steps';
import { searchFor, warmUpSearch } from '../../../../renderer/framework/search-index';

const gb921 = getBuiltInCatalogue('gb921-v25.5')!;

/** A fresh catalogue object over GB921's pack, so that no other test's index is reused. */
const freshCatalogue = () => createCatalogue({ ...gb921.pack, processes: [...gb921.processes] });

/** Idle callbacks and background tasks the test drives, in one queue, one slice each. */
function manualIdle() {
  const queue: Array<() => void> = [];
  const add = (run: () => void) => {
    queue.push(run);
    return () => void queue.splice(queue.indexOf(run) >>> 0, 1);
  };
  const scheduler: IdleScheduler = add;
  const tasks: TaskScheduler = add;
  return { scheduler, tasks, queue, runNext: () => queue.shift()?.() };
}

describe('the framework search built in idle slices', () => {
  it('pauses many times over GB921 and ends with the same hits as a build at once', () => {
    const steps = frameworkSearchSteps([freshCatalogue()]);
    let pauses = 0;
    let step = steps.next();
    while (step.done !== true) {
      pauses += 1;
      step = steps.next();
    }
    // 2,901 processes at 64 per pause, over three passes: far more than a handful of tasks.
    expect(pauses).toBeGreaterThan(100);
    const atOnce = searchFor(freshCatalogue());
    const query = (search: typeof atOnce) =>
      search.search('order handling', { limit: 10 }).map((hit) => hit.id);
    expect(query(step.value)).toEqual(query(atOnce));
    expect(query(step.value)).toContain('1.3.3');
  });

  it('warms up a slice at a time, then hands the finished index to searchFor', () => {
    const catalogue = freshCatalogue();
    const idle = manualIdle();
    warmUpSearch(catalogue, idle.scheduler, idle.tasks);
    let slices = 0;
    while (idle.queue.length > 0) {
      idle.runNext();
      slices += 1;
    }
    // A few milliseconds of work per slice: GB921 takes hundreds of milliseconds to index.
    expect(slices).toBeGreaterThan(2);
    const search = searchFor(catalogue);
    expect(searchFor(catalogue)).toBe(search);
    // Warming up a built index schedules nothing.
    warmUpSearch(catalogue, idle.scheduler, idle.tasks);
    expect(idle.queue).toHaveLength(0);
  });

  it('finishes a half-built index when a search comes first, and the warm-up then stops', () => {
    const catalogue = freshCatalogue();
    const idle = manualIdle();
    warmUpSearch(catalogue, idle.scheduler, idle.tasks);
    for (let i = 0; i < 2; i += 1) idle.runNext();
    const search = searchFor(catalogue);
    expect(search.search('1.3.3', { limit: 1 })[0]?.id).toBe('1.3.3');
    idle.runNext();
    expect(idle.queue).toHaveLength(0);
    expect(searchFor(catalogue)).toBe(search);
  });

  it('stops when cancelled, and a later search still builds the whole index', () => {
    const catalogue = freshCatalogue();
    const idle = manualIdle();
    const stop = warmUpSearch(catalogue, idle.scheduler, idle.tasks);
    idle.runNext();
    stop();
    expect(idle.queue).toHaveLength(0);
    expect(searchFor(catalogue).search('billing', { limit: 5 }).length).toBeGreaterThan(0);
  });
});
