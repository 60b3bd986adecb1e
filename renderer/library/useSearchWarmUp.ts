import { useEffect } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { searchFor } from '../framework/search-index';
import { useStudio } from '../state/studio-store';
import { companySearchClient } from './company-search-client';

/**
 * Builds the library search's indexes while the page is idle, so the first keystroke does not
 * wait for them: the pack's (about a second on the page's thread for GB921, once per pack) and
 * the company processes' (in the worker, again after each catalogue edit; only the latest
 * catalogue is sent when edits come quickly).
 */
export function useSearchWarmUp(catalogue: FrameworkCatalogue | undefined): void {
  const processes = useStudio((s) => s.history?.document.processes.processes);
  useEffect(() => {
    if (catalogue === undefined) return;
    const idle = requestIdleCallback(() => searchFor(catalogue));
    return () => cancelIdleCallback(idle);
  }, [catalogue]);
  useEffect(() => {
    if (processes === undefined || processes.length === 0) return;
    const idle = requestIdleCallback(() => companySearchClient().prepare(processes));
    return () => cancelIdleCallback(idle);
  }, [processes]);
}
