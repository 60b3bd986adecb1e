import { create } from 'zustand';
import {
  companySearchSteps,
  type CompanyHit,
  type CompanySearch,
} from '../../shared/mapping/company-search';
import type { CompanyProcess } from '../../shared/model/process-schema';
import {
  backgroundTask,
  browserIdle,
  runWhenIdle,
  type IdleScheduler,
  type TaskScheduler,
} from '../framework/idle-steps';
import { companySearchClient } from './company-search-client';

/** Company processes the library search finds at most (a short group, best first). */
export const COMPANY_LIMIT = 10;

/** The company hits last found, with the text they were found for. */
export interface CompanyFound {
  text: string;
  hits: CompanyHit[];
}

const NOTHING: CompanyFound = { text: '', hits: [] };

/** The library's company hits (an external store: the worker's answer renders at once). */
export const useCompanyHits = create<CompanyFound>(() => NOTHING);

/** The page's own index of the catalogue version last built, for answers within the keystroke. */
let local: { processes: readonly CompanyProcess[]; search: CompanySearch } | null = null;
let pending: { processes: readonly CompanyProcess[]; stop: () => void } | null = null;
let asked: { processes: readonly CompanyProcess[]; text: string } | null = null;
/** Whether a question went to the worker since the last one was forgotten. */
let workerAsked = false;

/** Forgets the worker's answer still due, if any (it would be for an older text). */
function cancelWorker(): void {
  if (workerAsked) companySearchClient().cancel();
  workerAsked = false;
}

/** True when the library search looks for company processes: there are some, and words. */
export function searchesCompany(
  processes: readonly CompanyProcess[] | undefined,
  text: string,
): processes is readonly CompanyProcess[] {
  return processes !== undefined && processes.length > 0 && text.trim() !== '';
}

/**
 * Has the page's index of `processes` built while the page is idle, a few milliseconds at a
 * time (when the catalogue changes, and when a search went to the worker because it had), so
 * that the library search answers within the keystroke; until it is built, the worker answers.
 * The build was one idle task of about 0.1 s for 5,000 processes, which a keystroke typed
 * meanwhile waited for.
 */
export function warmCompanyIndex(
  processes: readonly CompanyProcess[],
  whenIdle: IdleScheduler = browserIdle,
  nextTask: TaskScheduler = backgroundTask,
): void {
  if (local?.processes === processes || pending?.processes === processes) return;
  pending?.stop();
  const steps = companySearchSteps(processes);
  const stop = runWhenIdle(
    () => steps,
    (search) => {
      pending = null;
      local = { processes, search };
    },
    whenIdle,
    nextTask,
  );
  pending = { processes, stop };
}

/**
 * Finds the company hits of `text`, called in the keystroke's event before React renders it.
 * With the page's index of this catalogue version, at once (a millisecond or two), so both
 * hit lists paint in the keystroke's frame; else the worker answers (its index is built off
 * the page's thread) a frame or so later, and the page's index is built when idle.
 */
export function askCompanyHits(processes: readonly CompanyProcess[], text: string): void {
  if (asked?.processes === processes && asked.text === text) return;
  asked = { processes, text };
  if (local?.processes === processes) {
    cancelWorker();
    useCompanyHits.setState({ text, hits: local.search.search(text, COMPANY_LIMIT) });
    return;
  }
  warmCompanyIndex(processes);
  workerAsked = true;
  companySearchClient().search(processes, text, COMPANY_LIMIT, (hits) =>
    useCompanyHits.setState({ text, hits }),
  );
}

/** Forgets the hits and any question in flight (the results went away). */
export function forgetCompanyHits(): void {
  asked = null;
  cancelWorker();
  useCompanyHits.setState(NOTHING);
}
