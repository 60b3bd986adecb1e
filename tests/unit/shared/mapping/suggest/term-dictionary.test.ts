import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../../../shared/mapping/suggest/edit-distance';
import { createTermDictionary } from '../../../../../shared/mapping/suggest/term-dictionary';

/** Plain Levenshtein with adjacent swaps, the slow way, to check the bounded one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps', () => {
    expect(boundedEditDistance('troble', 'trouble', 2)).toBe(1);
    expect(boundedEditDistance('ordr', 'order', 2)).toBe(1);
    expect(boundedEditDistance('custmoer', 'customer', 2)).toBe(1);
    expect(boundedEditDistance('line', 'link', 2)).toBe(1);
    expect(boundedEditDistance('same', 'same', 0)).toBe(0);
  });

  it('agrees with the unbounded distance up to the bound, and says max + 1 beyond it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 9 }),
        fc.string({ maxLength: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          const full = reference(a, b);
          expect(boundedEditDistance(a, b, max)).toBe(full <= max ? full : max + 1);
        },
      ),
    );
  });
});

describe('the term dictionary', () => {
  const dictionary = createTermDictionary(
    new Map([
      ['trouble', { stem: 'trouble', count: 40 }],
      ['customer', { stem: 'customer', count: 300 }],
      ['custom', { stem: 'custom', count: 1 }],
      ['customize', { stem: 'customiz', count: 3 }],
      ['order', { stem: 'order', count: 200 }],
    ]),
  );

  it('completes a prefix, most frequent first, without the word itself', () => {
    expect(dictionary.withPrefix('cust', 5).map((w) => w.surface)).toEqual([
      'customer',
      'customize',
      'custom',
    ]);
    expect(dictionary.withPrefix('custom', 5).map((w) => w.surface)).toEqual([
      'customer',
      'customize',
    ]);
    expect(dictionary.withPrefix('zz', 5)).toEqual([]);
    expect(dictionary.withPrefix('cust', 1)).toHaveLength(1);
  });

  it('finds known words within the edit bound, nearest first', () => {
    expect(dictionary.near('troble', 1)).toEqual([
      { surface: 'trouble', stem: 'trouble', edits: 1 },
    ]);
    expect(dictionary.near('ordr', 1).map((w) => w.surface)).toEqual(['order']);
    expect(dictionary.near('xyz', 1)).toEqual([]);
    // A typo keeps the first letter: `xrder` is one edit from `order` but not a slip for it.
    expect(dictionary.near('xrder', 1)).toEqual([]);
    expect(dictionary.near('ordeer', 1).map((w) => w.surface)).toEqual(['order']);
    // Asked twice, the same answer (the second from the cache).
    expect(dictionary.near('troble', 1)).toEqual(dictionary.near('troble', 1));
    expect(dictionary.stemOf('customize')).toBe('customiz');
    expect(dictionary.size).toBe(5);
  });
});
