import type { CompanyProcess } from '../model/process-schema';
import { createCompanySearch, type CompanyHit, type CompanySearch } from './company-search';

/** To the company search worker: a new version of the catalogue to index, or a query. */
export type CompanySearchRequest =
  | { kind: 'index'; version: number; processes: readonly CompanyProcess[] }
  | { kind: 'search'; seq: number; version: number; text: string; limit: number };

/** From the worker: the hits of query `seq`, found in the index of `version`. */
export interface CompanySearchReply {
  seq: number;
  version: number;
  hits: CompanyHit[];
}

/**
 * The worker's side of the company search, apart from the worker so that it runs anywhere:
 * keeps the index of the latest catalogue version it was sent (built on arrival, off the
 * page's thread) and answers each query from it. A query for a version it does not hold
 * (sent before its index, which the page never does) finds nothing.
 */
export function createCompanySearchService(): (
  request: CompanySearchRequest,
) => CompanySearchReply | null {
  let index: { version: number; search: CompanySearch } | null = null;
  return (request) => {
    if (request.kind === 'index') {
      index = { version: request.version, search: createCompanySearch(request.processes) };
      return null;
    }
    const hits =
      index !== null && index.version === request.version
        ? index.search.search(request.text, request.limit)
        : [];
    return { seq: request.seq, version: request.version, hits };
  };
}
