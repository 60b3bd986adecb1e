import { inNameOrder } from '../../shared/model/diagram-order';
import type { WorkspaceDocument } from '../../shared/model/document';
import type { DiagramId } from '../../shared/model/ids';

/**
 * What a tab shows. Every view of the editor is a tab of some kind: a diagram, the framework
 * map; later the mapping table, the heat map, a report preview, a compare view. A kind that
 * exists once per workspace uses a fixed id.
 */
export type Tab =
  | { kind: 'diagram'; id: DiagramId }
  | { kind: 'map'; id: 'framework' }
  | { kind: 'mappings'; id: 'table' }
  | { kind: 'heatmap'; id: 'coverage' }
  | { kind: 'processes'; id: 'catalogue' }
  | { kind: 'scope'; id: 'l2' }
  | { kind: 'coverage'; id: 'lists' }
  /** A read-only compare with another folder or a revision (renderer/compare/compare-store.ts). */
  | { kind: 'compare'; id: string }
  | { kind: 'merge'; id: 'conflicts' };
export type TabKind = Tab['kind'];

/** The framework map's tab (there is one). */
export const MAP_TAB: Tab = { kind: 'map', id: 'framework' };

/** The mapping table's tab (there is one). */
export const MAPPINGS_TAB: Tab = { kind: 'mappings', id: 'table' };
/** The coverage heat map's tab (there is one). */
export const HEATMAP_TAB: Tab = { kind: 'heatmap', id: 'coverage' };
/** The company process catalogue's tab (there is one). */
export const PROCESSES_TAB: Tab = { kind: 'processes', id: 'catalogue' };

/** The L2 scope list's tab (there is one). */
export const SCOPE_TAB: Tab = { kind: 'scope', id: 'l2' };
/** The coverage lists' tab: gaps, overlaps, extensions (there is one). */
export const COVERAGE_TAB: Tab = { kind: 'coverage', id: 'lists' };

/** The merge conflicts' resolution view (there is one). */
export const MERGE_TAB: Tab = { kind: 'merge', id: 'conflicts' };

/** A diagram's tab. */
export function diagramTab(id: DiagramId): Tab {
  return { kind: 'diagram', id };
}

/** A string naming the tab, unique among tabs: for React keys and element ids. */
export function tabKey(tab: Tab): string {
  return `${tab.kind}-${tab.id}`;
}

export function sameTab(a: Tab | null, b: Tab | null): boolean {
  return a !== null && b !== null && a.kind === b.kind && a.id === b.id;
}

/** The diagram a tab shows, or null for tabs of other kinds. */
export function diagramOf(tab: Tab | null): DiagramId | null {
  return tab?.kind === 'diagram' ? tab.id : null;
}

export interface TabState {
  tabs: Tab[];
  activeTab: Tab | null;
}

/** No tab open. */
export const NO_TABS: TabState = { tabs: [], activeTab: null };

/** The tabs of a workspace just opened: the first diagram of its list, if any. */
export function initialTabs(document: WorkspaceDocument): TabState {
  const first = inNameOrder(document.diagrams)[0]?.id;
  return first ? { tabs: [diagramTab(first)], activeTab: diagramTab(first) } : NO_TABS;
}

/**
 * Drops the tabs of diagrams that no longer exist and picks a neighbour when the active one
 * went; when that leaves no tab, opens the first diagram, if any. Tabs of other kinds stay.
 */
export function reconcileTabs(state: TabState, document: WorkspaceDocument): TabState {
  const ids = new Set<string>(document.diagrams.map((d) => d.id));
  const alive = (tab: Tab) => tab.kind !== 'diagram' || ids.has(tab.id);
  const tabs = state.tabs.filter(alive);
  const { activeTab } = state;
  if (tabs.length === state.tabs.length) return { tabs: state.tabs, activeTab };
  if (activeTab && alive(activeTab)) return { tabs, activeTab };
  const oldIndex = state.tabs.findIndex((t) => sameTab(t, activeTab));
  const neighbour = tabs[Math.min(Math.max(oldIndex, 0), tabs.length - 1)];
  if (neighbour) return { tabs, activeTab: neighbour };
  return initialTabs(document);
}

/** Opens (or focuses) a tab. */
export function openTab(state: TabState, tab: Tab): TabState {
  const existing = state.tabs.find((t) => sameTab(t, tab));
  return existing
    ? { tabs: state.tabs, activeTab: existing }
    : { tabs: [...state.tabs, tab], activeTab: tab };
}

/** Closes a tab; the next tab to the right (or left) becomes active. */
export function closeTab(state: TabState, tab: Tab): TabState {
  const index = state.tabs.findIndex((t) => sameTab(t, tab));
  if (index < 0) return state;
  const tabs = state.tabs.filter((_, i) => i !== index);
  if (!sameTab(state.activeTab, tab)) return { tabs, activeTab: state.activeTab };
  return { tabs, activeTab: tabs[Math.min(index, tabs.length - 1)] ?? null };
}
