import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { WorkspaceDiff } from '../../shared/diff/workspace-diff';
import type { WorkspaceDocument } from '../../shared/model/document';
import type { Mapping } from '../../shared/model/mapping-schema';

const byId = (mappings: readonly Mapping[]) => new Map(mappings.map((m) => [m.id as string, m]));

/** A row's height before it is measured (one line of text). */
const ROW_ESTIMATE = 30;

/**
 * The mapping table's differences: added, removed and changed (re-aligned...) rows marked.
 * Only the rows in view are drawn (10,000 changed mappings made a table of 40,000 cells);
 * spacer rows keep the scroll height, and each row says where it is in the whole table.
 */
export function CompareMappings(props: {
  then: WorkspaceDocument;
  now: WorkspaceDocument;
  diff: WorkspaceDiff;
}) {
  const { then, now, diff } = props;
  // By id, once: a find per row made 10,000 changed mappings quadratic.
  const nowById = useMemo(() => byId(now.mappings.mappings), [now]);
  const thenById = useMemo(() => byId(then.mappings.mappings), [then]);
  const mapping = (id: string) => nowById.get(id) ?? thenById.get(id);
  const was = (id: string) => thenById.get(id);
  const rows = useMemo(
    () => [
      ...diff.mappings.added.map((e) => ({ ...e, kind: 'added' as const, words: 'added' })),
      ...diff.mappings.removed.map((e) => ({ ...e, kind: 'removed' as const, words: 'removed' })),
      ...diff.mappings.changed.map((e) => ({
        ...e,
        kind: 'changed' as const,
        words: e.changes.join(', '),
      })),
    ],
    [diff],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualiser's fresh functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  if (rows.length === 0) return <p className="compare-empty muted">No mapping differs.</p>;
  return (
    <div className="compare-table-wrap" ref={scroller}>
      <table
        className="compare-table"
        aria-label="Mapping differences"
        aria-rowcount={rows.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Change</th>
            <th scope="col">Mapping</th>
            <th scope="col">Alignment</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {above > 0 && <tr aria-hidden="true" style={{ height: above }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const m = mapping(row.id);
            const old = was(row.id);
            const shift = (a: string | undefined, b: string | undefined) =>
              row.kind === 'changed' && a !== b ? `${a ?? ''} → ${b ?? ''}` : (b ?? a ?? '');
            return (
              <tr
                key={row.id}
                ref={virtual.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={`compare-${row.kind}`}
              >
                <td>
                  <span className="compare-mark" aria-hidden="true" /> {row.words}
                </td>
                <td>{row.name}</td>
                <td>{shift(old?.alignment, m?.alignment)}</td>
                <td>{shift(old?.status, m?.status)}</td>
              </tr>
            );
          })}
          {below > 0 && <tr aria-hidden="true" style={{ height: below }} />}
        </tbody>
      </table>
    </div>
  );
}
