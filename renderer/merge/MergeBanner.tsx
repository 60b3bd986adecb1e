import { useStudio } from '../state/studio-store';
import { MERGE_TAB, openTab } from '../state/tabs';
import { ConflictMarkerStyle } from './ConflictMarkerStyle';
import { useMergeItems } from './merge-items';
import { useMergeWatch } from './useMergeWatch';
import './merge.css';

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
          <p>
            {items.open === 1
              ? 'A merge left 1 conflict to resolve in this workspace.'
              : `A merge left ${items.open} conflicts to resolve in this workspace.`}
          </p>
          <button type="button" onClick={() => useStudio.setState((s) => openTab(s, MERGE_TAB))}>
            Resolve conflicts…
          </button>
        </section>
      )}
    </>
  );
}
