import type { RankingIndex } from './ranking-index';
import { analyzeText, type Word } from './text-analysis';

/** What a company process offers to rank by. Only the name is required. */
export interface QueryText {
  name: string;
  description?: string;
  parentName?: string;
  childNames?: readonly string[];
}

/** Where a concept came from in the company process. */
export type QuerySource = 'name' | 'description' | 'parent' | 'children';

/** How an alternative stands in for what was typed. */
export type AlternativeKind = 'word' | 'prefix' | 'typo' | 'vocabulary';

/** One way a concept can be found in a framework process: a set of stems, all counted. */
export interface Alternative {
  kind: AlternativeKind;
  stems: readonly string[];
  /** How much it counts against the typed word itself (1). */
  factor: number;
  /** For reasons: the typed text and what it stood for (`troble` -> `trouble`). */
  from: string;
  to: string;
}

/** One thing the query asks for (a word, or a vocabulary phrase), with its stand-ins. */
export interface Concept {
  text: string;
  source: QuerySource;
  weight: number;
  alternatives: Alternative[];
}

/** A query ready to score: its concepts and any framework ids it names. */
export interface QueryPlan {
  concepts: Concept[];
  ids: string[];
}

export interface PlanOptions {
  /** Complete words being typed (`custom` -> `customer`): for search-as-you-type. */
  prefix: boolean;
  /** Most prefix completions per word. */
  prefixLimit?: number;
  /**
   * Read dotted numbers (`3.1.2`) as words, not as framework ids: for a search over processes
   * that have none (a company's codes are found through their words).
   */
  idsAsWords?: boolean;
}

/** Modifiers that say nothing about the subject: `new tariff plan` is about tariff plans. */
const GENERIC_WORDS = new Set([
  'new',
  'existing',
  'other',
  'various',
  'general',
  'overall',
  'specific',
  'all',
  'several',
  'current',
]);

const ID_IN_TEXT = /(?<![\d.])\d+(?:\.\d+)+(?![\d.])/g;
const MAX_TYPO_CANDIDATES = 3;
const MAX_NAME_CONCEPTS = 12;

/**
 * True when `typed` reads as a slip for `intended` rather than as another word: the first
 * letter is right (people rarely mistype it), and a short word was not changed by swapping
 * one letter for another (`line` is not a typo for `link`; `ordr` is one for `order`).
 */
function plausibleTypo(typed: string, intended: string): boolean {
  if (typed[0] !== intended[0]) return false;
  if (typed.length >= 6 || typed.length !== intended.length) return true;
  // Same length, one edit: a transposition of neighbours is a slip, a substitution is not.
  const diff = [...typed].flatMap((ch, i) => (ch === intended[i] ? [] : [i]));
  return (
    diff.length === 2 &&
    diff[1] === (diff[0] ?? 0) + 1 &&
    typed[diff[0] ?? 0] === intended[diff[1] ?? 0]
  );
}

function known(index: RankingIndex, stems: readonly string[]): boolean {
  return stems.some((stem) => index.postings(stem) !== undefined);
}

function wordAlternatives(index: RankingIndex, word: Word, options: PlanOptions): Alternative[] {
  const { alternatives: factors } = index.tuning;
  const found: Alternative[] = [];
  const seen = new Set<string>();
  const push = (alternative: Alternative): void => {
    const key = alternative.stems.join(' ');
    if (seen.has(key) || !known(index, alternative.stems)) return;
    seen.add(key);
    found.push(alternative);
  };
  push({ kind: 'word', stems: [word.stem], factor: 1, from: word.surface, to: word.surface });
  const literalKnown = found.length > 0;
  if (!literalKnown && word.surface.length >= 4 && !/\d/.test(word.surface)) {
    const maxEdits = word.surface.length >= 8 ? 2 : 1;
    const nearby = index.dictionary
      .near(word.surface, maxEdits)
      .filter((near) => plausibleTypo(word.surface, near.surface));
    for (const near of nearby.slice(0, MAX_TYPO_CANDIDATES)) {
      push({
        kind: 'typo',
        stems: [near.stem],
        factor: near.edits === 1 ? factors.typo1 : factors.typo2,
        from: word.surface,
        to: near.surface,
      });
    }
  }
  if (options.prefix && word.surface.length >= 2) {
    for (const completion of index.dictionary.withPrefix(word.surface, options.prefixLimit ?? 12)) {
      push({
        kind: 'prefix',
        stems: [completion.stem],
        factor: factors.prefix,
        from: word.surface,
        to: completion.surface,
      });
    }
  }
  return found;
}

