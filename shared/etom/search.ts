import type { FrameworkProcessId, PackId } from '../model/ids';
import { matchedNameStems } from '../mapping/suggest/explain';
import { planQuery } from '../mapping/suggest/query-plan';
import { finish, type BuildSteps } from '../mapping/suggest/build-steps';
import { rankingIndexSteps } from '../mapping/suggest/ranking-index';
import { scorePlan } from '../mapping/suggest/score';
import type { FrameworkCatalogue } from './catalogue';
import type { FrameworkProcess } from './pack-model';
import { isProcessIdText } from './process-id';
import { CLASSIC_PACK_ID, DEFAULT_PACK_ID, getBuiltInCatalogue } from './registry';
import { exactForms } from './search-exact';
import { stemRanges, type MatchRange } from './search-text';

/** Narrows a search; every given filter must hold. */
export interface SearchFilters {
  packs?: readonly string[];
  levels?: readonly number[];
  domains?: readonly string[];
  verticalGroups?: readonly string[];
}

export interface SearchOptions extends SearchFilters {
  /** Most hits returned (default 50). */
  limit?: number;
}

/** How a hit matched, best first. */
export type MatchKind = 'id' | 'id-prefix' | 'name';

/** One search result. */
export interface SearchHit {
  packId: PackId;
  id: FrameworkProcessId;
  name: string;
  level: number;
  domain: string;
  /** From the root down to the parent. */
  ancestors: Array<{ id: FrameworkProcessId; name: string }>;
  /** Higher is better; hits come sorted by it. Comparable within one query only. */
  score: number;
  matchKind: MatchKind;
  /** Characters of `name` to highlight (offsets, end exclusive). */
  ranges: MatchRange[];
}

/** Searches every process of every pack it was built over. */
export interface FrameworkSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** How many processes are indexed. */
  readonly size: number;
}

export interface FrameworkSearchOptions {
  /**
   * The other scheme's catalogue for a pack (classic for a current pack and the reverse), whose
   * lineage names then rank too (`order handling` finds 1.3.3, which classic Order Handling
   * became). Defaults to the built-in packs; return undefined to leave lineage out.
   */
  counterpartOf?: (catalogue: FrameworkCatalogue) => FrameworkCatalogue | undefined;
  /**
   * Whether a query that reads as an id (`1.2.3`, `42`) is looked up by id (the default); a
   * search over processes without framework ids (the company's own) reads it as words.
   */
  readsIds?: boolean;
}

interface Doc {
  process: FrameworkProcess;
  catalogue: FrameworkCatalogue;
  packOrder: number;
}

const TIER = { id: 3, idPrefix: 2 } as const;
/** What a name with every word of the query as typed gains (see `exactForms`). */
const EXACT_FORM_BONUS = 0.3;
/** How many hits past the limit may move up into it by that gain. */
const EXACT_FORM_REACH = 50;

function builtInCounterpart(catalogue: FrameworkCatalogue): FrameworkCatalogue | undefined {
  const other = getBuiltInCatalogue(
    catalogue.pack.reconstructed ? DEFAULT_PACK_ID : CLASSIC_PACK_ID,
  );
  return other === catalogue ? undefined : other;
}

/**
 * Builds the search over `catalogues` (in the order given: the first pack's hits win ties).
 * Ids are matched exactly or by prefix. Words go through the ranking engine that also makes
 * mapping suggestions (shared/mapping/suggest): names first, then lineage names, descriptions
 * where a workbook provided them, and the names around a process; stemmed (`billing` finds
 * Bill), typo-tolerant (`troble`), completing the word being typed, with the telecom
 * vocabulary (`churn` finds Retention). A word hit needs a match in the process's own text.
 */
export function createFrameworkSearch(
  catalogues: readonly FrameworkCatalogue[],
  options: FrameworkSearchOptions = {},
): FrameworkSearch {
  return finish(frameworkSearchSteps(catalogues, options));
}

/**
 * `createFrameworkSearch` in steps (see BuildSteps), for a page that builds it while idle: over
 * GB921 the build takes a few hundred milliseconds, too long for one task.
 */
