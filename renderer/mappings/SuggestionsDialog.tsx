import { useEffect, useMemo, useState } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { WorkspaceDocument } from '../../shared/model/document';
import { targetKey } from '../../shared/model/framework-ref';
import type { ProcessId } from '../../shared/model/ids';
import { alignmentsOf } from '../../shared/model/workspace-schema';
import { unmappedProcesses } from '../../shared/mapping/suggest/company-queries';
import type { Suggestion } from '../../shared/mapping/suggest/suggest';
import { Dialog } from '../dialogs/Dialog';
import { createMappings, type NewMapping } from './mapping-actions';
import { processLabel } from './resolve-names';
import { suggestInSlices, type ProcessSuggestions } from './suggestions';
import { frameworkTargetOf } from '../../shared/mapping/framework-target';

interface Props {
  document: WorkspaceDocument;
  catalogue: FrameworkCatalogue;
  /** One company process, or null for every unmapped one. */
  processId: ProcessId | null;
  readOnly: boolean;
  onClose: () => void;
}

const SHOWN_PROCESSES = 200;

/**
 * Ranked eTOM matches with their reasons, for one company process or for every unmapped one.
 * Nothing is mapped until accepted: one at a time, or the best match of each process at or
 * above a chosen score, in one undo step.
 */
export function SuggestionsDialog({ document, catalogue, processId, readOnly, onClose }: Props) {
  const processes = document.processes.processes;
  const scale = alignmentsOf(document.workspace);
  const [alignment, setAlignment] = useState(scale[0]?.id ?? 'full');
  const [minScore, setMinScore] = useState(0.6);
  // Each run is keyed by the set it ranks, so a new run shows as pending without a reset.
  const [run, setRun] = useState<{
    of: ReadonlySet<string>;
    done: number;
    results: ProcessSuggestions[] | null;
  } | null>(null);
  const [only, setOnly] = useState<ProcessId | null>(processId);

  const targets = useMemo(() => {
    if (only !== null) return new Set<string>([only]);
    return new Set<string>(
      unmappedProcesses(processes, document.mappings.mappings).map((p) => p.id),
    );
    // The targets are fixed when the dialog opens: accepting must not make rows disappear.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [only, processes]);

  useEffect(() => {
    const abort = new AbortController();
    void suggestInSlices(catalogue, processes, targets, {
      limit: only === null ? 3 : 8,
      onProgress: (done) => setRun({ of: targets, done, results: null }),
      signal: abort.signal,
    }).then((found) => {
      if (!abort.signal.aborted) setRun({ of: targets, done: found.length, results: found });
    });
    return () => abort.abort();
  }, [catalogue, processes, targets, only]);

  const current = run?.of === targets ? run : null;
  const results = current?.results ?? null;
  const done = current?.done ?? 0;

  const byId = useMemo(() => new Map(processes.map((p) => [p.id, p])), [processes]);
  const mapped = useMemo(
    () => new Set(document.mappings.mappings.map((m) => `${m.processId}>${targetKey(m.target)}`)),
    [document.mappings.mappings],
  );
  const isMapped = (process: ProcessId, s: Suggestion) =>
    mapped.has(`${process}>${targetKey({ pack: s.packId, id: s.id })}`);
  const entry = (process: ProcessId, s: Suggestion): NewMapping => ({
    processId: process,
    target: frameworkTargetOf(catalogue, s.id),
    alignment,
    rationale: `Suggested (score ${s.score}): ${s.reasons.join('; ')}`.slice(0, 2000),
  });

  const above = (results ?? []).flatMap((r) => {
    const best = r.suggestions[0];
    return best && best.score >= minScore && !isMapped(r.processId, best)
      ? [entry(r.processId, best)]
      : [];
  });

  const withMatches = (results ?? []).filter((r) => r.suggestions.length > 0);
  // The rows stay while the dialog is open; the status says how many have been mapped since.
  const mappedNow = new Set<string>(document.mappings.mappings.map((m) => m.processId));
  const nowMapped = withMatches.filter((r) => mappedNow.has(r.processId)).length;

  return (
    <Dialog title="Mapping suggestions" onCancel={onClose} wide>
      <div className="suggest-head">
        <label>
          For{' '}
          <select
            aria-label="Suggest for"
            value={only ?? ''}
            onChange={(e) => setOnly(e.target.value === '' ? null : (e.target.value as ProcessId))}
          >
            <option value="">every unmapped company process</option>
            {processes.map((p) => (
              <option key={p.id} value={p.id}>
                {processLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Accept as{' '}
          <select
            aria-label="Alignment of accepted suggestions"
            value={alignment}
            onChange={(e) => setAlignment(e.target.value)}
          >
            {scale.map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {results === null ? (
        <p role="status">
          Ranking {done} of {targets.size} company processes…
        </p>
      ) : (
        <>
          <p role="status">
            {withMatches.length} of {targets.size} company processes have suggestions
            {withMatches.length > SHOWN_PROCESSES ? ` (the first ${SHOWN_PROCESSES} shown)` : ''}.
            {nowMapped > 0
              ? ` ${nowMapped} of them ${nowMapped === 1 ? 'is' : 'are'} now mapped.`
              : ' Nothing is mapped until you accept.'}
          </p>
          {only === null && (
            <div className="suggest-bulk">
              <label>
                Best match of each, scoring at least{' '}
                <input
                  aria-label="Minimum score"
                  type="number"
                  min={0}
                  max={1}
                  step={0.05}
                  value={minScore}
                  onChange={(e) => setMinScore(Number(e.target.value))}
                />
              </label>
              <button
                type="button"
                disabled={readOnly || above.length === 0}
                onClick={() => createMappings(above, `Accept ${above.length} suggestions`)}
              >
                Accept {above.length} suggestions
              </button>
            </div>
          )}
          <ul className="suggest-list" aria-label="Suggestions">
            {withMatches.slice(0, SHOWN_PROCESSES).map((r) => (
              <li key={r.processId}>
                <h3>{byId.get(r.processId)?.name ?? r.processId}</h3>
                <ol>
                  {r.suggestions.map((s) => (
                    <li key={s.id} className="suggest-item">
                      <span className="suggest-score" title="score, 0 to 1">
                        {s.score.toFixed(2)}
                      </span>
                      <span className="suggest-target">
                        <code>{s.id}</code> {s.name}{' '}
                        <span className="mapping-pack">L{s.level}</span>
                        <span className="suggest-reason">{s.reasons.join('; ')}</span>
                      </span>
                      {isMapped(r.processId, s) ? (
                        <span className="suggest-done">Mapped</span>
                      ) : (
                        <button
                          type="button"
                          disabled={readOnly}
                          aria-label={`Accept ${s.id} ${s.name} for ${byId.get(r.processId)?.name ?? r.processId}`}
                          onClick={() =>
                            createMappings([entry(r.processId, s)], 'Accept suggestion')
                          }
                        >
                          Accept
                        </button>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