/** Splits one text into concepts: vocabulary phrases where they match, single words elsewhere. */
function conceptsOf(
  index: RankingIndex,
  text: string,
  source: QuerySource,
  weight: number,
  options: PlanOptions,
): Concept[] {
  // Ids are scored apart; blank them out in place so that word offsets still fit `text`.
  const clean =
    options.idsAsWords === true ? text : text.replace(ID_IN_TEXT, (id) => ' '.repeat(id.length));
  const words = analyzeText(clean);
  const concepts: Concept[] = [];
  let i = 0;
  while (i < words.length) {
    const match = index.vocabulary.matchAt(words, i);
    if (match !== undefined) {
      const span = words.slice(i, i + match.length);
      const content = span.filter((word) => !word.stop);
      const phrase = clean.slice(span[0]?.start ?? 0, span.at(-1)?.end ?? 0);
      const alternatives: Alternative[] = [];
      const literal = content.map((word) => word.stem);
      if (literal.length > 0 && known(index, literal)) {
        alternatives.push({ kind: 'word', stems: literal, factor: 1, from: phrase, to: phrase });
      }
      const { alternatives: factors, meaningStep } = index.tuning;
      match.means.forEach((meaning, position) => {
        if (!known(index, meaning.stems)) return;
        alternatives.push({
          kind: 'vocabulary',
          stems: meaning.stems,
          // The vocabulary lists the closest meaning first.
          factor: factors.vocabulary * Math.max(0.5, 1 - meaningStep * position),
          from: match.said,
          to: meaning.text,
        });
      });
      if (alternatives.length > 0) {
        // A phrase stands for all its words: it weighs more than one, less than all of them.
        const size = Math.max(1, content.length);
        concepts.push({
          text: phrase,
          source,
          weight: weight * (1 + 0.5 * (size - 1)),
          alternatives,
        });
        i += match.length;
        continue;
      }
      // Neither the phrase nor its meanings are in this index: its words are taken one by
      // one below, so that a typo or the word being typed still finds something (`activ`, the
      // vocabulary's stem of activation, typed on the way to `activity` in a company
      // catalogue that has no activation, found nothing).
    }
    const word = words[i] as Word;
    i += 1;
    if (word.stop) continue;
    const alternatives = wordAlternatives(index, word, options);
    if (alternatives.length > 0) {
      // The subject of a process name decides where it maps; its verb and modifiers less so.
      const { genericWord, verbWord } = index.tuning;
      const role = GENERIC_WORDS.has(word.surface)
        ? genericWord
        : index.isVerb(word.stem)
          ? verbWord
          : 1;
      concepts.push({
        text: text.slice(word.start, word.end),
        source,
        weight: weight * role,
        alternatives,
      });
    }
  }
  return concepts;
}

/** The rarest concepts first: what a long description says most specifically. */
function rarest(index: RankingIndex, concepts: Concept[], limit: number): Concept[] {
  const rarity = (concept: Concept): number =>
    Math.max(...concept.alternatives.map((a) => Math.max(...a.stems.map((s) => index.idf(s)))));
  return [...concepts].sort((a, b) => rarity(b) - rarity(a)).slice(0, limit);
}

/**
 * Turns a company process (or a typed search) into concepts to score. Words the index does
 * not know are dropped unless a typo match or the vocabulary gives them a meaning; the
 * description and the child names contribute their rarest words only, at a lower weight.
 */
export function planQuery(index: RankingIndex, query: QueryText, options: PlanOptions): QueryPlan {
  const { sources, maxContextWords } = index.tuning;
  const ids = options.idsAsWords === true ? [] : [...new Set(query.name.match(ID_IN_TEXT) ?? [])];
  const concepts: Concept[] = [];
  const keys = new Set<string>();
  const add = (list: Concept[]): void => {
    for (const concept of list) {
      const key = concept.alternatives.map((a) => a.stems.join(' ')).join('|');
      if (keys.has(key)) continue;
      keys.add(key);
      concepts.push(concept);
    }
  };
  add(conceptsOf(index, query.name, 'name', sources.name, options).slice(0, MAX_NAME_CONCEPTS));
  if (query.parentName !== undefined) {
    add(conceptsOf(index, query.parentName, 'parent', sources.parent, { prefix: false }));
  }
  if (query.description !== undefined) {
    const described = conceptsOf(index, query.description, 'description', sources.description, {
      prefix: false,
    });
    add(rarest(index, described, maxContextWords));
  }
  if (query.childNames !== undefined && query.childNames.length > 0) {
    const below = conceptsOf(index, query.childNames.join('\n'), 'children', sources.children, {
      prefix: false,
    });
    add(rarest(index, below, maxContextWords));
  }
  return { concepts, ids };
}
