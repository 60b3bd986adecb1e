import { boundedEditDistance } from './edit-distance';

/** A word the index knows, as typed (surface) and as ranked (stem). */
export interface KnownWord {
  surface: string;
  stem: string;
}

/** A known word close to a typed one, and how many edits apart. */
export interface NearWord extends KnownWord {
  edits: number;
}

/** The words of the index, for prefix completion and typo matching. */
export interface TermDictionary {
  readonly size: number;
  stemOf(surface: string): string | undefined;
  /** Known words that start with `prefix` (longer than it), most frequent first. */
  withPrefix(prefix: string, limit: number): KnownWord[];
  /**
   * Known words within `maxEdits` of `surface` that begin with its first letter, nearest first
   * (the word itself excluded): a typo keeps the first letter (people rarely mistype it), so
   * only the words of that letter and a near length are compared.
   */
  near(surface: string, maxEdits: number): NearWord[];
}

const CACHE_LIMIT = 20_000;

const startKey = (first: string, length: number): string => `${first}${length}`;

/**
 * Builds the dictionary from surface -> stem pairs with how often each surface occurs.
 * Typo look-ups are cached: suggesting for thousands of company processes repeats words.
 */
export function createTermDictionary(
  words: ReadonlyMap<string, { stem: string; count: number }>,
): TermDictionary {
  const sorted = [...words.keys()].sort();
  // By first letter and length: a company catalogue's thousands of numbers ("42", "c-42")
  // are never compared with a word typed in letters (before, every keystroke of a word not
  // known yet compared it with each word of a near length: 40 to 200 ms at 5,000 processes).
  const byStart = new Map<string, string[]>();
  for (const surface of sorted) {
    const key = startKey(surface.charAt(0), surface.length);
    const list = byStart.get(key);
    if (list === undefined) byStart.set(key, [surface]);
    else list.push(surface);
  }
  const nearCache = new Map<string, NearWord[]>();
  const known = (surface: string): KnownWord => ({
    surface,
    stem: words.get(surface)?.stem ?? surface,
  });

  return {
    size: sorted.length,
    stemOf: (surface) => words.get(surface)?.stem,
    withPrefix(prefix, limit) {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((sorted[mid] as string) < prefix) low = mid + 1;
        else high = mid;
      }
      const found: string[] = [];
      for (let i = low; i < sorted.length; i += 1) {
        const surface = sorted[i] as string;
        if (!surface.startsWith(prefix)) break;
        if (surface !== prefix) found.push(surface);
      }
      found.sort(
        (a, b) => (words.get(b)?.count ?? 0) - (words.get(a)?.count ?? 0) || a.localeCompare(b),
      );
      return found.slice(0, limit).map(known);
    },
    near(surface, maxEdits) {
      const key = `${maxEdits}:${surface}`;
      const cached = nearCache.get(key);
      if (cached !== undefined) return cached;
      const found: NearWord[] = [];
      for (
        let length = surface.length - maxEdits;
        length <= surface.length + maxEdits;
        length += 1
      ) {
        for (const candidate of byStart.get(startKey(surface.charAt(0), length)) ?? []) {
          if (candidate === surface) continue;
          const edits = boundedEditDistance(surface, candidate, maxEdits);
          if (edits <= maxEdits) found.push({ ...known(candidate), edits });
        }
      }
      found.sort(
        (a, b) =>
          a.edits - b.edits ||
          (words.get(b.surface)?.count ?? 0) - (words.get(a.surface)?.count ?? 0),
      );
      if (nearCache.size >= CACHE_LIMIT) nearCache.clear();
      nearCache.set(key, found);
      return found;
    },
  };
}
