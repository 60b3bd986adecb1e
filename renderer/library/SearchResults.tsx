import { useDeferredValue, useMemo } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { SearchHit } from '../../shared/etom/search';
import type { MatchRange } from '../../shared/etom/search-text';
import { startProcessDrag } from '../framework/drag-data';
import { sameFrameworkRef } from '../../shared/model/framework-ref';
import { selectProcess, useLibrary } from '../framework/library-store';
import { CompanyResults } from './CompanyResults';
import { ConfidenceBadge } from './ConfidenceBadge';
import { Highlighted } from './Highlighted';
import { RESULT_LIMIT, runLibraryQuery, type LibraryQuery } from './library-query';
import './search-results.css';

interface Props {
  catalogue: FrameworkCatalogue;
  query: LibraryQuery;
}

/** For a hit found by its id, the part of the id the query typed. */
function idRanges(hit: SearchHit, text: string): MatchRange[] {
  if (hit.matchKind === 'name') return [];
  const typed = text.trim().replace(/\.$/, '');
  return hit.id.startsWith(typed) ? [{ start: 0, end: typed.length }] : [];
}

/** The hits of the library query, best first: id, name (matches marked), level and path. */
export function SearchResults({ catalogue, query }: Props) {
  const deferred = useDeferredValue(query);
  const selected = useLibrary((s) => s.selected);
  const pack = catalogue.pack.id;
  const { hits, total } = useMemo(
    () => runLibraryQuery(catalogue, deferred),
    [catalogue, deferred],
  );
  const summary =
    total === 0
      ? 'No process matches.'
      : total > RESULT_LIMIT
        ? `First ${RESULT_LIMIT} results; refine the search to see others.`
        : `${total} ${total === 1 ? 'result' : 'results'}`;
  return (
    <div className="search-results">
      <CompanyResults text={deferred.text} />
      <p className="muted results-summary" role="status">
        {summary}
      </p>
      <ul className="results-list" aria-label="Search results">
        {hits.map((hit) => {
          const confidence = catalogue.byId(hit.id)?.confidence;
          const path = hit.ancestors.map((a) => `${a.id} ${a.name}`).join(' › ');
          const isSelected = sameFrameworkRef(selected, { pack, id: hit.id });
          return (
            <li key={hit.id}>
              <button
                type="button"
                className={isSelected ? 'result selected' : 'result'}
                aria-label={`${hit.id} ${hit.name}`}
                aria-current={isSelected ? 'true' : undefined}
                draggable
                onDragStart={(event) => startProcessDrag(event, { pack, id: hit.id })}
                onClick={() => selectProcess({ pack, id: hit.id })}
              >
                <span className="result-head">
                  <code className="result-id">
                    <Highlighted text={hit.id} ranges={idRanges(hit, deferred.text)} />
                  </code>
                  <span className="result-name">
                    <Highlighted text={hit.name} ranges={hit.ranges} />
                  </span>
                  <span
                    className={`level-pill level-${Math.min(hit.level, 7)}`}
                  >{`L${hit.level}`}</span>
                  {confidence && <ConfidenceBadge confidence={confidence} compact />}
                </span>
                {path !== '' && <span className="result-path">{path}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
