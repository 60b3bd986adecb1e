import { stemTerm } from '../../etom/search-stem';
import { isStopWord, tokenize } from '../../etom/search-text';

/** One word of a text as ranking sees it. */
export interface Word {
  /** Folded, plural-stripped (see `normalizeTerm`): what typo and prefix matching compare. */
  surface: string;
  /** The ranking stem (see `stemTerm`): what the index holds. */
  stem: string;
  /** Offsets in the text, end exclusive. */
  start: number;
  end: number;
  /** True for words too common to rank by (`and`, `of`, `the`...). */
  stop: boolean;
}

/** Splits `text` into words with their surface form, stem and offsets. */
export function analyzeText(text: string): Word[] {
  return tokenize(text).map(({ term, start, end }) => ({
    surface: term,
    stem: stemTerm(term),
    start,
    end,
    stop: isStopWord(term),
  }));
}

/** The stems of `text` that ranking counts (stop words left out). */
export function rankingStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of analyzeText(text)) if (!word.stop) stems.push(word.stem);
  return stems;
}
