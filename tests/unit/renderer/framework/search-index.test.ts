import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { frameworkSearchSteps } from '../../../../shared/etom/search';
import type { IdleScheduler } from '../../../../renderer/framework/idle-steps';
import { searchFor, warmUpSearch } from '../../../../renderer/framework/search-index';

const gb921 = getBuiltInCatalogue('gb921-v25.5')!;

/** A fresh catalogue object over GB921's pack, so that no other test's index is reused. */
const freshCatalogue = () => createCatalogue({ ...gb921.pack, processes: [...gb921.processes] });

/** An idle scheduler the test drives: each `runNext` gives one slice with no time left. */
function manualIdle() {
  const queue: Array<() => void> = [];
  const scheduler: IdleScheduler = (work) => {
    const run = () => work({ timeRemaining: () => 0 });
    queue.push(run);
    return () => queue.splice(queue.indexOf(run) >>> 0, 1);
  };
  return { scheduler, queue, runNext: () => queue.shift()?.() };
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

  it('warms up one step per idle slice, then hands the finished index to searchFor', () => {
    const catalogue = freshCatalogue();
    const idle = manualIdle();
    warmUpSearch(catalogue, idle.scheduler);
    let slices = 0;
    while (idle.queue.length > 0) {
      idle.runNext();
      slices += 1;
    }
    expect(slices).toBeGreaterThan(100);
    const search = searchFor(catalogue);
    expect(searchFor(catalogue)).toBe(search);
    // Warming up a built index schedules nothing.
    warmUpSearch(catalogue, idle.scheduler);
    expect(idle.queue).toHaveLength(0);
  });

  it('finishes a half-built index when a search comes first, and the warm-up then stops', () => {
    const catalogue = freshCatalogue();
    const idle = manualIdle();
    warmUpSearch(catalogue, idle.scheduler);
    for (let i = 0; i < 20; i += 1) idle.runNext();
    const search = searchFor(catalogue);
    expect(search.search('1.3.3', { limit: 1 })[0]?.id).toBe('1.3.3');
    idle.runNext();
    expect(idle.queue).toHaveLength(0);
    expect(searchFor(catalogue)).toBe(search);
  });

  it('stops when cancelled, and a later search still builds the whole index', () => {
    const catalogue = freshCatalogue();
    const idle = manualIdle();
    const stop = warmUpSearch(catalogue, idle.scheduler);
    idle.runNext();
    stop();
    expect(idle.queue).toHaveLength(0);
    expect(searchFor(catalogue).search('billing', { limit: 5 }).length).toBeGreaterThan(0);
  });
});
