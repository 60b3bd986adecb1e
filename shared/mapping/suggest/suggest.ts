import type { FrameworkProcessId, PackId } from '../../model/ids';
import { explainMatch } from './explain';
import { planQuery, type QueryText } from './query-plan';
import {
  createRankingIndex,
  type RankingIndex,
  type RankingIndexOptions,
  type RankingSource,
} from './ranking-index';
import { scorePlan } from './score';
import { familiesFirst, withFamilySupport } from './family-support';

/** One likely framework match for a company process. */
export interface Suggestion {
  /** 1 for the best. */
  rank: number;
  packId: PackId;
  id: FrameworkProcessId;
  name: string;
  level: number;
  /** 0..1, comparable across company processes (see `DocumentScore.score`); three decimals. */
  score: number;
  /** Why, e.g. `name matches 'order'`, `classic 'Order Handling' (1.1.1.5) descends to it`. */
  reasons: string[];
}

export interface SuggestOptions {
  /** Most suggestions per company process (default 5). */
  limit?: number;
  /** Only processes at these levels. */
  levels?: readonly number[];
  /** Only suggestions scoring at least this (0..1). */
  minScore?: number;
}

/** Ranks framework processes for company processes, offline, from local text only. */
export interface Suggester {
  readonly index: RankingIndex;
  suggest(process: QueryText, options?: SuggestOptions): Suggestion[];
}

/**
 * Builds a suggester over one or more packs. Building indexes every process once (tens of
 * milliseconds for GB921); each suggestion then costs well under a millisecond, so suggesting
 * for thousands of company processes at once is practical.
 */
export function createSuggester(
  sources: RankingSource | readonly RankingSource[],
  options: RankingIndexOptions = {},
): Suggester {
  const index = createRankingIndex(
    Array.isArray(sources) ? sources : [sources as RankingSource],
    options,
  );
  return {
    index,
    suggest(process, suggestOptions = {}) {
      const { limit = 5, levels, minScore = 0 } = suggestOptions;
      if (limit <= 0) return [];
      const plan = planQuery(index, process, { prefix: false });
      const { familySupport, familyPool, familyRunnerUp } = index.tuning;
      const pool = scorePlan(index, plan, {
        limit: Math.max(limit, familyPool),
        requireOwnMatch: false,
        accept: levels === undefined ? undefined : (doc) => levels.includes(doc.process.level),
      });
      return familiesFirst(withFamilySupport(pool, familySupport), familyRunnerUp)
        .slice(0, limit)
        .filter((result) => result.score >= minScore)
        .map((result, position) => ({
          rank: position + 1,
          packId: result.doc.catalogue.pack.id,
          id: result.doc.process.id,
          name: result.doc.process.name,
          level: result.doc.process.level,
          score: Math.round(result.score * 1000) / 1000,
          reasons: [
            ...explainMatch(index, plan, result.doc).reasons,
            ...(result.relatives > 0
              ? [`${result.relatives} more of its L2 family match too`]
              : []),
          ],
        }));
    },
  };
}
