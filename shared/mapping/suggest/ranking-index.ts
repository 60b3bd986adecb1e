import type { FrameworkCatalogue } from '../../etom/catalogue';
import type { FrameworkProcess } from '../../etom/pack-model';
import { compareProcessIds } from '../../etom/process-id';
import { counterpartsOf, type Counterpart } from './counterparts';
import { FIELDS, FIELD_BIT, OWN_FIELDS, type RankingField } from './ranking-fields';
import { TELECOM_VOCABULARY, type VocabularyEntry } from './telecom-vocabulary';
import { createTermDictionary, type TermDictionary } from './term-dictionary';
import { analyzeText, type Word } from './text-analysis';
import { DEFAULT_TUNING, type RankingTuning } from './tuning';
import { createVocabularyMatcher, type VocabularyMatcher } from './vocabulary-matcher';

/** One pack to rank, with what is known about it beyond names. */
export interface RankingSource {
  catalogue: FrameworkCatalogue;
  /** The other scheme (classic for a current pack, current for the classic one), for lineage names. */
  counterpart?: FrameworkCatalogue;
  /**
   * A process's description, where a licensed workbook provided one. Defaults to the pack's
   * own brief and extended descriptions (present in imported packs only).
   */
  description?: (process: FrameworkProcess) => string | undefined;
}

/** A framework process as the index holds it. */
export interface RankedDocument {
  key: number;
  /** Position of its pack in the sources (earlier packs win ties). */
  packOrder: number;
  catalogue: FrameworkCatalogue;
  process: FrameworkProcess;
  counterparts: readonly Counterpart[];
  description: string | undefined;
  /** Multiplier from the process's level (mappings usually target L2 and L3), see `RankingTuning`. */
  prior: number;
  /** Position among all documents by pack, level, then id: how ties are broken. */
  order: number;
}

/**
 * Where a stem occurs: documents in ascending order; per document the stem's BM25F gain (idf
 * times the saturated, field-weighted term frequency) and the fields it is in.
 */
export interface Postings {
  docs: Int32Array;
  gain: Float32Array;
  mask: Uint8Array;
}

/** The search structure over one or more packs. */
export interface RankingIndex {
  readonly docs: readonly RankedDocument[];
  readonly dictionary: TermDictionary;
  readonly vocabulary: VocabularyMatcher;
  readonly tuning: RankingTuning;
  postings(stem: string): Postings | undefined;
  /** Inverse document frequency of a stem over the processes' own fields; 0 when unknown. */
  idf(stem: string): number;
  byId(packId: string, id: string): RankedDocument | undefined;
  /** True for a stem the packs' names use as their leading verb (`manag`, `execut`, `valid`). */
  isVerb(stem: string): boolean;
}

export interface RankingIndexOptions {
  vocabulary?: readonly VocabularyEntry[];
  tuning?: RankingTuning;
}

const defaultDescription = (process: FrameworkProcess): string | undefined => {
  const parts = [process.briefDescription, process.extendedDescription].filter(
    (text): text is string => text !== undefined && text.trim() !== '',
  );
  return parts.length > 0 ? parts.join('\n') : undefined;
};

function priorOf(process: FrameworkProcess, tuning: RankingTuning): number {
  return tuning.levelPrior[process.level] ?? tuning.levelPrior.at(-1) ?? 1;
}

function fieldTexts(
  doc: RankedDocument,
): Record<Exclude<RankingField, 'name' | 'action'>, string[]> {
  const { catalogue, process } = doc;
  const ancestors = catalogue.ancestors(process.id);
  const parent = ancestors.pop();
  return {
    counterpart: doc.counterparts.filter((c) => c.kind !== 'classic-ancestor').map((c) => c.name),
    lineage: doc.counterparts.filter((c) => c.kind === 'classic-ancestor').map((c) => c.name),
    description: doc.description === undefined ? [] : [doc.description],
    parent: parent === undefined ? [] : [parent.name],
    ancestors: ancestors.map((a) => a.name),
    children: catalogue.children(process.id).map((c) => c.name),
  };
}

interface Building {
  docs: number[];
  tf: number[];
  mask: number[];
}

/**
 * Builds the index: every process of every source, each under the fields of
 * `ranking-fields.ts`, weighted as BM25F (per-field weight and length normalisation,
 * summed into one term frequency per process).
 */