export function* frameworkSearchSteps(
  catalogues: readonly FrameworkCatalogue[],
  options: FrameworkSearchOptions = {},
): BuildSteps<FrameworkSearch> {
  const counterpartOf = options.counterpartOf ?? builtInCounterpart;
  const readsIds = options.readsIds ?? true;
  const index = yield* rankingIndexSteps(
    catalogues.map((catalogue) => ({ catalogue, counterpart: counterpartOf(catalogue) })),
  );
  // The order id matches are listed in: pack, then shallowest first, then id.
  const idOrder: Doc[] = [...index.docs].sort((a, b) => a.order - b.order);

  const passes = (doc: Doc, filters: SearchFilters): boolean => {
    const { process } = doc;
    if (filters.packs !== undefined && !filters.packs.includes(doc.catalogue.pack.id)) return false;
    if (filters.levels !== undefined && !filters.levels.includes(process.level)) return false;
    if (filters.domains !== undefined && !filters.domains.includes(process.domain)) return false;
    if (
      filters.verticalGroups !== undefined &&
      !process.verticalGroups.some((group) => filters.verticalGroups?.includes(group))
    ) {
      return false;
    }
    return true;
  };

  const toHit = (
    doc: Doc,
    score: number,
    matchKind: MatchKind,
    ranges: MatchRange[],
  ): SearchHit => ({
    packId: doc.catalogue.pack.id,
    id: doc.process.id,
    name: doc.process.name,
    level: doc.process.level,
    domain: doc.process.domain,
    ancestors: doc.catalogue
      .ancestors(doc.process.id)
      .map((ancestor) => ({ id: ancestor.id, name: ancestor.name })),
    score,
    matchKind,
    ranges,
  });

  const searchIds = (query: string, options: SearchOptions, limit: number): SearchHit[] => {
    const base = query.endsWith('.') ? query.slice(0, -1) : query;
    const exact = query.endsWith('.') ? null : base;
    const segmentPrefix = `${base}.`;
    // Exact ids first, then ids below the query, then ids merely starting with its text.
    const buckets: [Doc[], Doc[], Doc[]] = [[], [], []];
    for (const doc of idOrder) {
      const id = doc.process.id;
      if (!id.startsWith(base)) continue;
      let bucket: Doc[];
      if (id === exact) bucket = buckets[0];
      else if (id.startsWith(segmentPrefix)) bucket = buckets[1];
      else if (exact !== null)
        bucket = buckets[2]; // `1.1` while typing `1.12`
      else continue;
      if (bucket.length < limit && passes(doc, options)) bucket.push(doc);
    }
    const found = buckets.flatMap((bucket, rank) => bucket.map((doc) => ({ doc, rank })));
    return found.slice(0, limit).map(({ doc, rank }, position) => {
      const tier = rank === 0 ? TIER.id : TIER.idPrefix;
      // Scores fall with position so that sorting by score keeps this order.
      const score = tier * 1_000_000 - rank * 100_000 - position;
      return toHit(doc, score, rank === 0 ? 'id' : 'id-prefix', []);
    });
  };

  const searchWords = (query: string, options: SearchOptions, limit: number): SearchHit[] => {
    const plan = planQuery(index, { name: query }, { prefix: true, idsAsWords: !readsIds });
    const exact = exactForms(query);
    const scored = scorePlan(index, plan, {
      limit: exact ? limit + EXACT_FORM_REACH : limit,
      requireOwnMatch: true,
      literalFirst: true,
      accept: (doc) => passes(doc, options),
    });
    // The literal tier first (raw scores stay far below 1,000); within it, a name with the
    // query's words as typed gains a little on one matched only by their stems.
    const ranked = scored.map(({ doc, raw, literal }, order) => ({
      doc,
      order,
      score:
        literal * 1_000 +
        Math.min(raw * (1 + EXACT_FORM_BONUS * (exact?.(doc.process.name) ?? 0)), 999),
    }));
    if (exact) ranked.sort((a, b) => b.score - a.score || a.order - b.order);
    return ranked
      .slice(0, limit)
      .map(({ doc, score }) =>
        toHit(doc, score, 'name', stemRanges(doc.process.name, matchedNameStems(index, plan, doc))),
      );
  };

  return {
    size: index.docs.length,
    search(query, options = {}) {
      const limit = Math.max(0, Math.min(options.limit ?? 50, 10_000));
      const text = query.trim().replace(/\s+/g, ' ');
      if (text === '' || limit === 0) return [];
      if (readsIds && isProcessIdText(text.replace(/\.$/, ''))) {
        return searchIds(text, options, limit);
      }
      return searchWords(text, options, limit);
    },
  };
}
