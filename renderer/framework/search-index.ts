import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { createFrameworkSearch, type FrameworkSearch } from '../../shared/etom/search';

const cache = new WeakMap<FrameworkCatalogue, FrameworkSearch>();

/** The search index over one pack, built on first use and kept while the pack is. */
export function searchFor(catalogue: FrameworkCatalogue): FrameworkSearch {
  let search = cache.get(catalogue);
  if (search === undefined) {
    search = createFrameworkSearch([catalogue]);
    cache.set(catalogue, search);
  }
  return search;
}
