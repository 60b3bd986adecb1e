import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { SearchFilters, SearchHit } from '../../shared/etom/search';
import { searchFor } from '../framework/search-index';

/** What the library's search box and filters hold; empty strings mean "any". */
export interface LibraryQuery {
  text: string;
  level: string;
  domain: string;
  verticalGroup: string;
}

export const EMPTY_QUERY: LibraryQuery = { text: '', level: '', domain: '', verticalGroup: '' };

/** Most results listed at once; the count says when there are more. */
export const RESULT_LIMIT = 200;

/** True when the library should list results instead of the tree. */
export function isActiveQuery(query: LibraryQuery): boolean {
  return (
    query.text.trim() !== '' ||
    query.level !== '' ||
    query.domain !== '' ||
    query.verticalGroup !== ''
  );
}

/** The search filters the selects stand for. */
export function filtersOf(query: LibraryQuery): SearchFilters {
  const filters: SearchFilters = {};
  if (query.level !== '') filters.levels = [Number(query.level)];
  if (query.domain !== '') filters.domains = [query.domain];
  if (query.verticalGroup !== '') filters.verticalGroups = [query.verticalGroup];
  return filters;
}

/** Results with how many there were in all (`total` may exceed `hits.length`). */
export interface LibraryResults {
  hits: SearchHit[];
  total: number;
}

/**
 * Runs the library query: the search (best first) when there is text, else every process the
 * filters let through, in id order, shaped like search hits without highlights.
 */
export function runLibraryQuery(
  catalogue: FrameworkCatalogue,
  query: LibraryQuery,
): LibraryResults {
  const filters = filtersOf(query);
  if (query.text.trim() !== '') {
    const hits = searchFor(catalogue).search(query.text, { ...filters, limit: RESULT_LIMIT + 1 });
    return { hits: hits.slice(0, RESULT_LIMIT), total: hits.length };
  }
  const matching = catalogue.processes.filter(
    (p) =>
      (filters.levels === undefined || filters.levels.includes(p.level)) &&
      (filters.domains === undefined || filters.domains.includes(p.domain)) &&
      (filters.verticalGroups === undefined ||
        p.verticalGroups.some((g) => filters.verticalGroups?.includes(g))),
  );
  const hits = matching.slice(0, RESULT_LIMIT).map((p): SearchHit => ({
    packId: catalogue.pack.id,
    id: p.id,
    name: p.name,
    level: p.level,
    domain: p.domain,
    ancestors: catalogue.ancestors(p.id).map((a) => ({ id: a.id, name: a.name })),
    score: 0,
    matchKind: 'name',
    ranges: [],
  }));
  return { hits, total: matching.length };
}
