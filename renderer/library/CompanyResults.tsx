import { memo, useEffect, useState } from 'react';
import type { CompanyHit } from '../../shared/mapping/company-search';
import { addCompanyProcessInView } from '../catalogue/add-process-node';
import { startCompanyProcessDrag } from '../catalogue/process-drag';
import { revealCompanyProcess } from '../coverage/reveal-company-process';
import { AddToDiagramButton } from '../process-details/AddToDiagramButton';
import { useStudio } from '../state/studio-store';
import {
  COMPANY_LIMIT,
  askCompanyHits,
  forgetCompanyHits,
  searchesCompany,
  useCompanyHits,
} from './company-hits';
import { Highlighted } from './Highlighted';
import { sameRanges } from './highlight';

/**
 * Company hits shown before "Show more": the framework's best hits stay on the first screen of
 * the shortest library panel (at 1280x720, ten company rows pushed them out of view).
 */
export const COMPANY_SHOWN = 3;

/** A hit's code and name, as its buttons are named. */
function named(hit: { code: string | undefined; name: string }): string {
  return `${hit.code ? `${hit.code} ` : ''}${hit.name}`;
}

/**
 * One company hit. Memoised on what it shows: a keystroke re-renders the list with the hits
 * before until the worker answers, and most hits of the longer text were hits of the shorter
 * one; those rows (with their "Add to diagram" buttons, each reading the store) are not
 * rendered again.
 */
const CompanyHitRow = memo(
  function CompanyHitRow({ hit }: { hit: CompanyHit }) {
    return (
      <li className="result-company-row">
        <button
          type="button"
          className="result result-company"
          aria-label={`Company ${named(hit)}`}
          draggable
          onDragStart={(event) => startCompanyProcessDrag(event, hit.processId)}
          onClick={() => revealCompanyProcess(hit.processId)}
        >
          <span className="result-head">
            <span className="company-pill">Company</span>
            {hit.code && <code className="result-id">{hit.code}</code>}
            <span className="result-name" title={hit.name}>
              <Highlighted text={hit.name} ranges={hit.ranges} />
            </span>
          </span>
          {hit.path.length > 0 && (
            <span className="result-path" title={hit.path.join(' › ')}>
              {hit.path.join(' › ')}
            </span>
          )}
        </button>
        <AddToDiagramButton
          compact
          subject={named(hit)}
          onAdd={(target) => addCompanyProcessInView(target, hit.processId)}
        />
      </li>
    );
  },
  (before, after) =>
    before.hit.processId === after.hit.processId &&
    before.hit.name === after.hit.name &&
    before.hit.code === after.hit.code &&
    before.hit.path.join('\n') === after.hit.path.join('\n') &&
    sameRanges(before.hit.ranges, after.hit.ranges),
);

/**
 * The workspace's company processes the library's words find (the same ranking engine as
 * the framework hits), listed first and each marked "Company": drag one onto a diagram or a
 * framework process to use or map it, or add it with its "Add" button (the keyboard's way, as
 * an eTOM process's details offer); a click selects it in the Company processes tab (its fields
 * beside). The best COMPANY_SHOWN show, the rest behind "Show more".
 */
export function CompanyResults({ text }: { text: string }) {
  const processes = useStudio((s) => s.history?.document.processes.processes);
  // Searched in a worker (a keystroke never waits for the index of 5,000 processes to be
  // built), asked at the keystroke (LibraryPanel); here too for a catalogue edited meanwhile.
  // The hits of the text before stay until the new ones arrive.
  useEffect(() => {
    if (searchesCompany(processes, text)) askCompanyHits(processes, text);
  }, [processes, text]);
  useEffect(() => forgetCompanyHits, []);
  const found = useCompanyHits();
  const [expanded, setExpanded] = useState(false);
  const hits = searchesCompany(processes, text) ? found.hits : [];
  if (hits.length === 0) return null;
  const shown = expanded ? hits : hits.slice(0, COMPANY_SHOWN);
  const more = hits.length - shown.length;
  return (
    <>
      <p className="muted results-summary">
        {hits.length === COMPANY_LIMIT ? `Best ${COMPANY_LIMIT}` : hits.length} of your company
        processes
      </p>
      <ul className="results-list" aria-label="Company processes found" data-query={found.text}>
        {shown.map((hit) => (
          <CompanyHitRow key={hit.processId} hit={hit} />
        ))}
      </ul>
      {hits.length > COMPANY_SHOWN && (
        <button
          type="button"
          className="quiet small results-more"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? 'Show fewer company processes'
            : `Show ${more} more company ${more === 1 ? 'process' : 'processes'}`}
        </button>
      )}
    </>
  );
}
