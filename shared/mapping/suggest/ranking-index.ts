import type { FrameworkCatalogue } from '../../etom/catalogue';
import type { FrameworkProcess } from '../../etom/pack-model';
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
  /** The idf of a stem found in one process only: the rarest a known word can be. */
  readonly maxIdf: number;
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

/**
 * Every text of every field of `doc` but its name (which the index splits into verb and
 * subject), as [field, text] pairs: lineage names, description, and the names around it.
 */
function contextTexts(doc: RankedDocument): Array<[RankingField, string]> {
  const { catalogue, process } = doc;
  const texts: Array<[RankingField, string]> = [];
  for (const counterpart of doc.counterparts) {
    texts.push([
      counterpart.kind === 'classic-ancestor' ? 'lineage' : 'counterpart',
      counterpart.name,
    ]);
  }
  if (doc.description !== undefined) texts.push(['description', doc.description]);
  // Walk up by parent id (a damaged pack may loop: stop at a repeat or after 20 steps).
  let parent = process.parentId === null ? undefined : catalogue.byId(process.parentId);
  for (let step = 0; parent !== undefined && parent !== process && step < 20; step += 1) {
    texts.push([step === 0 ? 'parent' : 'ancestors', parent.name]);
    parent = parent.parentId === null ? undefined : catalogue.byId(parent.parentId);
  }
  for (const child of catalogue.children(process.id)) texts.push(['children', child.name]);
  return texts;
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

  // Ties go to the earlier pack, the shallower level, then id order (the catalogue's order).
  const positionInPack = new Map<FrameworkProcess, number>();
  for (const source of sources)
    source.catalogue.processes.forEach((p, i) => positionInPack.set(p, i));
  [...docs]
    .sort(
      (a, b) =>
        a.packOrder - b.packOrder ||
        a.process.level - b.process.level ||
        (positionInPack.get(a.process) ?? 0) - (positionInPack.get(b.process) ?? 0),
    )
    .forEach((doc, position) => {
      doc.order = position;
    });

  // Names recur in many fields (a parent's name is in every child's context): analyse each
  // text once, and number the stems so that the build works on typed arrays.
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const analysed = new Map<string, { words: Word[]; ids: Int32Array }>();
  const analyse = (text: string): { words: Word[]; ids: Int32Array } => {
    let entry = analysed.get(text);
    if (entry === undefined) {
      const words = analyzeText(text).filter((word) => !word.stop);
      const ids = Int32Array.from(words, (word) => {
        let id = stemIds.get(word.stem);
        if (id === undefined) {
          id = stems.length;
          stemIds.set(word.stem, id);
          stems.push(word.stem);
        }
        return id;
      });
      entry = { words, ids };
      analysed.set(text, entry);
    }
    return entry;
  };

  // A leading word is a verb when names mostly use it first (`Manage`, `Execute`, `Set`),
  // unlike a subject that merely starts an L2's name (`Customer Order ...`).
  const leading = new Map<string, number>();
  const anywhere = new Map<string, number>();
  for (const doc of docs) {
    analyse(doc.process.name).words.forEach((word, i) => {
      anywhere.set(word.stem, (anywhere.get(word.stem) ?? 0) + 1);
      if (i === 0) leading.set(word.stem, (leading.get(word.stem) ?? 0) + 1);
    });
  }
  const isVerb = (stem: string): boolean => {
    const total = anywhere.get(stem) ?? 0;
    return total >= 2 && (leading.get(stem) ?? 0) / total >= 0.5;
  };
  const FIELD_INDEX = new Map(FIELDS.map((field, f) => [field, f]));
  const NAME = FIELD_INDEX.get('name') as number;
  const ACTION = FIELD_INDEX.get('action') as number;
  const contexts = docs.map((doc) =>
    contextTexts(doc).map(([field, text]) => [FIELD_INDEX.get(field) as number, text] as const),
  );
  const forEachContextText = (
    doc: RankedDocument,
    visit: (f: number, text: string) => void,
  ): void => {
    for (const [f, text] of contexts[doc.key] ?? []) visit(f, text);
  };
  const hasVerb = (ids: Int32Array): boolean =>
    ids.length > 1 && isVerb(stems[ids[0] as number] as string);

  // Pass 1: every field's length, for BM25F's length normalisation.
  const lengths = new Int32Array(docs.length * FIELDS.length);
  for (const doc of docs) {
    const row = doc.key * FIELDS.length;
    const name = analyse(doc.process.name).ids;
    const verb = hasVerb(name) ? 1 : 0;
    lengths[row + NAME] = name.length - verb;
    lengths[row + ACTION] = verb;
    forEachContextText(doc, (f, text) => {
      lengths[row + f] = (lengths[row + f] as number) + analyse(text).ids.length;
    });
  }
  const averages = FIELDS.map((_, f) => {
    let total = 0;
    let count = 0;
    for (let d = 0; d < docs.length; d += 1) {
      const length = lengths[d * FIELDS.length + f] as number;
      if (length > 0) {
        total += length;
        count += 1;
      }
    }
    return count === 0 ? 1 : total / count;
  });
  const weights = FIELDS.map((field) => tuning.fields[field]);
  const bits = FIELDS.map((field) => FIELD_BIT[field]);

  // Pass 2: per document, the combined BM25F frequency and fields of each stem, appended to
  // flat arrays (document order, so each stem's documents come out ascending).
  const stemCount = stems.length;
  const tfAcc = new Float64Array(stemCount);
  const maskAcc = new Uint8Array(stemCount);
  const seen = new Int32Array(stemCount).fill(-1);
  const inDoc: number[] = [];
  let size = 0;
  let outDoc = new Int32Array(1 << 16);
  let outStem = new Int32Array(1 << 16);
  let outTf = new Float32Array(1 << 16);
  let outMask = new Uint8Array(1 << 16);
  const grow = (): void => {
    const bigger = outDoc.length * 2;
    const copy = <T extends Int32Array | Float32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    outDoc = copy(outDoc, new Int32Array(bigger));
    outStem = copy(outStem, new Int32Array(bigger));
    outTf = copy(outTf, new Float32Array(bigger));
    outMask = copy(outMask, new Uint8Array(bigger));
  };
  const surfaces = new Map<string, { stem: string; count: number }>();
  const countSurface = (word: Word): void => {
    const known = surfaces.get(word.surface);
    if (known === undefined) surfaces.set(word.surface, { stem: word.stem, count: 1 });
    else known.count += 1;
  };
  for (const doc of docs) {
    const row = doc.key * FIELDS.length;
    inDoc.length = 0;
    const add = (f: number, ids: Int32Array, from: number): void => {
      const length = lengths[row + f] as number;
      if (length === 0) return;
      const { weight, b } = weights[f] as { weight: number; b: number };
      const amount = weight / (1 - b + (b * length) / (averages[f] as number));
      const bit = bits[f] as number;
      for (let i = from; i < ids.length; i += 1) {
        const id = ids[i] as number;
        if (seen[id] !== doc.key) {
          seen[id] = doc.key;
          tfAcc[id] = 0;
          maskAcc[id] = 0;
          inDoc.push(id);
        }
        tfAcc[id] = (tfAcc[id] as number) + amount;
        maskAcc[id] = (maskAcc[id] as number) | bit;
      }
    };
    const name = analyse(doc.process.name);
    const verb = hasVerb(name.ids);
    if (verb) add(ACTION, name.ids.subarray(0, 1), 0);
    add(NAME, name.ids, verb ? 1 : 0);
    name.words.forEach(countSurface);
    forEachContextText(doc, (f, text) => {
      const entry = analyse(text);
      add(f, entry.ids, 0);
      if (((bits[f] as number) & OWN_FIELDS) !== 0) entry.words.forEach(countSurface);
    });
    for (const id of inDoc) {
      if (size === outDoc.length) grow();
      outDoc[size] = doc.key;
      outStem[size] = id;
      outTf[size] = tfAcc[id] as number;
      outMask[size] = maskAcc[id] as number;
      size += 1;
    }
  }

  // Group by stem (a counting sort keeps document order within each stem).
  const starts = new Int32Array(stemCount + 1);
  const ownDf = new Int32Array(stemCount);
  for (let i = 0; i < size; i += 1) {
    const id = outStem[i] as number;
    starts[id + 1] = (starts[id + 1] as number) + 1;
    if (((outMask[i] as number) & OWN_FIELDS) !== 0) ownDf[id] = (ownDf[id] as number) + 1;
  }
  for (let id = 0; id < stemCount; id += 1)
    starts[id + 1] = (starts[id + 1] as number) + (starts[id] as number);
  const allDocs = new Int32Array(size);
  const allGain = new Float32Array(size);
  const allMask = new Uint8Array(size);
  const fill = starts.slice(0, stemCount);
  const n = docs.length;
  const { k1 } = tuning;
  const idfById = new Float64Array(stemCount);
  for (let id = 0; id < stemCount; id += 1) {
    // A stem found only in context fields (a parent's name) counts as common as its spread.
    const spread = (starts[id + 1] as number) - (starts[id] as number);
    const df = (ownDf[id] as number) > 0 ? (ownDf[id] as number) : spread;
    idfById[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  for (let i = 0; i < size; i += 1) {
    const id = outStem[i] as number;
    const at = fill[id] as number;
    fill[id] = at + 1;
    const tf = outTf[i] as number;
    allDocs[at] = outDoc[i] as number;
    allGain[at] = ((idfById[id] as number) * tf * (k1 + 1)) / (k1 + tf);
    allMask[at] = outMask[i] as number;
  }
  const postings = new Map<string, Postings>();
  const idfs = new Map<string, number>();
  stems.forEach((stem, id) => {
    const from = starts[id] as number;
    const to = starts[id + 1] as number;
    if (from === to) return;
    idfs.set(stem, idfById[id] as number);
    postings.set(stem, {
      docs: allDocs.subarray(from, to),
      gain: allGain.subarray(from, to),
      mask: allMask.subarray(from, to),
    });
  });

  return {
    docs,
    dictionary: createTermDictionary(surfaces),
    vocabulary: createVocabularyMatcher(options.vocabulary ?? TELECOM_VOCABULARY),
    tuning,
    postings: (stem) => postings.get(stem),
    idf: (stem) => idfs.get(stem) ?? 0,
    maxIdf: Math.log(1 + (n - 1 + 0.5) / (1 + 0.5)),
    byId: (packId, id) => ids.get(`${packId}\u0000${id}`),
    isVerb,
  };
}
