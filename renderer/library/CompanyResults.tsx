import { memo, useEffect, useState } from 'react';
import type { CompanyHit } from '../../shared/mapping/company-search';
import { addCompanyProcessInView } from '../catalogue/add-process-node';
import { startCompanyProcessDrag } from '../catalogue/process-drag';
import { revealCompanyProcess } from '../coverage/reveal-company-process';
import { AddToDiagramButton } from '../process-details/AddToDiagramButton';
import { useStudio } from '../state/studio-store';
import { companySearchClient } from './company-search-client';
import { Highlighted } from './Highlighted';
import { sameRanges } from './highlight';

/** Company processes listed above the framework's hits at most (a short group, best first). */
const COMPANY_LIMIT = 10;

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
            <span className="result-name">
              <Highlighted text={hit.name} ranges={hit.ranges} />
            </span>
          </span>
          {hit.path.length > 0 && <span className="result-path">{hit.path.join(' › ')}</span>}
        </button>
        <AddToDiagramButton
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
 * the framework hits), listed first and each marked "Company": drag one onto a diagram or a framework process
 * to use or map it, or add it with its "Add to diagram" button (the keyboard's way, as an eTOM
 * process's details offer); a click selects it in the Company processes tab (its fields beside).
 */
export function CompanyResults({ text }: { text: string }) {
  const processes = useStudio((s) => s.history?.document.processes.processes);
  // Indexed and searched in a worker: a keystroke never waits for the index of 5,000
  // processes to be built; the hits of the text before stay until the new ones arrive.
  const [found, setFound] = useState<{ text: string; hits: CompanyHit[] }>({
    text: '',
    hits: [],
  });
  const asking = processes !== undefined && processes.length > 0 && text.trim() !== '';
  useEffect(() => {
    if (!asking) return;
    const client = companySearchClient();
    client.search(processes, text, COMPANY_LIMIT, (hits) => setFound({ text, hits }));
    return () => client.cancel();
  }, [asking, processes, text]);
  const hits = asking ? found.hits : [];
  if (hits.length === 0) return null;
  return (
    <>
      <p className="muted results-summary">
        {hits.length === COMPANY_LIMIT ? `Best ${COMPANY_LIMIT}` : hits.length} of your company
        processes
      </p>
      <ul className="results-list" aria-label="Company processes found" data-query={found.text}>
        {hits.map((hit) => (
          <CompanyHitRow key={hit.processId} hit={hit} />
        ))}
      </ul>
    </>
  );
}
