import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { frameworkSearchSteps, type FrameworkSearch } from '../../shared/etom/search';
import { finish, type BuildSteps } from '../../shared/mapping/suggest/build-steps';

const built = new WeakMap<FrameworkCatalogue, FrameworkSearch>();
const building = new WeakMap<FrameworkCatalogue, BuildSteps<FrameworkSearch>>();

/**
 * The search index over one pack, kept while the pack is: the one built while idle
 * (`warmUpSearch`), finished at once if it is not complete yet, or built now.
 */
export function searchFor(catalogue: FrameworkCatalogue): FrameworkSearch {
  let search = built.get(catalogue);
  if (search === undefined) {
    search = finish(building.get(catalogue) ?? frameworkSearchSteps([catalogue]));
    building.delete(catalogue);
    built.set(catalogue, search);
  }
  return search;
}

/** When the page is idle, how long it has left (`IdleDeadline` of requestIdleCallback). */
export interface IdleTime {
  timeRemaining(): number;
}

/** Runs `work` when the page is next idle; returns what cancels it. */
export type IdleScheduler = (work: (idle: IdleTime) => void) => () => void;

const browserIdle: IdleScheduler = (work) => {
  const handle = requestIdleCallback(work);
  return () => cancelIdleCallback(handle);
};

/** Below this many milliseconds of idle time left, a slice stops and waits for the next. */
const SLICE_MARGIN_MS = 2;

/**
 * Builds the search over `catalogue` while the page is idle, a few milliseconds at a time, so
 * that opening a workspace never freezes the window for the whole build; a search made
 * before it is done finishes it (`searchFor`). Returns what stops the warm-up (the part built
 * is kept for `searchFor`).
 */
export function warmUpSearch(
  catalogue: FrameworkCatalogue,
  whenIdle: IdleScheduler = browserIdle,
): () => void {
  if (built.has(catalogue)) return () => undefined;
  let cancel = (): void => undefined;
  const slice = (idle: IdleTime): void => {
    let steps = building.get(catalogue);
    if (steps === undefined) {
      if (built.has(catalogue)) return;
      steps = frameworkSearchSteps([catalogue]);
      building.set(catalogue, steps);
    }
    do {
      const step = steps.next();
      if (step.done === true) {
        building.delete(catalogue);
        built.set(catalogue, step.value);
        return;
      }
    } while (idle.timeRemaining() > SLICE_MARGIN_MS);
    cancel = whenIdle(slice);
  };
  cancel = whenIdle(slice);
  return () => cancel();
}
