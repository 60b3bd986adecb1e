import { memo, useDeferredValue } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { SearchHit } from '../../shared/etom/search';
import type { MatchRange } from '../../shared/etom/search-text';
import { sameFrameworkRef } from '../../shared/model/framework-ref';
import { startProcessDrag } from '../framework/drag-data';
import { selectProcess, useLibrary } from '../framework/library-store';
import { ConfidenceBadge } from './ConfidenceBadge';
import { Highlighted } from './Highlighted';
import { sameRanges } from './highlight';

interface Props {
  catalogue: FrameworkCatalogue;
  hits: readonly SearchHit[];
  /** The text the hits were found for. */
  text: string;
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
  idRanges: MatchRange[];
  selected: boolean;
}

/**
 * One hit. Memoised on what it shows: typing on, most hits of the longer text were hits of the
 * shorter one, marked alike, and are not rendered again.
 */
const FrameworkHitRow = memo(
  function FrameworkHitRow({ catalogue, hit, idRanges, selected }: RowProps) {
    const pack = catalogue.pack.id;
    const confidence = catalogue.byId(hit.id)?.confidence;
    const path = hit.ancestors.map((a) => `${a.id} ${a.name}`).join(' › ');
    return (
      <li>
        <button
          type="button"
          className={selected ? 'result selected' : 'result'}
          aria-label={`${hit.id} ${hit.name}`}
          aria-current={selected ? 'true' : undefined}
          draggable
          onDragStart={(event) => startProcessDrag(event, { pack, id: hit.id })}
          onClick={() => selectProcess({ pack, id: hit.id })}
        >
          <span className="result-head">
            <code className="result-id">
              <Highlighted text={hit.id} ranges={idRanges} />
            </code>
            <span className="result-name">
              <Highlighted text={hit.name} ranges={hit.ranges} />
            </span>
            <span className={`level-pill level-${Math.min(hit.level, 7)}`}>{`L${hit.level}`}</span>
            {confidence && <ConfidenceBadge confidence={confidence} compact />}
          </span>
          {path !== '' && <span className="result-path">{path}</span>}
        </button>
      </li>
    );
  },
  (before, after) =>
    before.catalogue === after.catalogue &&
    before.selected === after.selected &&
    before.hit.id === after.hit.id &&
    before.hit.name === after.hit.name &&
    sameRanges(before.hit.ranges, after.hit.ranges) &&
    sameRanges(before.idRanges, after.idRanges),
);

const NO_HITS: readonly SearchHit[] = [];

/** Hits rendered with the keystroke: more than the tallest library panel shows at once. */
export const FIRST_SCREEN = 24;

/**
 * The hits to render now: all of them once the list has settled on `hits`, else (the render of
 * a keystroke, `settled` still the hits before) the first screenful only.
 */
export function hitsToRender<T>(hits: readonly T[], settled: readonly T[]): readonly T[] {
  return settled === hits ? hits : hits.slice(0, FIRST_SCREEN);
}

/**
 * The framework's hits, best first: id, name (matches marked), level and path. A keystroke
 * renders (and paints) the first screenful at once; the rest, up to RESULT_LIMIT, follow in a
 * deferred render that a next keystroke interrupts. Memoised on the hits, and rows keyed by
 * id, so the rows already there are kept.
 */
export const FrameworkHits = memo(function FrameworkHits({ catalogue, hits, text }: Props) {
  const selected = useLibrary((s) => s.selected);
  // On mount too: the list's first render shows the first screenful, the rest deferred.
  const settled = useDeferredValue(hits, NO_HITS);
  const pack = catalogue.pack.id;
  return (
    <ul className="results-list" aria-label="Search results" data-query={text}>
      {hitsToRender(hits, settled).map((hit) => (
        <FrameworkHitRow
          key={hit.id}
          catalogue={catalogue}
          hit={hit}
          idRanges={idRanges(hit, text)}
          selected={sameFrameworkRef(selected, { pack, id: hit.id })}
        />
      ))}
    </ul>
  );
});
