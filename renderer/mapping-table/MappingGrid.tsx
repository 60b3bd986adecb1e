import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { MappingId } from '../../shared/model/ids';
import type { SortKey, TableLine } from './mapping-rows';
import { MappingGridRow, type RowActions } from './MappingGridRow';
import { ROW_HEIGHT, useRowHeight } from './row-height';
import { assignSlots, type SlotMap } from './row-slots';

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

/**
 * The table's rows, virtualised: only the rows in view (and a few beyond) are in the page, so
 * 10,000 mappings scroll like 100. A grid in the WAI-ARIA sense: arrow keys move the focused
 * row, Space selects it, Enter opens it, Delete deletes the selection.
 */
export function MappingGrid(props: Props) {
  const { lines, selected, focus, sort } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const rowHeight = useRowHeight(gridRef);
  // The app does not use the React Compiler; the virtualiser's fresh functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  // Rows of another height (the tab got wider or narrower): every offset is measured anew.
  useLayoutEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  useEffect(() => {
    if (focus >= 0 && focus < lines.length) virtualizer.scrollToIndex(focus, { align: 'auto' });
  }, [focus, lines.length, virtualizer]);

  // The row callbacks read the latest props through a ref: one stable object keeps the
  // memoised rows from rendering again on every scroll frame.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const actions = useMemo<RowActions>(
    () => ({
      focus: (index) => latest.current.onFocus(index),
      toggle: (id, extend) => latest.current.onToggle(id, extend),
      open: (id) => latest.current.onOpen(id),
    }),
    [],
  );

  // Rows are keyed by slot, not by mapping: a scroll re-fills the slots of the rows that left
  // (new text, new offset) instead of unmounting them and mounting others (row-slots.ts).
  const items = virtualizer.getVirtualItems();
  const previousSlots = useRef<SlotMap>(new Map());
  const slots = assignSlots(
    previousSlots.current,
    items.map((item) => item.index),
  );
  useLayoutEffect(() => {
    previousSlots.current = slots;
  });
  const bySlot = [...items].sort((a, b) => (slots.get(a.index) ?? 0) - (slots.get(b.index) ?? 0));

  const rowsShown = useMemo(() => lines.filter((line) => line.kind === 'row').length, [lines]);
  const allSelected = rowsShown > 0 && selected.size >= rowsShown;

  const onKeyDown = (event: KeyboardEvent) => {
    const line = lines[focus];
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / rowHeight) - 1);
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
      ref={gridRef}
      className={rowHeight === ROW_HEIGHT ? 'mapping-grid' : 'mapping-grid two-lines'}
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
        <div className="mapping-grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {bySlot.map((item) => {
            const line = lines[item.index];
            if (!line) return null;
            return (
              <MappingGridRow
                key={slots.get(item.index)}
                line={line}
                index={item.index}
                start={item.start}
                height={rowHeight}
                focused={item.index === focus}
                selected={line.kind === 'row' && selected.has(line.row.mapping.id)}
                actions={actions}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
