import type { Alternative, Concept, QueryPlan } from './query-plan';
import { OWN_FIELDS } from './ranking-fields';
import type { RankedDocument, RankingIndex } from './ranking-index';

/** How well one framework process answers a query. */
export interface DocumentScore {
  doc: RankedDocument;
  /** The ranking value; comparable within one query only. */
  raw: number;
  /**
   * 0..1: the ranking value against what a process named exactly like the query would get.
   * 1 means every word is explained (or better); comparable across queries, for thresholds.
   */
  score: number;
  /** Share of the query's weight the process matches in its own fields (name, lineage, description). */
  coverage: number;
  /** How many concepts its own text matches as typed (or completed, or with a typo fixed): not only through the vocabulary. */
  literal: number;
}

export interface ScoreOptions {
  /** Most results. */
  limit: number;
  /** Drop processes matched only through their parents or children (search lists need their own words). */
  requireOwnMatch: boolean;
  /** Keep only processes this accepts (filters). */
  accept?: (doc: RankedDocument) => boolean;
  /**
   * Rank processes that match more of the query as typed above those matched only through
   * the vocabulary, whatever their scores: a search list shows what was asked for first.
   */
  literalFirst?: boolean;
}

/** Reusable per-index work arrays, so that thousands of queries do not allocate thousands of them. */
interface Scratch {
  stampAlt: Int32Array;
  /** Documents touched by the current alternative, concept and query, as lists. */
  inAlt: Int32Array;
  inConcept: Int32Array;
  touched: Int32Array;
  altSum: Float64Array;
  altMask: Uint8Array;
  stampConcept: Int32Array;
  best: Float64Array;
  bestMask: Uint8Array;
  stampQuery: Int32Array;
  total: Float64Array;
  covered: Float64Array;
  own: Uint8Array;
  stampLiteral: Int32Array;
  literal: Int32Array;
  clock: number;
}

const scratches = new WeakMap<RankingIndex, Scratch>();

