import { DOCUMENTS_PER_STEP, finish, type BuildSteps } from './build-steps';
import { FIELDS, FIELD_BIT, OWN_FIELDS, type RankingField } from './ranking-fields';
import { analyzeText, type Word } from './text-analysis';
import type { RankingTuning } from './tuning';

/** The texts of one framework process, as the index reads them. */
export interface DocumentTexts {
  name: string;
  /** Every other text with its field: lineage names, description, names around it. */
  context: ReadonlyArray<readonly [RankingField, string]>;
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

/** What the build yields: postings and idf per stem, the own-field words, the verb test. */
export interface BuiltPostings {
  postings: Map<string, Postings>;
  idfs: Map<string, number>;
  /** Each word of the processes' own text (surface form) with its stem and how often it occurs. */
  surfaces: Map<string, { stem: string; count: number }>;
  /** True for a stem the names use as their leading verb. */
  isVerb: (stem: string) => boolean;
}

/**
 * The verb test: true for a stem the names mostly use first (`Manage`, `Execute`, `Set`).
 * Made here, outside the build, because a closure keeps its whole scope alive: made inside,
 * the index kept the build's analysed texts, document texts and working arrays (about 3 MB of
 * heap for GB921 with its lineage) for as long as it lived.
 */
function verbTest(
  leading: ReadonlyMap<string, number>,
  anywhere: ReadonlyMap<string, number>,
): (stem: string) => boolean {
  const verbs = new Set<string>();
  for (const [stem, total] of anywhere) {
    if (total >= 2 && (leading.get(stem) ?? 0) / total >= 0.5) verbs.add(stem);
  }
  return (stem) => verbs.has(stem);
}

/**
 * Builds the postings as BM25F: per document, each field's matches weighted by the field and
 * normalised by its length against the average, summed into one frequency per stem, then
 * saturated (k1) and multiplied by the stem's idf over the processes' own fields. A name's
 * leading verb goes to the `action` field. Works on numbered stems and flat typed arrays, so
 * that building over GB921 takes tens of milliseconds.
 */
export function buildPostings(
  docs: readonly DocumentTexts[],
  tuning: RankingTuning,
): BuiltPostings {
  return finish(postingsSteps(docs, tuning));
}

/** `buildPostings` in steps: it pauses after every DOCUMENTS_PER_STEP documents it analyses. */
export function* postingsSteps(
  docs: readonly DocumentTexts[],
  tuning: RankingTuning,
): BuildSteps<BuiltPostings> {
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
  for (let d = 0; d < docs.length; d += 1) {
    if (d % DOCUMENTS_PER_STEP === 0) yield;
    analyse(docs[d]?.name ?? '').words.forEach((word, i) => {
      anywhere.set(word.stem, (anywhere.get(word.stem) ?? 0) + 1);
      if (i === 0) leading.set(word.stem, (leading.get(word.stem) ?? 0) + 1);
    });
  }
  const isVerb = verbTest(leading, anywhere);
  const FIELD_INDEX = new Map(FIELDS.map((field, f) => [field, f]));
  const NAME = FIELD_INDEX.get('name') as number;
  const ACTION = FIELD_INDEX.get('action') as number;
  const forEachContextText = (d: number, visit: (f: number, text: string) => void): void => {
    for (const [field, text] of docs[d]?.context ?? [])
      visit(FIELD_INDEX.get(field) as number, text);
  };
  const hasVerb = (ids: Int32Array): boolean =>
    ids.length > 1 && isVerb(stems[ids[0] as number] as string);

  // Pass 1: every field's length, for BM25F's length normalisation.
  const lengths = new Int32Array(docs.length * FIELDS.length);
  for (let d = 0; d < docs.length; d += 1) {
    if (d % DOCUMENTS_PER_STEP === 0) yield;
    const row = d * FIELDS.length;
    const name = analyse(docs[d]?.name ?? '').ids;
    const verb = hasVerb(name) ? 1 : 0;
    lengths[row + NAME] = name.length - verb;
    lengths[row + ACTION] = verb;
    forEachContextText(d, (f, text) => {
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
  for (let d = 0; d < docs.length; d += 1) {
    if (d % DOCUMENTS_PER_STEP === 0) yield;
    const row = d * FIELDS.length;
    inDoc.length = 0;
    const add = (f: number, ids: Int32Array, from: number): void => {
      const length = lengths[row + f] as number;
      if (length === 0) return;
      const { weight, b } = weights[f] as { weight: number; b: number };
      const amount = weight / (1 - b + (b * length) / (averages[f] as number));
      const bit = bits[f] as number;
      for (let i = from; i < ids.length; i += 1) {
        const id = ids[i] as number;
        if (seen[id] !== d) {
          seen[id] = d;
          tfAcc[id] = 0;
          maskAcc[id] = 0;
          inDoc.push(id);
        }
        tfAcc[id] = (tfAcc[id] as number) + amount;
        maskAcc[id] = (maskAcc[id] as number) | bit;
      }
    };
    const name = analyse(docs[d]?.name ?? '');
    const verb = hasVerb(name.ids);
    if (verb) add(ACTION, name.ids.subarray(0, 1), 0);
    add(NAME, name.ids, verb ? 1 : 0);
    name.words.forEach(countSurface);
    forEachContextText(d, (f, text) => {
      const entry = analyse(text);
      add(f, entry.ids, 0);
      if (((bits[f] as number) & OWN_FIELDS) !== 0) entry.words.forEach(countSurface);
    });
    for (const id of inDoc) {
      if (size === outDoc.length) grow();
      outDoc[size] = d;
      outStem[size] = id;
      outTf[size] = tfAcc[id] as number;
      outMask[size] = maskAcc[id] as number;
      size += 1;
    }
  }

  yield;
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
  // A pause between the passes over every posting (each a few ms for 5,000 processes).
  yield;
  for (let i = 0; i < size; i += 1) {
    const id = outStem[i] as number;
    const at = fill[id] as number;
    fill[id] = at + 1;
    const tf = outTf[i] as number;
    allDocs[at] = outDoc[i] as number;
    allGain[at] = ((idfById[id] as number) * tf * (k1 + 1)) / (k1 + tf);
    allMask[at] = outMask[i] as number;
  }
  yield;
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

  return { postings, idfs, surfaces, isVerb };
}
