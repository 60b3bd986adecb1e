import MiniSearch from 'minisearch';
import type { FrameworkProcessId, PackId } from '../model/ids';
import type { FrameworkCatalogue } from './catalogue';
import type { FrameworkProcess } from './pack-model';
import { compareProcessIds, isProcessIdText } from './process-id';
import { isStopWord, matchRanges, queryTerms, tokenize, type MatchRange } from './search-text';

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

interface Doc {
  key: number;
  process: FrameworkProcess;
  catalogue: FrameworkCatalogue;
  packOrder: number;
  /** The name's normalised words without stop words, joined by spaces, and as a set. */
  nameText: string;
  nameTerms: ReadonlySet<string>;
}

const TIER = { id: 3, idPrefix: 2, name: 1 } as const;
const MAX_QUERY_TERMS = 10;

/**
 * Builds the index over `catalogues` (in the order given: the first pack's hits win ties).
 * Ids are matched exactly or by prefix; names by whole words first, then by word prefix and
 * small typos (MiniSearch, fuzzy within about one edit in five letters).
 */
export function createFrameworkSearch(catalogues: readonly FrameworkCatalogue[]): FrameworkSearch {
  const docs: Doc[] = [];
  catalogues.forEach((catalogue, packOrder) => {
    for (const process of catalogue.processes) {
      const terms = tokenize(process.name)
        .map((token) => token.term)
        .filter((term) => !isStopWord(term));
      docs.push({
        key: docs.length,
        process,
        catalogue,
        packOrder,
        nameText: terms.join(' '),
        nameTerms: new Set(terms),
      });
    }
  });
  // The order id matches are listed in: pack, then shallowest first, then id.
  const idOrder = [...docs].sort(
    (a, b) =>
      a.packOrder - b.packOrder ||
      a.process.level - b.process.level ||
      compareProcessIds(a.process.id, b.process.id),
  );
  const index = new MiniSearch<{ key: number; name: string }>({
    idField: 'key',
    fields: ['name'],
    tokenize: (text) => tokenize(text).map((token) => token.term),
    processTerm: (term) => (isStopWord(term) ? null : term),
    searchOptions: {
      tokenize: (text) => queryTerms(text).slice(0, MAX_QUERY_TERMS),
      processTerm: (term) => term,
    },
  });
  index.addAll(docs.map((doc) => ({ key: doc.key, name: doc.process.name })));

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

  const searchNames = (query: string, options: SearchOptions, limit: number): SearchHit[] => {
    const terms = queryTerms(query).slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return [];
    const phrase = terms.join(' ');
    const results = index.search(query, {
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
      combineWith: 'OR',
      filter: (result) => {
        const doc = docs[result.id as number];
        return doc !== undefined && passes(doc, options);
      },
    });
    const ranked = results.map((result) => {
      const doc = docs[result.id as number] as Doc;
      const termsMatched = Math.min(result.queryTerms.length, MAX_QUERY_TERMS);
      const wholeWords = terms.filter((term) => doc.nameTerms.has(term)).length;
      const equalsName = doc.nameText === phrase ? 1 : 0;
      const hasPhrase = doc.nameText.includes(phrase) ? 1 : 0;
      const score =
        TIER.name * 1_000_000 +
        termsMatched * 10_000 +
        wholeWords * 500 +
        equalsName * 300 +
        hasPhrase * 100 +
        Math.min(result.score, 99);
      return { doc, score, terms: result.terms };
    });
    ranked.sort(
      (a, b) =>
        b.score - a.score ||
        a.doc.packOrder - b.doc.packOrder ||
        a.doc.process.level - b.doc.process.level ||
        compareProcessIds(a.doc.process.id, b.doc.process.id),
    );
    return ranked
      .slice(0, limit)
      .map(({ doc, score, terms: matched }) =>
        toHit(doc, score, 'name', matchRanges(doc.process.name, new Set(matched))),
      );
  };

  return {
    size: docs.length,
    search(query, options = {}) {
      const limit = Math.max(0, Math.min(options.limit ?? 50, 10_000));
      const text = query.trim().replace(/\s+/g, ' ');
      if (text === '' || limit === 0) return [];
      if (isProcessIdText(text.replace(/\.$/, ''))) return searchIds(text, options, limit);
      return searchNames(text, options, limit);
    },
  };
}
