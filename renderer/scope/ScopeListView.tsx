import { useMemo, useRef, useState } from 'react';
import { percentLabel } from '../../shared/coverage/coverage-summary';
import type { ScopeReview, ScopeStatus } from '../../shared/model/scope-schema';
import { useCoverage } from '../coverage/useCoverage';
import { useStudio } from '../state/studio-store';
import { BulkScopeDialog } from './BulkScopeDialog';
import { ReasonField } from './ReasonField';
import {
  REVIEW_CHOICES,
  SCOPE_REVIEW_LABEL,
  SCOPE_STATUS_LABEL,
  STATUS_CHOICES,
} from './scope-labels';
import { clearScope, scopeTarget, setScope } from './scope-edits';
import {
  filterScopeRows,
  scopeRows,
  sortScopeRows,
  type ScopeRow,
  type ScopeSortKey,
} from './scope-rows';
import { closeBulkScope, openBulkScope, useScopeDialog } from './scope-store';
import { useScopeEntries } from './useScopeEntries';
import './scope.css';

const NO_DECISION = '';

/** Row keys: a letter sets the status of the selected rows (or the focused one). */
const STATUS_KEYS: Readonly<Record<string, ScopeStatus>> = {
  i: 'in',
  a: 'adjacent',
  o: 'out',
  t: 'tbd',
};

const COLUMNS: ReadonlyArray<{ key: ScopeSortKey; label: string }> = [
  { key: 'id', label: 'Id' },
  { key: 'name', label: 'Process' },
  { key: 'status', label: 'Scope' },
  { key: 'review', label: 'Review' },
];

/**
 * The "Scope (L2)" tab: every L2 process of the workspace's pack with its scope decision,
 * edited in place. Keyboard: arrow keys, Home and End move between rows; Space selects;
 * I, A, O, T set in scope, adjacent, out of scope, to be decided on the selection (or the
 * row); Delete clears the decision; Enter edits the reason. Each change is one undo step.
 */
