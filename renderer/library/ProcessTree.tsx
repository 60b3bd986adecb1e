import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { selectProcess, useLibrary } from '../framework/library-store';
import { ProcessTreeRow } from './ProcessTreeRow';
import { expandToDepth, revealIn, treeKeyMove, typeAheadIndex, visibleRows } from './tree-model';
import { usePaintMark } from '../framework/usePaintMark';
import { useScopeEntries } from '../scope/useScopeEntries';
import './process-tree.css';

interface Props {
  catalogue: FrameworkCatalogue;
  /** Kept mounted but hidden while search results show, so what was open stays open. */
  hidden?: boolean;
}

const ROW_HEIGHT = 28;
const TYPE_AHEAD_PAUSE_MS = 700;

/** The row element's id, for aria-activedescendant. */
export function treeRowId(processId: string): string {
  return `tree-row-${processId.replace(/\./g, '-')}`;
}

/**
 * The pack as a tree: virtualised (only the rows in view are in the DOM), with the WAI-ARIA
 * tree keys and type-ahead. Focus stays on the tree element; the focused row is named by
 * aria-activedescendant, which keeps working when rows scroll out of the DOM. Memoised: the
 * library's search box re-renders the panel on every keystroke, and the hidden tree must not.
 */
export const ProcessTree = memo(function ProcessTree({ catalogue, hidden = false }: Props) {
  const pack = catalogue.pack.id;
  // The tree shows one pack: a selection from another pack (the map's other scheme) is not here.
  const selected = useLibrary((s) => (s.selected?.pack === pack ? s.selected.id : null));
  const revealSeq = useLibrary((s) => s.revealSeq);
  const scope = useScopeEntries();
  const minLevel = catalogue.levels()[0] ?? 1;
  const [expanded, setExpanded] = useState(() => expandToDepth(catalogue, 2));
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [depthChoice, setDepthChoice] = useState('');
  const rows = useMemo(() => visibleRows(catalogue, expanded), [catalogue, expanded]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const typed = useRef({ text: '', at: 0 });
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  usePaintMark('etom:tree-first-paint', rows.length > 0);

  // A new pack starts from its top levels again.
  const [shownPack, setShownPack] = useState(catalogue);
  if (shownPack !== catalogue) {
    setShownPack(catalogue);
    setExpanded(expandToDepth(catalogue, 2));
    setFocusedId(null);
  }

  // A selection made elsewhere (search, map, details) opens its ancestors and scrolls to it.
  const [revealed, setRevealed] = useState(revealSeq);
  if (revealed !== revealSeq) {
    setRevealed(revealSeq);
    if (selected && catalogue.has(selected)) {
      setExpanded(revealIn(catalogue, expanded, selected));
      setFocusedId(selected);
    }
  }
  const focusIndex = focusedId === null ? -1 : rows.findIndex((r) => r.process.id === focusedId);
  useEffect(() => {
    if (focusIndex >= 0 && !hidden) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, virtualizer, hidden]);

  const toggle = (id: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(id);
    else next.delete(id);
    setExpanded(next);
  };

  const focusRow = (index: number) => {
    const row = rows[index];
    if (row) setFocusedId(row.process.id);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const index = Math.max(focusIndex, 0);
    const move = treeKeyMove(rows, index, event.key);
    if (move.kind !== 'none') {
      event.preventDefault();
      if (move.kind === 'focus') focusRow(move.index);
      else toggle(move.id, move.kind === 'expand');
      return;
    }
    const row = rows[index];
    if ((event.key === 'Enter' || event.key === ' ') && row) {
      event.preventDefault();
      setFocusedId(row.process.id);
      selectProcess({ pack, id: row.process.id }, false);
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const now = event.timeStamp;
      const text =
        now - typed.current.at > TYPE_AHEAD_PAUSE_MS ? event.key : typed.current.text + event.key;
      typed.current = { text, at: now };
      const found = typeAheadIndex(rows, index, text);
      if (found >= 0) {
        event.preventDefault();
        focusRow(found);
      }
    }
  };

  const onDepthChange = (value: string) => {
    setDepthChoice('');
    if (value === 'collapse') setExpanded(new Set());
    else if (value !== '') setExpanded(expandToDepth(catalogue, Number(value) - minLevel + 1));
  };

  const activeRow = rows[focusIndex];
  return (
    <div className="process-tree" hidden={hidden}>
      <div className="tree-tools">
        <label htmlFor="tree-depth">Expand</label>
        <select
          id="tree-depth"
          value={depthChoice}
          onChange={(event) => onDepthChange(event.target.value)}
        >
          <option value="">to level…</option>
          <option value="collapse">Collapse all</option>
          {catalogue.levels().map((level) => (
            <option key={level} value={level}>
              {`Down to level ${level}`}
            </option>
          ))}
        </select>
        <span className="muted tree-count">{`${rows.length.toLocaleString()} shown`}</span>
      </div>
      <div
        ref={scrollRef}
        className="tree-scroll"
        role="tree"
        aria-label="Framework processes"
        tabIndex={0}
        aria-activedescendant={activeRow ? treeRowId(activeRow.process.id) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (focusIndex < 0) focusRow(0);
        }}
      >
        <div role="none" className="tree-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <ProcessTreeRow
                key={row.process.id}
                id={treeRowId(row.process.id)}
                row={row}
                pack={pack}
                top={item.start}
                height={ROW_HEIGHT}
                focused={row.process.id === focusedId}
                selected={row.process.id === selected}
                scope={scope.get(`${pack}|${row.process.id}`)?.status}
                onToggle={() => toggle(row.process.id, !row.expanded)}
                onSelect={() => {
                  setFocusedId(row.process.id);
                  selectProcess({ pack, id: row.process.id }, false);
                  scrollRef.current?.focus();
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
});
