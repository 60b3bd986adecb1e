import { useMemo } from 'react';
import { coverageChanges } from '../../shared/diff/coverage-change';
import type { WorkspaceDocument } from '../../shared/model/document';
import { MOVE_LOOK } from './compare-map-look';
import { useSidesCoverage } from './useSidesCoverage';

const ROW_CLASS = { better: 'compare-added', worse: 'compare-removed', scope: 'compare-changed' };

/** Coverage per L2, before (the other side) and now: only the processes whose coverage moved. */
export function CompareCoverage(props: { then: WorkspaceDocument; now: WorkspaceDocument }) {
  const sides = useSidesCoverage(props.then, props.now);
  const rows = useMemo(() => {
    if (!sides) return null;
    const changes = coverageChanges(sides.before, sides.after);
    return sides.catalogue.byLevel(2).flatMap((p) => {
      const change = changes.get(p.id);
      return change ? [{ ...change, name: p.name }] : [];
    });
  }, [sides]);
  if (rows === null) return <p className="compare-empty muted">Loading the framework…</p>;
  if (rows.length === 0)
    return <p className="compare-empty muted">No L2 process&apos;s coverage changed.</p>;
  return (
    <div className="compare-table-wrap">
      <table className="compare-table" aria-label="Coverage per L2, before and now">
        <thead>
          <tr>
            <th scope="col">L2 process</th>
            <th scope="col">Change</th>
            <th scope="col">Before</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={ROW_CLASS[row.move]}>
              <td>
                {row.id} {row.name}
              </td>
              <td>
                {MOVE_LOOK[row.move].sign} {MOVE_LOOK[row.move].word}
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
