import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameRanges, splitByRanges } from '../../../../renderer/library/highlight';

describe('splitByRanges', () => {
  it('marks the matched words of a name', () => {
    expect(splitByRanges('Order Handling', [{ start: 6, end: 14 }])).toEqual([
      { text: 'Order ', marked: false },
      { text: 'Handling', marked: true },
    ]);
  });

  it('merges overlapping and adjacent ranges, in any order, and clips past the end', () => {
    expect(
      splitByRanges('abcdef', [
        { start: 3, end: 9 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ]),
    ).toEqual([{ text: 'abcdef', marked: true }]);
    expect(splitByRanges('abc', [{ start: -4, end: 1 }])).toEqual([
      { text: 'a', marked: true },
      { text: 'bc', marked: false },
    ]);
  });

  it('gives nothing for empty text and one plain piece without ranges', () => {
    expect(splitByRanges('', [{ start: 0, end: 3 }])).toEqual([]);
    expect(splitByRanges('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', marked: false }]);
  });

  it('always joins back into the text, alternating marked and plain', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 40 }),
            end: fc.integer({ min: -5, max: 40 }),
          }),
        ),
        (text, ranges) => {
          const pieces = splitByRanges(text, ranges);
          expect(pieces.map((piece) => piece.text).join('')).toBe(text);
          pieces.forEach((piece, i) => {
            expect(piece.text.length).toBeGreaterThan(0);
            if (i > 0) expect(piece.marked).not.toBe(pieces[i - 1]!.marked);
          });
        },
      ),
    );
  });
});

describe('sameRanges', () => {
  it('is true for the same parts in the same order only', () => {
    expect(sameRanges([{ start: 0, end: 2 }], [{ start: 0, end: 2 }])).toBe(true);
    expect(sameRanges([], [])).toBe(true);
    expect(sameRanges([{ start: 0, end: 2 }], [{ start: 0, end: 3 }])).toBe(false);
    expect(sameRanges([{ start: 0, end: 2 }], [])).toBe(false);
  });
});
