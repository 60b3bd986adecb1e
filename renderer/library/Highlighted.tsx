import type { MatchRange } from '../../shared/etom/search-text';
import { splitByRanges } from './highlight';

/** Text with its matched parts in <mark> elements (built as elements, never as HTML). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((piece, index) =>
        piece.marked ? (
          <mark key={index}>{piece.text}</mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}
