import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { MappingId } from '../../shared/model/ids';
import type { SortKey, TableLine } from './mapping-rows';

const ROW_HEIGHT = 34;

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'process', label: 'Company process' },
  { key: 'target', label: 'eTOM process' },
  { key: 'level', label: 'Level' },
  { key: 'alignment', label: 'Alignment' },
  { key: 'status', label: 'Status' },
  { key: 'rationale', label: 'Rationale' },
  { key: 'updated', label: 'Updated' },
];

interface Props {
  lines: readonly TableLine[];
  selected: ReadonlySet<MappingId>;
  focus: number;
  sort: { key: SortKey; descending: boolean };
  onSort: (key: SortKey) => void;
  onFocus: (index: number) => void;
  onToggle: (id: MappingId, extend: boolean) => void;
  onToggleAll: () => void;
  onOpen: (id: MappingId) => void;
  onDelete: () => void;
}

function shortDate(stamp: string | undefined): string {
  return stamp ? stamp.slice(0, 16).replace('T', ' ') : '';
}

/**
 * The table's rows, virtualised: only the rows in view (and a few beyond) are in the page, so
 * 10,000 mappings scroll like 100. A grid in the WAI-ARIA sense: arrow keys move the focused
 * row, Space selects it, Enter opens it, Delete deletes the selection.
 */
export function MappingGrid(props: Props) {
  const { lines, selected, focus, sort } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualiser's fresh functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  useEffect(() => {
    if (focus >= 0 && focus < lines.length) virtualizer.scrollToIndex(focus, { align: 'auto' });
  }, [focus, lines.length, virtualizer]);

  const rowsShown = lines.filter((line) => line.kind === 'row').length;
  const allSelected = rowsShown > 0 && selected.size >= rowsShown;

  const onKeyDown = (event: KeyboardEvent) => {
    const line = lines[focus];
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const move = (to: number) => {
      event.preventDefault();
      props.onFocus(Math.max(0, Math.min(lines.length - 1, to)));
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(focus + 1);
      case 'ArrowUp':
        return move(focus - 1);
      case 'PageDown':
        return move(focus + page);
      case 'PageUp':
        return move(focus - page);
      case 'Home':
        return move(0);
      case 'End':
        return move(lines.length - 1);
      case ' ':
        event.preventDefault();
        if (line?.kind === 'row') props.onToggle(line.row.mapping.id, false);
        return;
      case 'Enter':
        event.preventDefault();
        if (line?.kind === 'row') props.onOpen(line.row.mapping.id);
        return;
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        props.onDelete();
        return;
    }
  };

  const activeId = focus >= 0 && focus < lines.length ? `mapping-line-${focus}` : undefined;

  return (
    <div
      className="mapping-grid"
      role="grid"
      aria-label="Mappings"
      aria-rowcount={lines.length + 1}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={activeId}
      onKeyDown={onKeyDown}
    >
      <div className="mapping-grid-head" role="row" aria-rowindex={1}>
        <span role="columnheader" className="mapping-cell-check">
          <input
            type="checkbox"
            aria-label="Select all rows shown"
            checked={allSelected}
            onChange={props.onToggleAll}
            tabIndex={-1}
          />
        </span>
        {COLUMNS.map((column) => (
          <span
            key={column.key}
            role="columnheader"
            className={`mapping-cell-${column.key}`}
            aria-sort={
              sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
            }
          >
            <button type="button" tabIndex={-1} onClick={() => props.onSort(column.key)}>
              {column.label}
              {sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
            </button>
          </span>
        ))}
      </div>
      <div ref={scrollRef} className="mapping-grid-scroll" data-testid="mapping-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lines[item.index];
            if (!line) return null;
            const focused = item.index === focus;
            const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT };
            if (line.kind === 'group') {
              return (
                <div
                  key={line.key}
                  id={`mapping-line-${item.index}`}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={`mapping-group${focused ? ' is-focused' : ''}`}
                  style={style}
                  onClick={() => props.onFocus(item.index)}
                >
                  <span role="gridcell">
                    {line.title} <span className="mapping-group-count">({line.count})</span>
                  </span>
                </div>
              );
            }
            const { row } = line;
            const id = row.mapping.id;
            const isSelected = selected.has(id);
            return (
              <div
                key={id}
                id={`mapping-line-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                className={`mapping-row${isSelected ? ' is-selected' : ''}${focused ? ' is-focused' : ''}`}
                style={style}
                onClick={(event) => {
                  props.onFocus(item.index);
                  if (event.ctrlKey || event.metaKey || event.shiftKey) {
                    props.onToggle(id, event.shiftKey);
                  }
                }}
                onDoubleClick={() => props.onOpen(id)}
              >
                <span role="gridcell" className="mapping-cell-check">
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.processName} to ${row.targetId}`}
                    checked={isSelected}
                    tabIndex={-1}
                    onClick={(event) => event.stopPropagation()}
                    onChange={() => props.onToggle(id, false)}
                  />
                </span>
                <span role="gridcell" className="mapping-cell-process" title={row.processName}>
                  {row.processCode && <code className="mapping-code">{row.processCode}</code>}
                  {row.processName}
                </span>
                <span role="gridcell" className="mapping-cell-target" title={row.targetName}>
                  <code className="mapping-code">{row.targetId}</code>
                  {row.targetName}
                  <span className="mapping-pack">{row.pack}</span>
                </span>
                <span role="gridcell" className="mapping-cell-level">
                  {row.level === null ? '' : `L${row.level}`}
                </span>
                <span role="gridcell" className="mapping-cell-alignment">
                  {row.alignmentLabel}
                </span>
                <span
                  role="gridcell"
                  className={`mapping-cell-status status-${row.mapping.status}`}
                >
                  {row.mapping.status}
                </span>
                <span
                  role="gridcell"
                  className="mapping-cell-rationale"
                  title={row.mapping.rationale ?? ''}
                >
                  {row.mapping.rationale ?? ''}
                </span>
                <span role="gridcell" className="mapping-cell-updated">
                  {shortDate(row.mapping.updatedAt)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
