import { useEffect } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { warmUpSearch } from '../framework/search-index';
import { useStudio } from '../state/studio-store';
import { companySearchClient } from './company-search-client';

/**
 * Builds the library search's indexes while the page is idle, so the first keystroke does not
 * wait for them: the pack's (a few hundred milliseconds for GB921, once per pack, in idle slices of
 * a few milliseconds on the page's thread) and
 * the company processes' (in the worker, again after each catalogue edit; only the latest
 * catalogue is sent when edits come quickly).
 */
export function useSearchWarmUp(catalogue: FrameworkCatalogue | undefined): void {
  const processes = useStudio((s) => s.history?.document.processes.processes);
  useEffect(() => {
    if (catalogue === undefined) return;
    return warmUpSearch(catalogue);
  }, [catalogue]);
  useEffect(() => {
    if (processes === undefined || processes.length === 0) return;
    const idle = requestIdleCallback(() => companySearchClient().prepare(processes));
    return () => cancelIdleCallback(idle);
  }, [processes]);
}
