import { useMemo } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { CompanyResults } from './CompanyResults';
import { FrameworkHits } from './FrameworkHits';
import { RESULT_LIMIT, runLibraryQuery, type LibraryQuery } from './library-query';
import './search-results.css';

interface Props {
  catalogue: FrameworkCatalogue;
  query: LibraryQuery;
}

/**
 * The hits of the library query: the company processes it finds, then the framework's. The
 * company search starts at the keystroke (in its worker, meanwhile); the framework's runs in
 * the keystroke's own render (about a millisecond), so its first screenful paints in the
 * keystroke's frame, with the text typed, and the rest of its hits follow (FrameworkHits).
 */
export function SearchResults({ catalogue, query }: Props) {
  const { hits, total } = useMemo(() => runLibraryQuery(catalogue, query), [catalogue, query]);
  const summary =
    total === 0
      ? 'No process matches.'
      : total > RESULT_LIMIT
        ? `First ${RESULT_LIMIT} results; refine the search to see others.`
        : `${total} ${total === 1 ? 'result' : 'results'}`;
  return (
    <div className="search-results">
      <CompanyResults text={query.text} />
      <p className="muted results-summary" role="status">
        {summary}
      </p>
      <FrameworkHits catalogue={catalogue} hits={hits} text={query.text} />
    </div>
  );
}
