import type { WorkspaceDiff } from '../../shared/diff/workspace-diff';
import type { WorkspaceDocument } from '../../shared/model/document';
import type { Mapping } from '../../shared/model/mapping-schema';

const byId = (mappings: readonly Mapping[]) => new Map(mappings.map((m) => [m.id as string, m]));

/** The mapping table's differences: added, removed and changed (re-aligned...) rows marked. */
export function CompareMappings(props: {
  then: WorkspaceDocument;
  now: WorkspaceDocument;
  diff: WorkspaceDiff;
}) {
  const { then, now, diff } = props;
  // By id, once: a find per row made 10,000 changed mappings quadratic.
  const [nowById, thenById] = [byId(now.mappings.mappings), byId(then.mappings.mappings)];
  const mapping = (id: string) => nowById.get(id) ?? thenById.get(id);
  const was = (id: string) => thenById.get(id);
  const rows = [
    ...diff.mappings.added.map((e) => ({ ...e, kind: 'added' as const, words: 'added' })),
    ...diff.mappings.removed.map((e) => ({ ...e, kind: 'removed' as const, words: 'removed' })),
    ...diff.mappings.changed.map((e) => ({
      ...e,
      kind: 'changed' as const,
      words: e.changes.join(', '),
    })),
  ];
  if (rows.length === 0) return <p className="compare-empty muted">No mapping differs.</p>;
  return (
    <div className="compare-table-wrap">
      <table className="compare-table" aria-label="Mapping differences">
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">Mapping</th>
            <th scope="col">Alignment</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const m = mapping(row.id);
            const old = was(row.id);
            const shift = (a: string | undefined, b: string | undefined) =>
              row.kind === 'changed' && a !== b ? `${a ?? ''} → ${b ?? ''}` : (b ?? a ?? '');
            return (
              <tr key={row.id} className={`compare-${row.kind}`}>
                <td>
                  <span className="compare-mark" aria-hidden="true" /> {row.words}
                </td>
                <td>{row.name}</td>
                <td>{shift(old?.alignment, m?.alignment)}</td>
                <td>{shift(old?.status, m?.status)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
