import { useEffect } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { backgroundTask } from '../framework/idle-steps';
import { warmUpSearch } from '../framework/search-index';
import { useStudio } from '../state/studio-store';
import { warmCompanyIndex } from './company-hits';
import { companySearchClient } from './company-search-client';

/**
 * Builds the library search's indexes while the page is idle, so the first keystroke does not
 * wait for them: the pack's (a few hundred milliseconds for GB921, once per pack, in idle slices of
 * a few milliseconds on the page's thread) and
 * the company processes' (again after each catalogue edit; only the latest catalogue is built
 * when edits come quickly): in the worker, which answers a search until the page's own index,
 * built in idle slices too (about 0.1 s of work for 5,000 processes), answers within the
 * keystroke. The page's index was built only once the search box took the focus, so the
 * first words typed came from the worker, two frames or more after their keystrokes.
 */
export function useSearchWarmUp(catalogue: FrameworkCatalogue | undefined): void {
  const processes = useStudio((s) => s.history?.document.processes.processes);
  useEffect(() => {
    if (catalogue === undefined) return;
    return warmUpSearch(catalogue);
  }, [catalogue]);
  useEffect(() => {
    if (processes === undefined || processes.length === 0) return;
    // A background task, not an idle callback: the index builds below leave no idle period
    // until they are done, and a search typed meanwhile found the worker without the catalogue.
    const stop = backgroundTask(() => companySearchClient().prepare(processes));
    warmCompanyIndex(processes);
    return stop;
  }, [processes]);
}