export function ScopeListView() {
  const view = useCoverage();
  const entries = useScopeEntries();
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const bulkOpen = useScopeDialog((s) => s.bulkOpen);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: ScopeSortKey; descending: boolean }>({
    key: 'id',
    descending: false,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const catalogue = view?.catalogue;
  const rows = useMemo(() => {
    if (!view) return [];
    const all = scopeRows(view.catalogue, entries, view.coverage);
    return sortScopeRows(filterScopeRows(all, filter), sort.key, sort.descending);
  }, [view, entries, filter, sort]);
  if (!view || !catalogue)
    return <p className="muted scope-empty">Open a workspace to set its scope.</p>;

  const inScope = rows.filter((r) => r.entry?.status === 'in').length;
  const targetsOf = (ids: Iterable<string>) => [...ids].map((id) => scopeTarget(catalogue, id));
  // What a key or a bulk button acts on: the selection, else the focused row.
  const acting = (): string[] =>
    selected.size > 0 ? [...selected] : focused !== null ? [focused] : [];

  const focusRow = (id: string) => {
    setFocused(id);
    body.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`)?.focus();
  };

  const onRowKey = (
    event: React.KeyboardEvent<HTMLTableRowElement>,
    row: ScopeRow,
    index: number,
  ) => {
    if (event.target !== event.currentTarget) return;
    const key = event.key;
    const move = (to: number) => {
      const next = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (next) focusRow(next.process.id);
    };
    if (key === 'ArrowDown') move(index + 1);
    else if (key === 'ArrowUp') move(index - 1);
    else if (key === 'Home') move(0);
    else if (key === 'End') move(rows.length - 1);
    else if (key === ' ') {
      const next = new Set(selected);
      if (next.has(row.process.id)) next.delete(row.process.id);
      else next.add(row.process.id);
      setSelected(next);
    } else if (key === 'Enter') {
      event.currentTarget.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
    } else if (key === 'Delete' || key === 'Backspace') {
      if (!readOnly) clearScope(targetsOf(acting()));
    } else if (
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      STATUS_KEYS[key.toLowerCase()]
    ) {
      if (!readOnly) setScope(targetsOf(acting()), { status: STATUS_KEYS[key.toLowerCase()]! });
    } else return;
    event.preventDefault();
    // The row owns these keys: they never reach the app's shortcuts (Delete, arrows).
    event.stopPropagation();
  };

  const header = (key: ScopeSortKey, label: string) => (
    <th
      key={key}
      scope="col"
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="scope-sort"
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : false })}
      >
        {label}
        {sort.key === key ? (sort.descending ? ' ▾' : ' ▴') : ''}
      </button>
    </th>
  );

  const allShownSelected = rows.length > 0 && rows.every((r) => selected.has(r.process.id));
  return (
    <div className="scope-list">
      <div className="scope-toolbar" role="toolbar" aria-label="Scope list">
        <input
          type="search"
          aria-label="Filter L2 processes"
          placeholder="Filter by id, name, domain, reason"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <span className="muted scope-count" aria-live="polite">
          {`${rows.length} L2 processes, ${inScope} in scope`}
        </span>
        <button type="button" className="small" disabled={readOnly} onClick={openBulkScope}>
          Set scope of domains…
        </button>
      </div>
      {selected.size > 0 && (
        <div className="scope-bulk" role="group" aria-label="Selected processes">
          <span>{`${selected.size} selected:`}</span>
          {STATUS_CHOICES.map((status) => (
            <button
              key={status}
              type="button"
              className="small"
              disabled={readOnly}
              onClick={() => setScope(targetsOf(selected), { status })}
            >
              {SCOPE_STATUS_LABEL[status]}
            </button>
          ))}
          <select
            aria-label="Review of the selected"
            value=""
            disabled={readOnly}
            onChange={(event) =>
              event.target.value !== '' &&
              setScope(targetsOf(selected), { review: event.target.value as ScopeReview })
            }
          >
            <option value="">Review…</option>
            {REVIEW_CHOICES.map((review) => (
              <option key={review} value={review}>
                {SCOPE_REVIEW_LABEL[review]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="small"
            disabled={readOnly}
            onClick={() => clearScope(targetsOf(selected))}
          >
            No decision
          </button>
          <button type="button" className="small" onClick={() => setSelected(new Set())}>
            Deselect
          </button>
        </div>
      )}
      <div className="scope-scroll">
        <table className="scope-table" aria-label="L2 processes and their scope">
          <thead>
            <tr>
              <th scope="col" className="scope-check">
                <input
                  type="checkbox"
                  aria-label="Select all shown"
                  checked={allShownSelected}
                  onChange={(event) =>
                    setSelected(
                      event.target.checked ? new Set(rows.map((r) => r.process.id)) : new Set(),
                    )
                  }
                />
              </th>
              {COLUMNS.map((c) => header(c.key, c.label))}
              <th scope="col">Reason</th>
              {header('coverage', 'Coverage')}
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.map((row, index) => {
              const id = row.process.id;
              const target = scopeTarget(catalogue, id);
              const own = row.entry;
              return (
                <tr
                  key={id}
                  data-id={id}
                  tabIndex={focused === id || (focused === null && index === 0) ? 0 : -1}
                  aria-selected={selected.has(id)}
                  aria-label={`${id} ${row.process.name}`}
                  className={`scope-row scope-${own?.status ?? 'none'}`}
                  onFocus={(event) => {
                    if (event.target === event.currentTarget) setFocused(id);
                  }}
                  onKeyDown={(event) => onRowKey(event, row, index)}
                >
                  <td className="scope-check">
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      aria-label={`Select ${id}`}
                      checked={selected.has(id)}
                      onChange={(event) => {
                        const next = new Set(selected);
                        if (event.target.checked) next.add(id);
                        else next.delete(id);
                        setSelected(next);
                      }}
                    />
                  </td>
                  <td>
                    <code>{id}</code>
                  </td>
                  <td>
                    {row.process.name}
                    <div className="muted scope-domain">{row.domain.name}</div>
                  </td>
                  <td>
                    <select
                      aria-label={`Scope of ${id}`}
                      className={`scope-status scope-${own?.status ?? 'none'}`}
                      value={own?.status ?? NO_DECISION}
                      disabled={readOnly}
                      onChange={(event) => {
                        const value = event.target.value;
                        if (value === NO_DECISION) clearScope([target]);
                        else setScope([target], { status: value as ScopeStatus });
                      }}
                    >
                      <option value={NO_DECISION}>No decision</option>
                      {STATUS_CHOICES.map((status) => (
                        <option key={status} value={status}>
                          {SCOPE_STATUS_LABEL[status]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Review of ${id}`}
                      value={own?.review ?? 'unreviewed'}
                      disabled={readOnly || own === undefined}
                      onChange={(event) =>
                        setScope([target], { review: event.target.value as ScopeReview })
                      }
                    >
                      {REVIEW_CHOICES.map((review) => (
                        <option key={review} value={review}>
                          {SCOPE_REVIEW_LABEL[review]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="scope-reason">
                    <ReasonField
                      label={`Reason for ${id}`}
                      value={own?.reason ?? ''}
                      disabled={readOnly || own === undefined}
                      onCommit={(reason) => setScope([target], { reason })}
                      onDone={() => focusRow(id)}
                    />
                  </td>
                  <td className="scope-coverage">
                    {own?.status === 'in' || row.inScope > 0
                      ? `${row.covered}/${row.inScope} · ${percentLabel(row.score)}`
                      : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {bulkOpen && <BulkScopeDialog catalogue={catalogue} onClose={closeBulkScope} />}
    </div>
  );
}
