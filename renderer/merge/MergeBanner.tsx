import { useStudio } from '../state/studio-store';
import { MERGE_TAB, openTab } from '../state/tabs';
import { ConflictMarkerStyle } from './ConflictMarkerStyle';
import { useMergeItems, type MergeItems } from './merge-items';
import { useMergeWatch } from './useMergeWatch';
import './merge.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What the banner says: a merge's conflicts only when a merge recorded some; references that
 * point at nothing can come from any edit outside the app (or a release upgrade), so they are
 * named for what they are.
 */
export function bannerText(items: Pick<MergeItems, 'open' | 'openConflicts'>): string {
  const references = items.open - items.openConflicts;
  const dangling = plural(references, 'reference points', 'references point');
  if (items.openConflicts === 0) {
    return `${dangling} at a process that is not there: review ${references === 1 ? 'it' : 'them'} before going on.`;
  }
  const conflicts = `A merge left ${plural(items.openConflicts, 'conflict', 'conflicts')} to resolve in this workspace`;
  return references === 0
    ? `${conflicts}.`
    : `${conflicts}, and ${dangling} at a process that is not there.`;
}

/**
 * Says that the workspace holds what a merge could not decide, and opens the resolution view;
 * keeps the records and the git status current and marks the conflicted elements.
 */
export function MergeBanner() {
  useMergeWatch();
  const items = useMergeItems();
  const onTab = useStudio((s) => s.activeTab?.kind === 'merge');
  if (!items || items.open === 0) return null;
  return (
    <>
      <ConflictMarkerStyle items={items} />
      {!onTab && (
        <section className="merge-banner" aria-label="Merge conflicts to resolve">
          <p>{bannerText(items)}</p>
          <button type="button" onClick={() => useStudio.setState((s) => openTab(s, MERGE_TAB))}>
            Resolve conflicts…
          </button>
        </section>
      )}
    </>
  );
}
