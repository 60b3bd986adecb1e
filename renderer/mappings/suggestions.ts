import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { CLASSIC_PACK_ID, DEFAULT_PACK_ID, getBuiltInCatalogue } from '../../shared/etom/registry';
import type { ProcessId } from '../../shared/model/ids';
import type { CompanyProcess } from '../../shared/model/process-schema';
import { companyQueries } from '../../shared/mapping/suggest/company-queries';
import {
  createSuggester,
  type Suggester,
  type Suggestion,
} from '../../shared/mapping/suggest/suggest';

const cache = new WeakMap<FrameworkCatalogue, Suggester>();

/**
 * The suggester over one pack (with the other scheme's names as lineage), built on first use
 * and kept while the pack is.
 */
export function suggesterFor(catalogue: FrameworkCatalogue): Suggester {
  let suggester = cache.get(catalogue);
  if (suggester === undefined) {
    const other = catalogue.pack.reconstructed ? DEFAULT_PACK_ID : CLASSIC_PACK_ID;
    const counterpart = getBuiltInCatalogue(other);
    suggester = createSuggester(counterpart ? { catalogue, counterpart } : { catalogue });
    cache.set(catalogue, suggester);
  }
  return suggester;
}

/** The ranked matches of one company process. */
export interface ProcessSuggestions {
  processId: ProcessId;
  suggestions: Suggestion[];
}

/** The slice of work done between two yields: long enough to go fast, short of a long task. */
const SLICE_MS = 24;

/**
 * Suggests for `targets` (read with their parents, children and descriptions from `all`) in
 * slices, yielding to the page between slices so it keeps painting and answering (no long
 * task). `onProgress` gets the count done; `signal` stops it.
 */
export async function suggestInSlices(
  catalogue: FrameworkCatalogue,
  all: readonly CompanyProcess[],
  targets: ReadonlySet<string>,
  options: { limit: number; onProgress?: (done: number) => void; signal?: AbortSignal },
): Promise<ProcessSuggestions[]> {
  const suggester = suggesterFor(catalogue);
  const queries = companyQueries(all).filter((q) => targets.has(q.processId));
  const results: ProcessSuggestions[] = [];
  let next = 0;
  while (next < queries.length) {
    if (options.signal?.aborted) break;
    const start = performance.now();
    while (next < queries.length && performance.now() - start < SLICE_MS) {
      const entry = queries[next];
      next += 1;
      if (!entry) continue;
      results.push({
        processId: entry.processId,
        suggestions: suggester.suggest(entry.query, { limit: options.limit }),
      });
    }
    options.onProgress?.(next);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return results;
}
