import type { WorkspaceDocument } from '../../shared/model/document';
import type { DiagramId } from '../../shared/model/ids';

export interface TabState {
  tabs: DiagramId[];
  activeTab: DiagramId | null;
}

/**
 * Drops tabs whose diagram no longer exists and picks a neighbour as active tab when the
 * active one went; with no tab left, opens the first diagram, if any.
 */
export function reconcileTabs(state: TabState, document: WorkspaceDocument): TabState {
  const ids = new Set<string>(document.diagrams.map((d) => d.id));
  const tabs = state.tabs.filter((t) => ids.has(t));
  if (state.activeTab && ids.has(state.activeTab)) return { tabs, activeTab: state.activeTab };
  const oldIndex = state.activeTab ? state.tabs.indexOf(state.activeTab) : -1;
  const neighbour = tabs[Math.min(Math.max(oldIndex, 0), tabs.length - 1)];
  if (neighbour) return { tabs, activeTab: neighbour };
  const first = document.diagrams[0]?.id;
  return first ? { tabs: [first], activeTab: first } : { tabs: [], activeTab: null };
}

/** Opens (or focuses) a diagram's tab. */
export function openTab(state: TabState, id: DiagramId): TabState {
  return {
    tabs: state.tabs.includes(id) ? state.tabs : [...state.tabs, id],
    activeTab: id,
  };
}

/** Closes a tab; the next tab to the right (or left) becomes active. */
export function closeTab(state: TabState, id: DiagramId): TabState {
  const index = state.tabs.indexOf(id);
  const tabs = state.tabs.filter((t) => t !== id);
  if (state.activeTab !== id) return { tabs, activeTab: state.activeTab };
  return { tabs, activeTab: tabs[Math.min(index, tabs.length - 1)] ?? null };
}
