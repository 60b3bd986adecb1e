/**
 * The baseline of `npm run bench:suggest`: the library's word search as it was before the
 * ranking engine (MiniSearch over process names only: whole words, then word prefixes and
 * small typos, ranked by how many query words a name holds). Kept here, outside the app, so
 * the benchmark can show what the engine adds over a plain name search.
 */
import MiniSearch from 'minisearch';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { compareProcessIds } from '../../shared/etom/process-id';
import { isStopWord, queryTerms, tokenize } from '../../shared/etom/search-text';

const MAX_QUERY_TERMS = 10;

/** Ranks a catalogue's processes by name for a query; returns ids, best first. */
export type NameSearch = (query: string, limit: number) => string[];

export function createNameSearchBaseline(catalogue: FrameworkCatalogue): NameSearch {
  const processes = catalogue.processes;
  const nameTerms = processes.map(
    (p) =>
      new Set(
        tokenize(p.name)
          .map((t) => t.term)
          .filter((t) => !isStopWord(t)),
      ),
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
  index.addAll(processes.map((p, key) => ({ key, name: p.name })));
  return (query, limit) => {
    const terms = queryTerms(query).slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return [];
    const phrase = terms.join(' ');
    const ranked = index
      .search(query, {
        prefix: (term) => term.length >= 2,
        fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
        maxFuzzy: 2,
        combineWith: 'OR',
      })
      .map((result) => {
        const key = result.id as number;
        const terms2 = nameTerms[key] as Set<string>;
        const text = [...terms2].join(' ');
        const wholeWords = terms.filter((term) => terms2.has(term)).length;
        const score =
          Math.min(result.queryTerms.length, MAX_QUERY_TERMS) * 10_000 +
          wholeWords * 500 +
          (text === phrase ? 300 : 0) +
          (text.includes(phrase) ? 100 : 0) +
          Math.min(result.score, 99);
        return { process: processes[key]!, score };
      });
    ranked.sort(
      (a, b) =>
        b.score - a.score ||
        a.process.level - b.process.level ||
        compareProcessIds(a.process.id, b.process.id),
    );
    return ranked.slice(0, limit).map((r) => r.process.id);
  };
}
