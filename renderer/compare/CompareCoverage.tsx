import { useMemo } from 'react';
import { coverageOfDocument } from '../../shared/coverage/document-coverage';
import type { CoverageResult } from '../../shared/coverage/coverage-types';
import type { WorkspaceDocument } from '../../shared/model/document';
import { useActivePackId } from '../framework/useActivePack';
import { useCatalogue } from '../framework/useCatalogue';

/** Coverage per L2, before (the other side) and now: only the processes whose coverage moved. */
export function CompareCoverage(props: { then: WorkspaceDocument; now: WorkspaceDocument }) {
  const { catalogue } = useCatalogue(useActivePackId());
  const rows = useMemo(() => {
    if (!catalogue) return null;
    const of = (d: WorkspaceDocument): CoverageResult => coverageOfDocument(d, catalogue);
    const [a, b] = [of(props.then), of(props.now)];
    const look = (r: CoverageResult, id: string) => {
      const c = r.byId.get(id);
      return c
        ? `${c.scope === 'in' ? (c.covered ? 'covered' : 'not covered') : `scope ${c.scope}`}, ${Math.round(c.score * 100)}%`
        : '—';
    };
    return catalogue
      .byLevel(2)
      .map((p) => ({ id: p.id, name: p.name, before: look(a, p.id), after: look(b, p.id) }))
      .filter((row) => row.before !== row.after);
  }, [catalogue, props.then, props.now]);
  if (rows === null) return <p className="compare-empty muted">Loading the framework…</p>;
  if (rows.length === 0)
    return <p className="compare-empty muted">No L2 process's coverage changed.</p>;
  return (
    <div className="compare-table-wrap">
      <table className="compare-table" aria-label="Coverage per L2, before and now">
        <thead>
          <tr>
            <th scope="col">L2 process</th>
            <th scope="col">Before</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="compare-changed">
              <td>
                {row.id} {row.name}
              </td>
              <td>{row.before}</td>
              <td>{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
