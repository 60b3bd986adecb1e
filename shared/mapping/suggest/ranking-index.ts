import type { FrameworkCatalogue } from '../../etom/catalogue';
import type { FrameworkProcess } from '../../etom/pack-model';
import { counterpartsOf, type Counterpart } from './counterparts';
import { DOCUMENTS_PER_STEP, finish, type BuildSteps } from './build-steps';
import { postingsSteps, type DocumentTexts, type Postings } from './postings-builder';
import type { RankingField } from './ranking-fields';
import { TELECOM_VOCABULARY, type VocabularyEntry } from './telecom-vocabulary';
import { createTermDictionary, type TermDictionary } from './term-dictionary';
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

export type { Postings } from './postings-builder';

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
 * Sets each document's `order`: ties go to the earlier pack, the shallower level, then id order
 * (the catalogue's order). A function of its own so that its lookup of positions is not in the
 * scope the index's methods close over (a closure keeps its whole scope alive).
 */
function numberForTies(docs: readonly RankedDocument[], sources: readonly RankingSource[]): void {
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
  return finish(rankingIndexSteps(sources, options));
}

/** `createRankingIndex` in steps: it pauses between packs and batches of documents. */
export function* rankingIndexSteps(
  sources: readonly RankingSource[],
  options: RankingIndexOptions = {},
): BuildSteps<RankingIndex> {
  const tuning = options.tuning ?? DEFAULT_TUNING;
  const docs: RankedDocument[] = [];
  const ids = new Map<string, RankedDocument>();
  for (const [packOrder, source] of sources.entries()) {
    yield;
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
  }
  yield;

  numberForTies(docs, sources);

  // The texts in batches too: for 5,000 company processes, one pass was a task of 10-20 ms.
  const texts: DocumentTexts[] = [];
  for (const doc of docs) {
    if (texts.length % DOCUMENTS_PER_STEP === 0) yield;
    texts.push({ name: doc.process.name, context: contextTexts(doc) });
  }
  const { postings, idfs, surfaces, isVerb } = yield* postingsSteps(texts, tuning);
  const n = docs.length;
  yield;
  const dictionary = createTermDictionary(surfaces);
  yield;
  const vocabulary = createVocabularyMatcher(options.vocabulary ?? TELECOM_VOCABULARY);

  return {
    docs,
    dictionary,
    vocabulary,
    tuning,
    postings: (stem) => postings.get(stem),
    idf: (stem) => idfs.get(stem) ?? 0,
    maxIdf: Math.log(1 + (n - 1 + 0.5) / (1 + 0.5)),
    byId: (packId, id) => ids.get(`${packId}\u0000${id}`),
    isVerb,
  };
}
