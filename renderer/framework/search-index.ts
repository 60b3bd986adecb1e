import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { frameworkSearchSteps, type FrameworkSearch } from '../../shared/etom/search';
import { finish, type BuildSteps } from '../../shared/mapping/suggest/build-steps';
import {
  backgroundTask,
  browserIdle,
  runWhenIdle,
  type IdleScheduler,
  type TaskScheduler,
} from './idle-steps';

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

/**
 * Builds the search over `catalogue` once the page is idle, a few milliseconds at a time, so
 * that opening a workspace never freezes the window for the whole build; a search made
 * before it is done finishes it (`searchFor`). Returns what stops the warm-up (the part built
 * is kept for `searchFor`).
 */
export function warmUpSearch(
  catalogue: FrameworkCatalogue,
  whenIdle: IdleScheduler = browserIdle,
  nextTask: TaskScheduler = backgroundTask,
): () => void {
  if (built.has(catalogue)) return () => undefined;
  return runWhenIdle(
    () => {
      if (built.has(catalogue)) return undefined;
      let steps = building.get(catalogue);
      if (steps === undefined) {
        steps = frameworkSearchSteps([catalogue]);
        building.set(catalogue, steps);
      }
      return steps;
    },
    (search) => {
      building.delete(catalogue);
      built.set(catalogue, search);
    },
    whenIdle,
    nextTask,
  );
}
