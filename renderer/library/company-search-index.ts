import { createCompanySearch, type CompanySearch } from '../../shared/mapping/company-search';
import type { CompanyProcess } from '../../shared/model/process-schema';

const cache = new WeakMap<readonly CompanyProcess[], CompanySearch>();

/** The word search over a workspace's company processes, built once per version of the list. */
export function companySearchFor(processes: readonly CompanyProcess[]): CompanySearch {
  let search = cache.get(processes);
  if (search === undefined) {
    search = createCompanySearch(processes);
    cache.set(processes, search);
  }
  return search;
}
