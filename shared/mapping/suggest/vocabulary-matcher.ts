import { analyzeText, type Word } from './text-analysis';
import type { VocabularyEntry } from './telecom-vocabulary';

/** A framework phrase a vocabulary entry leads to. */
export interface Meaning {
  /** As written in the vocabulary, for reasons. */
  text: string;
  /** Its ranking stems, stop words left out. */
  stems: readonly string[];
}

/** Where operator wording was found in a text and what it means in the framework. */
export interface VocabularyMatch {
  /** Index of the first word of the phrase, and how many words it spans. */
  first: number;
  length: number;
  /** The vocabulary phrase as written (`port in`). */
  said: string;
  means: readonly Meaning[];
}

interface Phrase {
  stems: readonly string[];
  said: string;
  means: Meaning[];
}

/** Finds vocabulary phrases in analysed text, longest first. */
export interface VocabularyMatcher {
  /** The longest phrase starting at word `first`, or undefined. */
  matchAt(words: readonly Word[], first: number): VocabularyMatch | undefined;
  /** Every stem a `means` phrase uses (for checking the vocabulary against a pack). */
  meaningStems(): Set<string>;
}

const matchers = new WeakMap<readonly VocabularyEntry[], VocabularyMatcher>();

/**
 * The matcher of `entries`, built once per list (the built-in vocabulary's is shared by every
 * index built on the same thread).
 */
export function createVocabularyMatcher(entries: readonly VocabularyEntry[]): VocabularyMatcher {
  let matcher = matchers.get(entries);
  if (matcher === undefined) {
    matcher = buildVocabularyMatcher(entries);
    matchers.set(entries, matcher);
  }
  return matcher;
}

/**
 * Compiles vocabulary entries. Phrases are compared stem by stem, stop words included
 * (`port in`), so `Port-in`, `porting in` and `ports in` all match. Entries that share a
 * phrase pool their meanings.
 */
function buildVocabularyMatcher(entries: readonly VocabularyEntry[]): VocabularyMatcher {
  const byFirst = new Map<string, Phrase[]>();
  const byKey = new Map<string, Phrase>();
  for (const entry of entries) {
    const means = entry.means.map((text) => ({
      text,
      stems: analyzeText(text)
        .filter((word) => !word.stop)
        .map((word) => word.stem),
    }));
    for (const said of entry.say) {
      const stems = analyzeText(said).map((word) => word.stem);
      const first = stems[0];
      if (first === undefined) continue;
      const key = stems.join(' ');
      const existing = byKey.get(key);
      if (existing !== undefined) {
        for (const meaning of means) {
          if (!existing.means.some((m) => m.text === meaning.text)) existing.means.push(meaning);
        }
        continue;
      }
      const phrase: Phrase = { stems, said, means: [...means] };
      byKey.set(key, phrase);
      const list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, [phrase]);
      else list.push(phrase);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);

  return {
    matchAt(words, first) {
      const start = words[first];
      if (start === undefined) return undefined;
      for (const phrase of byFirst.get(start.stem) ?? []) {
        if (first + phrase.stems.length > words.length) continue;
        if (phrase.stems.every((stem, offset) => words[first + offset]?.stem === stem)) {
          return { first, length: phrase.stems.length, said: phrase.said, means: phrase.means };
        }
      }
      return undefined;
    },
    meaningStems() {
      const stems = new Set<string>();
      for (const phrase of byKey.values()) {
        for (const meaning of phrase.means) for (const stem of meaning.stems) stems.add(stem);
      }
      return stems;
    },
  };
}
