import { useEffect } from 'react';
import { useStudio } from '../state/studio-store';
import { rememberTabs } from '../state/tab-memory';

/** Remembers the open workspace's tabs whenever they change, for its next opening. */
export function useTabMemory(): void {
  useEffect(
    () =>
      useStudio.subscribe((state, previous) => {
        const path = state.workspace?.path;
        if (!path) return;
        if (state.tabs === previous.tabs && state.activeTab === previous.activeTab) return;
        rememberTabs(path, { tabs: state.tabs, activeTab: state.activeTab });
      }),
    [],
  );
}
