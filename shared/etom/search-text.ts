/**
 * How search reads text: words are split on anything that is not a letter or digit, folded
 * to lower case without accents, and lightly stemmed so that `orders` finds `Order` and
 * `activities` finds `Activity`. Index and query use the same functions, so a matched index
 * term can be traced back to the characters of a name for highlighting. Ranking stems words
 * further (`search-stem.ts`); `stemRanges` highlights by those stems.
 */
import { stemTerm } from './search-stem';

/** A word of a name and where it sits (character offsets, end exclusive). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** A highlighted stretch of a name: character offsets, end exclusive. */
export interface MatchRange {
  start: number;
  end: number;
}

/** Words too common in process names to rank by. */
const STOP_WORDS = new Set(['and', 'of', 'the', 'to', 'for', 'a', 'an', 'in', 'on', 'with']);

/** Folds case and accents and strips common English plural endings. */
export function normalizeTerm(word: string): string {
  const folded = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (folded.length <= 3 || /\d/.test(folded)) return folded;
  if (folded.endsWith('ies') && folded.length > 4) return `${folded.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(folded)) return folded.slice(0, -2);
  if (folded.endsWith('s') && !folded.endsWith('ss') && !folded.endsWith('us')) {
    return folded.slice(0, -1);
  }
  return folded;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text` with their offsets, normalised; stop words are kept for highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ term: normalizeTerm(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** The normalised words of a query, without stop words (unless that would leave none). */
export function queryTerms(query: string): string[] {
  const all = tokenize(query).map((token) => token.term);
  const kept = all.filter((term) => !STOP_WORDS.has(term));
  return [...new Set(kept.length > 0 ? kept : all)];
}

/** True for a word search must not index: it would match nearly everything. */
export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}

/** The stretches of `name` whose words are in `terms`, merged where they touch. */
export function matchRanges(name: string, terms: ReadonlySet<string>): MatchRange[] {
  return tokenize(name)
    .filter((token) => terms.has(token.term))
    .map((token) => ({ start: token.start, end: token.end }));
}

/** The stretches of `name` whose words have a ranking stem (see `stemTerm`) in `stems`. */
export function stemRanges(name: string, stems: ReadonlySet<string>): MatchRange[] {
  return tokenize(name)
    .filter((token) => stems.has(stemTerm(token.term)))
    .map((token) => ({ start: token.start, end: token.end }));
}
