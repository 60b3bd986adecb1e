import { useMemo } from 'react';
import { startCompanyProcessDrag } from '../catalogue/process-drag';
import { revealCompanyProcess } from '../coverage/reveal-company-process';
import { useStudio } from '../state/studio-store';
import { companySearchFor } from './company-search-index';
import { Highlighted } from './Highlighted';

/** Company processes listed above the framework's hits at most (a short group, best first). */
const COMPANY_LIMIT = 10;

/**
 * The workspace's company processes the library's words find (the same ranking engine as
 * the framework hits), listed first and each marked "Company": drag one onto a diagram or a framework process
 * to use or map it; a click selects it in the Company processes tab (its fields beside).
 */
export function CompanyResults({ text }: { text: string }) {
  const processes = useStudio((s) => s.history?.document.processes.processes);
  const hits = useMemo(
    () =>
      processes && processes.length > 0 && text.trim() !== ''
        ? companySearchFor(processes).search(text, COMPANY_LIMIT)
        : [],
    [processes, text],
  );
  if (hits.length === 0) return null;
  return (
    <>
      <p className="muted results-summary">
        {hits.length === COMPANY_LIMIT ? `Best ${COMPANY_LIMIT}` : hits.length} of your company
        processes
      </p>
      <ul className="results-list" aria-label="Company processes found">
        {hits.map((hit) => (
          <li key={hit.processId}>
            <button
              type="button"
              className="result result-company"
              aria-label={`Company ${hit.code ? `${hit.code} ` : ''}${hit.name}`}
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
          </li>
        ))}
      </ul>
    </>
  );
}
