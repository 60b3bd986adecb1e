import { useMemo, useState } from 'react';
import type { MappingId } from '../../shared/model/ids';
import { MAPPING_STATUSES, type MappingStatus } from '../../shared/model/mapping-schema';
import { alignmentsOf } from '../../shared/model/workspace-schema';
import { useActivePackId } from '../framework/useActivePack';
import { useCatalogue } from '../framework/useCatalogue';
import { MappingDialogs } from '../mappings/MappingDialogs';
import { deleteMappings, editMappings } from '../mappings/mapping-actions';
import { openMappingDialog } from '../mappings/mappings-store';
import { useStudio } from '../state/studio-store';
import { AddMappingForm } from './AddMappingForm';
import { BulkEditBar } from './BulkEditBar';
import { MappingGrid } from './MappingGrid';
import {
  ALL_ROWS,
  groupRows,
  queryRows,
  type Grouping,
  type RowQuery,
  type SortKey,
} from './mapping-rows';
import { useMappingRows } from './useMappingRows';
import './mapping-table.css';
import { openDataExport } from '../reports/data-export-store';

/**
 * The mapping table: every mapping of the workspace, one row each, with both sides named;
 * sorted, filtered, grouped by company or eTOM process; rows selected for bulk edits.
 */
export function MappingTableView() {
  const document = useStudio((s) => s.history?.document ?? null);
  const readOnly = useStudio((s) => s.workspace?.readOnly ?? null);
  const { catalogue } = useCatalogue(useActivePackId());
  const rows = useMappingRows();
  const [query, setQuery] = useState<RowQuery>(ALL_ROWS);
  const [grouping, setGrouping] = useState<Grouping>('none');
  const [selected, setSelected] = useState<ReadonlySet<MappingId>>(new Set());
  const [focus, setFocus] = useState(0);
  const [anchor, setAnchor] = useState<number | null>(null);

  const shown = useMemo(() => queryRows(rows, query), [rows, query]);
  const lines = useMemo(() => groupRows(shown, grouping), [shown, grouping]);
  // Rows deleted (or undone away) leave the selection.
  const live = useMemo(() => {
    const ids = new Set(rows.map((r) => r.mapping.id));
    return new Set([...selected].filter((id) => ids.has(id)));
  }, [rows, selected]);

  if (!document) return null;
  const scale = alignmentsOf(document.workspace);
  const levels = [...new Set(rows.map((r) => r.level).filter((l) => l !== null))].sort();
  const editable = readOnly === null;
  const patch = (next: Partial<RowQuery>) => setQuery((q) => ({ ...q, ...next }));

  const onSort = (key: SortKey) =>
    patch({
      sort: { key, descending: query.sort.key === key ? !query.sort.descending : false },
    });

  const onToggle = (id: MappingId, extend: boolean) => {
    const next = new Set(live);
    if (extend && anchor !== null) {
      const [from, to] = anchor < focus ? [anchor, focus] : [focus, anchor];
      for (const line of lines.slice(from, to + 1))
        if (line.kind === 'row') next.add(line.row.mapping.id);
    } else if (next.has(id)) next.delete(id);
    else next.add(id);
    setAnchor(focus);
    setSelected(next);
  };

  const onToggleAll = () =>
    setSelected(live.size >= shown.length ? new Set() : new Set(shown.map((r) => r.mapping.id)));

  const ids = [...live];
  const bulkDelete = () => {
    if (editable && ids.length > 0 && deleteMappings(ids)) setSelected(new Set());
  };

  return (
    <section className="mapping-table" aria-label="Mapping table">
      <div className="mapping-toolbar" role="toolbar" aria-label="Mapping table tools">
        <input
          type="search"
          aria-label="Filter mappings"
          placeholder="Filter by name, id, rationale…"
          value={query.text}
          onChange={(event) => patch({ text: event.target.value })}
        />
        <select
          aria-label="Filter by alignment"
          value={query.alignment}
          onChange={(event) => patch({ alignment: event.target.value })}
        >
          <option value="">Any alignment</option>
          {scale.map((q) => (
            <option key={q.id} value={q.id}>
              {q.label}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by status"
          value={query.status}
          onChange={(event) => patch({ status: event.target.value as MappingStatus | '' })}
        >
          <option value="">Any status</option>
          {MAPPING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by level"
          value={query.level ?? ''}
          onChange={(event) =>
            patch({ level: event.target.value === '' ? null : Number(event.target.value) })
          }
        >
          <option value="">Any level</option>
          {levels.map((level) => (
            <option key={level} value={level}>
              L{level}
            </option>
          ))}
        </select>
        <select
          aria-label="Group rows"
          value={grouping}
          onChange={(event) => setGrouping(event.target.value as Grouping)}
        >
          <option value="none">One row per mapping</option>
          <option value="process">By company process</option>
          <option value="target">By eTOM process</option>
        </select>
        <span className="mapping-count" aria-live="polite">
          {shown.length === rows.length
            ? `${rows.length} mappings`
            : `${shown.length} of ${rows.length} mappings`}
        </span>
        <span className="mapping-toolbar-end">
          <button
            type="button"
            onClick={() => openMappingDialog({ kind: 'suggest', processId: null })}
          >
            Suggestions…
          </button>
          <button
            type="button"
            disabled={!editable}
            onClick={() => openMappingDialog({ kind: 'paste' })}
          >
            Paste mappings…
          </button>
          <button type="button" onClick={() => openMappingDialog({ kind: 'alignments' })}>
            Alignment scale…
          </button>
          <button type="button" onClick={() => openDataExport('mappings')}>
            Export…
          </button>
        </span>
      </div>
      <AddMappingForm
        processes={document.processes.processes}
        catalogue={catalogue}
        scale={scale}
        disabled={!editable}
      />
      <BulkEditBar
        count={editable ? live.size : 0}
        alignments={scale}
        onAlignment={(alignment) => editMappings(ids, { alignment })}
        onStatus={(status) => editMappings(ids, { status })}
        onDelete={bulkDelete}
        onClear={() => setSelected(new Set())}
      />
      {rows.length === 0 ? (
        <p className="mapping-empty">
          No mappings yet. Add one above, paste rows from a spreadsheet, or accept suggestions.
        </p>
      ) : (
        <MappingGrid
          lines={lines}
          selected={live}
          focus={Math.min(focus, Math.max(0, lines.length - 1))}
          sort={query.sort}
          onSort={onSort}
          onFocus={setFocus}
          onToggle={onToggle}
          onToggleAll={onToggleAll}
          onOpen={(id) => editable && openMappingDialog({ kind: 'edit', id })}
          onDelete={bulkDelete}
        />
      )}
      <MappingDialogs />
    </section>
  );
}
