import { createCatalogue } from '../etom/catalogue';
import type { FrameworkProcess } from '../etom/pack-model';
import { frameworkSearchSteps } from '../etom/search';
import type { MatchRange } from '../etom/search-text';
import type { FrameworkProcessId, PackId, ProcessId } from '../model/ids';
import type { CompanyProcess } from '../model/process-schema';
import { finish, type BuildSteps } from './suggest/build-steps';

/** One company process found by a word search. */
export interface CompanyHit {
  processId: ProcessId;
  code: string | undefined;
  name: string;
  /** Its parents' names, from the top down. */
  path: string[];
  /** Characters of `name` to highlight. */
  ranges: MatchRange[];
}

/** The word search over a workspace's company processes. */
export interface CompanySearch {
  search(query: string, limit?: number): CompanyHit[];
  readonly size: number;
}

/** The pseudo pack company processes are indexed under; never a real pack id. */
const COMPANY_PACK = '~company' as PackId;

/**
 * Builds a word search over company processes with the same ranking engine as the framework
 * library (BM25F over names, the names above and below, the description; stemming, typos,
 * the telecom vocabulary, the word being typed completed), so that one query finds both and
 * ranks them alike. A process's code is searched with its description.
 */
export function createCompanySearch(processes: readonly CompanyProcess[]): CompanySearch {
  return finish(companySearchSteps(processes));
}

/**
 * `createCompanySearch` in steps (see BuildSteps), for a page that builds it while idle: for
 * 5,000 processes the build takes about a tenth of a second, too long for one task.
 */
export function* companySearchSteps(
  processes: readonly CompanyProcess[],
): BuildSteps<CompanySearch> {
  const byId = new Map(processes.map((p) => [p.id as string, p]));
  const records: FrameworkProcess[] = processes.map((p) => {
    const described = [p.code, p.description].filter((t) => t !== undefined && t.trim() !== '');
    return {
      id: p.id as string as FrameworkProcessId,
      // One level for all: the engine's level prior (which prefers eTOM's L2/L3) means
      // nothing for a company's own tree, so every company process weighs the same.
      level: 2,
      name: p.name,
      parentId: (p.parentId ?? null) as FrameworkProcessId | null,
      domain: 'Company',
      verticalGroups: [],
      ...(described.length > 0 ? { briefDescription: described.join('\n') } : {}),
    };
  });
  const catalogue = createCatalogue({
    id: COMPANY_PACK,
    label: 'Company processes',
    release: '-',
    attribution: '',
    reconstructed: false,
    source: 'user',
    processes: records,
  });
  yield;
  // Company processes have no framework ids: `42` or `3.1` is a word or a code to find.
  const search = yield* frameworkSearchSteps([catalogue], {
    counterpartOf: () => undefined,
    readsIds: false,
  });
  return {
    size: search.size,
    search(query, limit = 50) {
      return search.search(query, { limit }).flatMap((hit) => {
        const process = byId.get(hit.id);
        if (!process || hit.matchKind !== 'name') return [];
        return [
          {
            processId: process.id,
            code: process.code,
            name: process.name,
            path: hit.ancestors.map((a) => a.name),
            ranges: hit.ranges,
          },
        ];
      });
    },
  };
}
