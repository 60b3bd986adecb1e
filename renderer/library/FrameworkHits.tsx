import { memo, useEffect, useImperativeHandle, useState, type Ref, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { SearchHit } from '../../shared/etom/search';
import type { MatchRange } from '../../shared/etom/search-text';
import { sameFrameworkRef } from '../../shared/model/framework-ref';
import { startProcessDrag } from '../framework/drag-data';
import { selectProcess, useLibrary } from '../framework/library-store';
import { ConfidenceBadge } from './ConfidenceBadge';
import { Highlighted } from './Highlighted';
import { sameRanges } from './highlight';

/** Every result row's height (search-results.css sizes the rows to it): one line each. */
export const RESULT_ROW_HEIGHT = 44;
/** Rows rendered beyond those in view, so a short scroll or an arrow key finds them ready. */
const OVERSCAN = 4;

/** What the results' keyboard handling asks of the framework hits. */
export interface FrameworkHitsNav {
  /** Scrolls hit `index` into view and moves the focus to it. */
  focus(index: number): void;
}

interface Props {
  catalogue: FrameworkCatalogue;
  hits: readonly SearchHit[];
  /** The text the hits were found for. */
  text: string;
  /** The scroll container the list scrolls in (with the company hits above it). */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** How far down the scroll container the list starts (what is above it). */
  offset: number;
  nav?: Ref<FrameworkHitsNav>;
}

/** For a hit found by its id, the part of the id the query typed. */
function idRanges(hit: SearchHit, text: string): MatchRange[] {
  if (hit.matchKind === 'name') return [];
  const typed = text.trim().replace(/\.$/, '');
  return hit.id.startsWith(typed) ? [{ start: 0, end: typed.length }] : [];
}

interface RowProps {
  catalogue: FrameworkCatalogue;
  hit: SearchHit;
  index: number;
  idRanges: MatchRange[];
  selected: boolean;
  /** The list's one tab stop (the others are reached with the arrow keys). */
  tabbable: boolean;
}

/**
 * One hit, at its index's place in the list (fixed height, so no row is measured). Memoised on
 * what it shows: typing on, most hits of the longer text were hits of the shorter one, marked
 * alike, and are not rendered again.
 */
const FrameworkHitRow = memo(
  function FrameworkHitRow({ catalogue, hit, index, idRanges, selected, tabbable }: RowProps) {
    const pack = catalogue.pack.id;
    const confidence = catalogue.byId(hit.id)?.confidence;
    const path = hit.ancestors.map((a) => `${a.id} ${a.name}`).join(' › ');
    return (
      <li style={{ transform: `translateY(${index * RESULT_ROW_HEIGHT}px)` }}>
        <button
          type="button"
          className={selected ? 'result selected' : 'result'}
          aria-label={`${hit.id} ${hit.name}`}
          aria-current={selected ? 'true' : undefined}
          data-index={index}
          tabIndex={tabbable ? 0 : -1}
          draggable
          onDragStart={(event) => startProcessDrag(event, { pack, id: hit.id })}
          onClick={() => selectProcess({ pack, id: hit.id })}
        >
          <span className="result-head">
            <code className="result-id">
              <Highlighted text={hit.id} ranges={idRanges} />
            </code>
            <span className="result-name" title={hit.name}>
              <Highlighted text={hit.name} ranges={hit.ranges} />
            </span>
            <span className={`level-pill level-${Math.min(hit.level, 7)}`}>{`L${hit.level}`}</span>
            {confidence && <ConfidenceBadge confidence={confidence} compact />}
          </span>
          {path !== '' && (
            <span className="result-path" title={path}>
              {path}
            </span>
          )}
        </button>
      </li>
    );
  },
  (before, after) =>
    before.catalogue === after.catalogue &&
    before.index === after.index &&
    before.selected === after.selected &&
    before.tabbable === after.tabbable &&
    before.hit.id === after.hit.id &&
    before.hit.name === after.hit.name &&
    sameRanges(before.hit.ranges, after.hit.ranges) &&
    sameRanges(before.idRanges, after.idRanges),
);

/** The rows to render: those in view and the overscan, and the focused row wherever it is. */
export function rowsToRender(range: Range, keep: number): number[] {
  const rows = defaultRangeExtractor(range);
  if (keep < 0 || keep >= range.count || rows.includes(keep)) return rows;
  return [...rows, keep].sort((a, b) => a - b);
}

/**
 * The framework's hits, best first: id, name (matches marked), level and path, one fixed-height
 * row each. Virtualised: only the rows in view (and a few beyond) are in the page, so a
 * keystroke renders, lays out and paints a screenful whatever the number of hits, in the
 * keystroke's own frame. One tab stop (the focused hit, else the first); the arrow keys move
 * through the hits (SearchResults), and the focused row stays rendered when scrolled away.
 */
export const FrameworkHits = memo(function FrameworkHits({
  catalogue,
  hits,
  text,
  scrollRef,
  offset,
  nav,
}: Props) {
  const selected = useLibrary((s) => s.selected);
  const pack = catalogue.pack.id;
  const [active, setActive] = useState({ hits, index: 0, focus: false });
  // A new list of hits starts with its first as the tab stop.
  const activeIndex = active.hits === hits ? active.index : 0;
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => RESULT_ROW_HEIGHT,
    scrollMargin: offset,
    overscan: OVERSCAN,
    rangeExtractor: (range) => rowsToRender(range, activeIndex),
  });
  useImperativeHandle(
    nav,
    () => ({
      focus(index: number) {
        setActive({ hits, index, focus: true });
        virtualizer.scrollToIndex(index, { align: 'auto' });
      },
    }),
    [hits, virtualizer],
  );
  useEffect(() => {
    if (!active.focus || active.hits !== hits) return;
    scrollRef.current
      ?.querySelector<HTMLButtonElement>(`ul[data-hits] button[data-index="${active.index}"]`)
      ?.focus({ preventScroll: true });
  }, [active, hits, scrollRef]);

  return (
    <ul
      className="results-list results-virtual"
      aria-label="Search results"
      data-query={text}
      data-hits={hits.length}
      style={{ height: hits.length * RESULT_ROW_HEIGHT }}
    >
      {virtualizer.getVirtualIndexes().map((index) => {
        const hit = hits[index];
        if (!hit) return null;
        return (
          <FrameworkHitRow
            key={hit.id}
            catalogue={catalogue}
            hit={hit}
            index={index}
            idRanges={idRanges(hit, text)}
            selected={sameFrameworkRef(selected, { pack, id: hit.id })}
            tabbable={index === activeIndex}
          />
        );
      })}
    </ul>
  );
});
