/**
 * How well `query` matches `text` as a fuzzy subsequence (every character of the query, in
 * order, case-insensitively), or null when it does not. Higher is better: characters that
 * start a word and runs of consecutive characters count more, and a gap costs a little, so
 * "sa" finds "Save" before "Select all" and "sac" finds "Save a copy".
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  const t = text.toLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of q) {
    if (char === ' ') continue;
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
