import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ProcessId } from '../../shared/model/ids';
import type { CompanyProcess } from '../../shared/model/process-schema';
import {
  indentProcess,
  moveBefore,
  outdentProcess,
  renameProcess,
  shiftProcess,
} from './catalogue-edits';
import { expandedTo, visibleCatalogueRows } from './catalogue-rows';
import { startCompanyProcessDrag, carriesCompanyProcess } from './process-drag';

const ROW_HEIGHT = 28;

interface Props {
  processes: readonly CompanyProcess[];
  filter: string;
  selected: ProcessId | null;
  onSelect: (id: ProcessId | null) => void;
  onDelete: (id: ProcessId) => void;
  /** The process to rename inline as soon as it shows (a new one). */
  renaming: ProcessId | null;
  onRenamingChange: (id: ProcessId | null) => void;
  readOnly: boolean;
}

/**
 * The company's processes as a virtualised tree (thousands of rows stay fast). Keys: arrows
 * move and open/close, F2 renames, Tab / Shift+Tab or Alt+Right / Alt+Left indent and outdent,
 * Alt+Up / Alt+Down reorder, Delete deletes. Rows drag to reorder (dropped before the row
 * under them) and onto a diagram (a process node).
 */
export function CatalogueTree(props: Props) {
  const { processes, filter, selected, onSelect, renaming, onRenamingChange, readOnly } = props;
  const [collapsed, setCollapsed] = useState<ReadonlySet<ProcessId>>(new Set());
  // A process selected from elsewhere (the library search, the coverage lists) may sit under
  // a collapsed parent: its ancestors open, so that its row shows and scrolls into view.
  const [shownFor, setShownFor] = useState(selected);
  if (shownFor !== selected) {
    setShownFor(selected);
    const opened = expandedTo(processes, collapsed, selected);
    if (opened !== collapsed) setCollapsed(opened);
  }
  const rows = useMemo(
    () => visibleCatalogueRows(processes, collapsed, filter),
    [processes, collapsed, filter],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const treeRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const index = rows.findIndex((r) => r.process.id === selected);
  useEffect(() => {
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [index, virtualizer]);

  const toggle = (id: ProcessId, open: boolean) => {
    const next = new Set(collapsed);
    if (open) next.delete(id);
    else next.add(id);
    setCollapsed(next);
  };
  const at = (i: number) => rows[Math.max(0, Math.min(i, rows.length - 1))]?.process.id ?? null;

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (renaming) return;
    const row = rows[index];
    const id = row?.process.id;
    const key = event.key;
    const edit = (run: () => void) => {
      event.preventDefault();
      event.stopPropagation();
      if (!readOnly) run();
    };
    if (id && event.altKey && key === 'ArrowUp') return edit(() => shiftProcess(id, -1));
    if (id && event.altKey && key === 'ArrowDown') return edit(() => shiftProcess(id, 1));
    if (id && ((event.altKey && key === 'ArrowRight') || (key === 'Tab' && !event.shiftKey))) {
      return edit(() => indentProcess(id));
    }
    if (id && ((event.altKey && key === 'ArrowLeft') || (key === 'Tab' && event.shiftKey))) {
      return edit(() => outdentProcess(id));
    }
    if (id && key === 'F2') return edit(() => onRenamingChange(id));
    if (id && key === 'Delete') return edit(() => props.onDelete(id));
    let next: ProcessId | null | undefined;
    if (key === 'ArrowDown') next = at(index + 1);
    else if (key === 'ArrowUp') next = at(index - 1);
    else if (key === 'Home') next = at(0);
    else if (key === 'End') next = at(rows.length - 1);
    else if (key === 'ArrowRight' && row?.hasChildren && collapsed.has(row.process.id)) {
      toggle(row.process.id, true);
    } else if (key === 'ArrowLeft' && row?.hasChildren && !collapsed.has(row.process.id)) {
      toggle(row.process.id, false);
    } else if (key === 'ArrowLeft' && row?.process.parentId) next = row.process.parentId;
    else return;
    event.preventDefault();
    if (next !== undefined) onSelect(next);
  };

  return (
    <div ref={scrollRef} className="catalogue-tree-scroll">
      <div
        ref={treeRef}
        role="tree"
        aria-label="Company processes"
        tabIndex={0}
        className="catalogue-tree"
        aria-activedescendant={selected ? `cat-${selected}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (!selected && rows[0]) onSelect(rows[0].process.id);
        }}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const { process, depth, hasChildren } = row;
          const open = !collapsed.has(process.id);
          return (
            <div
              key={process.id}
              id={`cat-${process.id}`}
              role="treeitem"
              aria-level={depth + 1}
              aria-selected={process.id === selected}
              aria-expanded={hasChildren ? open : undefined}
              className={`catalogue-row${process.id === selected ? ' selected' : ''}`}
              style={{ transform: `translateY(${item.start}px)`, paddingLeft: 8 + depth * 18 }}
              draggable={!readOnly && renaming !== process.id}
              onDragStart={(event) => startCompanyProcessDrag(event, process.id)}
              onDragOver={(event) => {
                if (carriesCompanyProcess(event)) event.preventDefault();
              }}
              onDrop={(event) => {
                if (!carriesCompanyProcess(event) || readOnly) return;
                event.preventDefault();
                const id = event.dataTransfer.getData('application/x-etom-company-process');
                if (id) moveBefore(id as ProcessId, process.id);
              }}
              onClick={() => {
                onSelect(process.id);
                treeRef.current?.focus();
              }}
              onDoubleClick={() => !readOnly && onRenamingChange(process.id)}
            >
              <span
                className="catalogue-twisty"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  if (hasChildren) toggle(process.id, !open);
                }}
              >
                {hasChildren ? (open ? '▾' : '▸') : ''}
              </span>
              {process.code && <span className="catalogue-code">{process.code}</span>}
              {renaming === process.id ? (
                <RenameField
                  name={process.name}
                  onDone={(name) => {
                    if (name !== null) renameProcess(process.id, name);
                    onRenamingChange(null);
                    treeRef.current?.focus();
                  }}
                />
              ) : (
                <span className="catalogue-name">{process.name}</span>
              )}
              {process.extension && <span className="catalogue-flag">not in eTOM</span>}
            </div>
          );
        })}
      </div>
      {rows.length === 0 && (
        <p className="muted catalogue-empty">
          {filter
            ? 'No process matches the filter.'
            : 'No company processes yet: add or import some.'}
        </p>
      )}
    </div>
  );
}

function RenameField({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const [text, setText] = useState(name);
  return (
    <input
      className="catalogue-rename"
      aria-label="Process name"
      autoFocus
      value={text}
      onChange={(event) => setText(event.target.value)}
      onFocus={(event) => event.target.select()}
      onBlur={() => onDone(text)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') onDone(text);
        if (event.key === 'Escape') onDone(null);
      }}
    />
  );
}
