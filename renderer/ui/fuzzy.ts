/**
 * How well `query` matches `text` as a fuzzy subsequence (every character of the query, in
 * order, case-insensitively), or null when it does not. Higher is better: characters that
 * start a word and runs of consecutive characters count more, and a gap costs a little, so
 * "sa" finds "Save" before "Select all" and "sac" finds "Save a copy". A query typed whole
 * counts most (`phraseBonus`).
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (q === '') return 0;
  const t = text.toLowerCase();
  // Each place the first character occurs may start the best match ("add" in "Diagram: Add
  // box" should start at "Add", not at the "a" of "Diagram").
  let best: number | null = null;
  for (let start = t.indexOf(q[0] ?? ''); start >= 0; start = t.indexOf(q[0] ?? '', start + 1)) {
    const score = scoreFrom(q, t, start);
    if (score !== null && (best === null || score > best)) best = score;
  }
  return best === null ? null : best + phraseBonus(query, t);
}

/** Where a name starts in a palette entry: the text's start, or after "Category: ". */
const NAME_START = /(^|: )$/;
/** What may follow a whole word: the end, a space, punctuation or a dialog's ellipsis. */
const WORD_END = /^($|[\s:./,…)-])/;

/**
 * What typing a name whole adds: the query, spaces and all, found as it is in `text` (already
 * lower case) at the start of a word (4), more at the start of a name (+4), more where it ends
 * a word (+5: "map" is Framework map's word, only the start of Mapping's) and more again where
 * it is the whole name (+3). Otherwise "mapping table" found "File: Export mapping table…" and
 * "View: Mapping table" equally well, and the list's order put the export first.
 */
function phraseBonus(query: string, text: string): number {
  const phrase = query.trim().toLowerCase().replace(/\s+/g, ' ');
  let bonus = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(0, at);
    if (at > 0 && !/[\s:./-]$/.test(before)) continue;
    const after = text.slice(at + phrase.length);
    const nameStart = NAME_START.test(before);
    const wordEnd = WORD_END.test(after);
    const wholeName = nameStart && (after === '' || after === '…');
    bonus = Math.max(bonus, 4 + (nameStart ? 4 : 0) + (wordEnd ? 5 : 0) + (wholeName ? 3 : 0));
  }
  return bonus;
}

/** The score of matching `q` in `t` greedily, its first character at `start`. */
function scoreFrom(q: string, t: string, start: number): number | null {
  let score = 0;
  let from = start;
  let previous = start - 2;
  for (const char of q) {
    const at = t.indexOf(char, from);
    if (at < 0) return null;
    const wordStart = at === 0 || /[\s:./-]/.test(t[at - 1] ?? '');
    score += 1 + (wordStart ? 3 : 0) + (at === previous + 1 ? 4 : 0) - Math.min(at - from, 5) * 0.1;
    previous = at;
    from = at + 1;
  }
  return score;
}

/** The items matching `query`, best first; ties keep their order. */
export function fuzzyFilter<T>(
  items: readonly T[],
  query: string,
  textOf: (item: T) => string,
): T[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, textOf(item)) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