export function createRankingIndex(
  sources: readonly RankingSource[],
  options: RankingIndexOptions = {},
): RankingIndex {
  const tuning = options.tuning ?? DEFAULT_TUNING;
  const docs: RankedDocument[] = [];
  const ids = new Map<string, RankedDocument>();
  sources.forEach((source, packOrder) => {
    const counterparts =
      source.counterpart === undefined
        ? new Map<string, Counterpart[]>()
        : counterpartsOf(source.catalogue, source.counterpart);
    const describe = source.description ?? defaultDescription;
    for (const process of source.catalogue.processes) {
      const doc: RankedDocument = {
        key: docs.length,
        packOrder,
        catalogue: source.catalogue,
        process,
        counterparts: counterparts.get(process.id) ?? [],
        description: describe(process),
        prior: priorOf(process, tuning),
        order: 0,
      };
      docs.push(doc);
      ids.set(`${source.catalogue.pack.id}\u0000${process.id}`, doc);
    }
  });

  [...docs]
    .sort(
      (a, b) =>
        a.packOrder - b.packOrder ||
        a.process.level - b.process.level ||
        compareProcessIds(a.process.id, b.process.id),
    )
    .forEach((doc, position) => {
      doc.order = position;
    });

  // Names recur in many fields (a parent's name is in every child's context): analyse each once.
  const analysed = new Map<string, Word[]>();
  const wordsOf = (text: string): Word[] => {
    let words = analysed.get(text);
    if (words === undefined) {
      words = analyzeText(text).filter((word) => !word.stop);
      analysed.set(text, words);
    }
    return words;
  };
  // A leading word is a verb when names mostly use it first (`Manage`, `Execute`, `Set`),
  // unlike a subject that merely starts an L2's name (`Customer Order ...`).
  const leading = new Map<string, number>();
  const anywhere = new Map<string, number>();
  for (const doc of docs) {
    wordsOf(doc.process.name).forEach((word, i) => {
      anywhere.set(word.stem, (anywhere.get(word.stem) ?? 0) + 1);
      if (i === 0) leading.set(word.stem, (leading.get(word.stem) ?? 0) + 1);
    });
  }
  const isVerb = (stem: string): boolean => {
    const total = anywhere.get(stem) ?? 0;
    return total >= 2 && (leading.get(stem) ?? 0) / total >= 0.5;
  };
  const fieldWords = docs.map((doc) => {
    const texts = fieldTexts(doc);
    const name = wordsOf(doc.process.name);
    const verb = name[0] !== undefined && name.length > 1 && isVerb(name[0].stem);
    return FIELDS.map((field) => {
      if (field === 'name') return verb ? name.slice(1) : name;
      if (field === 'action') return verb ? name.slice(0, 1) : [];
      return texts[field].flatMap(wordsOf);
    });
  });
  const averages = FIELDS.map((_, f) => {
    let total = 0;
    let count = 0;
    for (const fields of fieldWords) {
      const length = fields[f]?.length ?? 0;
      if (length > 0) {
        total += length;
        count += 1;
      }
    }
    return count === 0 ? 1 : total / count;
  });

  const building = new Map<string, Building>();
  const surfaces = new Map<string, { stem: string; count: number }>();
  const ownDf = new Map<string, number>();
  const perStem = new Map<string, { tf: number; mask: number }>();
  fieldWords.forEach((fields, key) => {
    perStem.clear();
    FIELDS.forEach((field, f) => {
      const words = fields[f] ?? [];
      if (words.length === 0) return;
      const { weight, b } = tuning.fields[field];
      const add = weight / (1 - b + (b * words.length) / (averages[f] ?? 1));
      const bit = FIELD_BIT[field];
      const own = (bit & OWN_FIELDS) !== 0;
      for (const word of words) {
        const entry = perStem.get(word.stem);
        if (entry === undefined) perStem.set(word.stem, { tf: add, mask: bit });
        else {
          entry.tf += add;
          entry.mask |= bit;
        }
        if (own) {
          const known = surfaces.get(word.surface);
          if (known === undefined) surfaces.set(word.surface, { stem: word.stem, count: 1 });
          else known.count += 1;
        }
      }
    });
    for (const [stem, { tf, mask }] of perStem) {
      let list = building.get(stem);
      if (list === undefined) {
        list = { docs: [], tf: [], mask: [] };
        building.set(stem, list);
      }
      list.docs.push(key);
      list.tf.push(tf);
      list.mask.push(mask);
      if ((mask & OWN_FIELDS) !== 0) ownDf.set(stem, (ownDf.get(stem) ?? 0) + 1);
    }
  });

  const postings = new Map<string, Postings>();
  const idfs = new Map<string, number>();
  const n = docs.length;
  const { k1 } = tuning;
  for (const [stem, list] of building) {
    // A stem found only in context fields (a parent's name) counts as common as its spread.
    const df = ownDf.get(stem) ?? list.docs.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    idfs.set(stem, idf);
    postings.set(stem, {
      docs: Int32Array.from(list.docs),
      gain: Float32Array.from(list.tf, (tf) => (idf * tf * (k1 + 1)) / (k1 + tf)),
      mask: Uint8Array.from(list.mask),
    });
  }

  return {
    docs,
    dictionary: createTermDictionary(surfaces),
    vocabulary: createVocabularyMatcher(options.vocabulary ?? TELECOM_VOCABULARY),
    tuning,
    postings: (stem) => postings.get(stem),
    idf: (stem) => idfs.get(stem) ?? 0,
    byId: (packId, id) => ids.get(`${packId}\u0000${id}`),
    isVerb,
  };
}
