import { useCallback, useRef, useState } from 'react';
import { GB921_ATTRIBUTION } from '../../shared/etom/registry';
import { openFrameworkMap, openLibraryDialog } from '../framework/library-store';
import { useActivePackId } from '../framework/useActivePack';
import { useCatalogue } from '../framework/useCatalogue';
import { useStudio } from '../state/studio-store';
import { ProcessTree } from './ProcessTree';
import { PackSelect } from './PackSelect';
import { SearchBox, type QueryPatch } from './SearchBox';
import { SearchResults, type SearchResultsNav } from './SearchResults';
import { askCompanyHits, searchesCompany } from './company-hits';
import { EMPTY_QUERY, isActiveQuery, type LibraryQuery } from './library-query';
import { useSearchWarmUp } from './useSearchWarmUp';
import './library.css';

/**
 * The framework library: the workspace's pack as a tree, with search and filters, the pack
 * switch, the workbook import, and TM Forum's attribution.
 */
export function LibraryPanel() {
  const packId = useActivePackId();
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const { catalogue, loading, error } = useCatalogue(packId);
  useSearchWarmUp(catalogue);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [queryPack, setQueryPack] = useState(packId);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<SearchResultsNav>(null);
  const onQuery = useCallback((patch: QueryPatch) => {
    // The worker's company search starts before this keystroke's render, alongside it.
    const processes = useStudio.getState().history?.document.processes.processes;
    if (patch.text !== undefined && searchesCompany(processes, patch.text)) {
      askCompanyHits(processes, patch.text);
    }
    setQuery((query) => ({ ...query, ...patch }));
  }, []);
  if (queryPack !== packId) {
    // Filters name the old pack's domains and groups; start afresh.
    setQueryPack(packId);
    setQuery(EMPTY_QUERY);
  }

  return (
    <section className="library-panel" aria-label="Framework library">
      <div className="library-head">
        <h2>Framework library</h2>
        <PackSelect activePackId={packId} disabled={readOnly} />
        <div className="library-actions">
          <button type="button" className="small" onClick={() => openFrameworkMap()}>
            Framework map
          </button>
          <button type="button" className="small" onClick={() => openLibraryDialog('import')}>
            Import GB921 workbook…
          </button>
        </div>
        {catalogue?.pack.reconstructed && (
          <p className="reconstructed-note">
            Reconstructed classic scheme: each process shows how well public sources confirm it.
          </p>
        )}
      </div>
      {catalogue ? (
        <>
          <SearchBox
            catalogue={catalogue}
            query={query}
            onChange={onQuery}
            onArrowDown={() => results.current?.focusFirst()}
            inputRef={input}
          />
          {isActiveQuery(query) && (
            <SearchResults
              catalogue={catalogue}
              query={query}
              onLeaveTop={() => input.current?.focus()}
              nav={results}
            />
          )}
          <ProcessTree catalogue={catalogue} hidden={isActiveQuery(query)} />
        </>
      ) : (
        <p className="library-message muted" role="status">
          {loading
            ? `Loading the framework pack “${packId}”…`
            : `The framework pack “${packId}” is not available${error ? `: ${error.message}` : '.'}`}
        </p>
      )}
      <footer className="library-footer">
        <p className="attribution">
          {GB921_ATTRIBUTION}{' '}
          <button type="button" className="link-button" onClick={() => openLibraryDialog('about')}>
            About eTOM Studio
          </button>
        </p>
      </footer>
    </section>
  );
}