function scratchFor(index: RankingIndex): Scratch {
  let scratch = scratches.get(index);
  if (scratch === undefined) {
    const n = index.docs.length;
    scratch = {
      stampAlt: new Int32Array(n),
      inAlt: new Int32Array(n),
      inConcept: new Int32Array(n),
      touched: new Int32Array(n),
      altSum: new Float64Array(n),
      altMask: new Uint8Array(n),
      stampConcept: new Int32Array(n),
      best: new Float64Array(n),
      bestMask: new Uint8Array(n),
      stampQuery: new Int32Array(n),
      total: new Float64Array(n),
      covered: new Float64Array(n),
      own: new Uint8Array(n),
      stampLiteral: new Int32Array(n),
      literal: new Int32Array(n),
      clock: 0,
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * How an alternative's summed gains become its value: a phrase fully met is worth its most
 * specific word (`resource inventory` as much as `inventory`, so the phrase wins over the bare
 * word), and a phrase partly met its words' share of the whole. A word the index lacks counts
 * as the rarest kind, so `dealer network` met only by `network` is half met.
 */
function alternativeWeight(
  index: RankingIndex,
  alternative: Alternative,
): { scale: number; peak: number } {
  let total = 0;
  let peak = 0;
  for (const stem of alternative.stems) {
    const idf = index.idf(stem) || index.maxIdf;
    total += idf;
    if (idf > peak) peak = idf;
  }
  return total === 0
    ? { scale: 0, peak: 0 }
    : { scale: (alternative.factor * peak) / total, peak: alternative.factor * peak };
}

/** What a concept scores in a process named by it alone: the yardstick for `score`. */
export function idealOf(index: RankingIndex, concept: Concept): number {
  let best = 0;
  for (const alternative of concept.alternatives) {
    best = Math.max(best, alternativeWeight(index, alternative).peak);
  }
  return concept.weight * best;
}

/**
 * Scores every process against the plan: per concept the best of its alternatives (BM25F:
 * idf times saturated field-weighted frequency, summed over the alternative's stems and
 * scaled by `alternativeWeight`), times the concept's weight, summed over concepts, then
 * multiplied by the process's level prior and by how much of the query the process
 * covers in its own fields. Returns the best `limit`, highest first; ties go to the earlier
 * pack, the shallower level, then the lower id.
 */
export function scorePlan(
  index: RankingIndex,
  plan: QueryPlan,
  options: ScoreOptions,
): DocumentScore[] {
  const { coverageFloor, contextCoverage, idMatch } = index.tuning;
  // A local copy: module bindings can cost a property lookup in the hot loop below.
  const own = OWN_FIELDS;
  const s = scratchFor(index);
  let touchedCount = 0;
  s.clock += 1;
  const queryStamp = s.clock;
  const touch = (d: number): void => {
    if (s.stampQuery[d] === queryStamp) return;
    s.stampQuery[d] = queryStamp;
    s.total[d] = 0;
    s.covered[d] = 0;
    s.own[d] = 0;
    s.literal[d] = 0;
    s.touched[touchedCount] = d;
    touchedCount += 1;
  };

  let idealTotal = 0;
  for (const concept of plan.concepts) {
    const ideal = idealOf(index, concept);
    idealTotal += ideal;
    s.clock += 1;
    const conceptStamp = s.clock;
    let conceptCount = 0;
    for (const alternative of concept.alternatives) {
      const { scale } = alternativeWeight(index, alternative);
      if (scale === 0) continue;
      s.clock += 1;
      const altStamp = s.clock;
      let altCount = 0;
      for (const stem of alternative.stems) {
        const postings = index.postings(stem);
        if (postings === undefined) continue;
        const { docs, gain, mask } = postings;
        for (let j = 0; j < docs.length; j += 1) {
          const d = docs[j] as number;
          if (s.stampAlt[d] !== altStamp) {
            s.stampAlt[d] = altStamp;
            s.altSum[d] = 0;
            s.altMask[d] = 0;
            s.inAlt[altCount] = d;
            altCount += 1;
          }
          s.altSum[d] = (s.altSum[d] as number) + (gain[j] as number);
          s.altMask[d] = (s.altMask[d] as number) | (mask[j] as number);
        }
      }
      const literal = alternative.kind !== 'vocabulary';
      for (let i = 0; i < altCount; i += 1) {
        const d = s.inAlt[i] as number;
        if (literal && ((s.altMask[d] as number) & own) !== 0) {
          s.stampLiteral[d] = conceptStamp;
        }
        const value = scale * (s.altSum[d] as number);
        if (s.stampConcept[d] !== conceptStamp) {
          s.stampConcept[d] = conceptStamp;
          s.best[d] = -1;
          s.inConcept[conceptCount] = d;
          conceptCount += 1;
        }
        if (value > (s.best[d] as number)) {
          s.best[d] = value;
          s.bestMask[d] = s.altMask[d] as number;
        }
      }
    }
    for (let i = 0; i < conceptCount; i += 1) {
      const d = s.inConcept[i] as number;
      touch(d);
      const value = concept.weight * (s.best[d] as number);
      const ownMatch = ((s.bestMask[d] as number) & own) !== 0;
      s.total[d] = (s.total[d] as number) + value;
      // Coverage counts what the match is worth, not just that there is one: `network` met
      // only as the common word `resource` covers little of a query where `network` is rare.
      s.covered[d] =
        (s.covered[d] as number) + Math.min(value, ideal) * (ownMatch ? 1 : contextCoverage);
      if (ownMatch) s.own[d] = 1;
      if (s.stampLiteral[d] === conceptStamp) s.literal[d] = (s.literal[d] as number) + 1;
    }
  }
  for (const id of plan.ids) {
    idealTotal += idMatch;
    for (const doc of index.docs) {
      if (doc.process.id !== id) continue;
      touch(doc.key);
      s.total[doc.key] = (s.total[doc.key] as number) + idMatch;
      s.covered[doc.key] = (s.covered[doc.key] as number) + idMatch;
      s.own[doc.key] = 1;
      s.literal[doc.key] = (s.literal[doc.key] as number) + 1;
    }
  }
  if (idealTotal === 0) return [];

  const docs = index.docs;
  const literalFirst = options.literalFirst === true;
  /** True when document a ranks before document b. */
  const before = (a: number, b: number): boolean => {
    if (literalFirst && s.literal[a] !== s.literal[b]) {
      return (s.literal[a] as number) > (s.literal[b] as number);
    }
    if (s.total[a] !== s.total[b]) return (s.total[a] as number) > (s.total[b] as number);
    return (docs[a] as RankedDocument).order < (docs[b] as RankedDocument).order;
  };
  // The best `limit` candidates, kept sorted as they come: most queries want five.
  const limit = Math.max(0, options.limit);
  const best: number[] = [];
  for (let i = 0; i < touchedCount; i += 1) {
    const d = s.touched[i] as number;
    if (options.requireOwnMatch && s.own[d] !== 1) continue;
    const doc = docs[d] as RankedDocument;
    if (options.accept !== undefined && !options.accept(doc)) continue;
    const coverage = Math.min(1, (s.covered[d] as number) / idealTotal);
    s.covered[d] = coverage;
    s.total[d] =
      (s.total[d] as number) * doc.prior * (coverageFloor + (1 - coverageFloor) * coverage);
    if (best.length === limit && (limit === 0 || !before(d, best[limit - 1] as number))) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(best[mid] as number, d)) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, d);
    if (best.length > limit) best.pop();
  }
  return best.map((d) => {
    const raw = s.total[d] as number;
    return {
      doc: docs[d] as RankedDocument,
      raw,
      score: Math.min(1, raw / idealTotal),
      coverage: s.covered[d] as number,
      literal: s.literal[d] as number,
    };
  });
}
