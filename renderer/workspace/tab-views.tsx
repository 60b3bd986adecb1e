import type { ComponentType } from 'react';
import { CataloguePanel } from '../catalogue/CataloguePanel';
import { DiagramCanvas } from '../canvas/DiagramCanvas';
import { FrameworkMapView } from '../framework-map/FrameworkMapView';
import { MappingTableView } from '../mapping-table/MappingTableView';
import { HeatMapView } from '../heat-map/HeatMapView';
import { ScopeListView } from '../scope/ScopeListView';
import { CoverageListsView } from '../coverage/CoverageListsView';
import { CompareView } from '../compare/CompareView';
import { useCompare } from '../compare/compare-store';
import { MergeConflictsView } from '../merge/MergeConflictsView';
import type { StudioState } from '../state/studio-store';
import type { Tab, TabKind } from '../state/tabs';

/** How one kind of tab shows: its title in the tab bar and its panel. */
export interface TabView<T extends Tab> {
  title(tab: T, state: StudioState): string;
  Panel: ComponentType<{ tab: T }>;
}

type TabViews = { readonly [K in TabKind]: TabView<Extract<Tab, { kind: K }>> };

/**
 * Every kind of tab, by kind. A new view (mapping table, heat map, compare) adds its kind to
 * `Tab` and an entry here; the tab bar, keyboard navigation and panel follow.
 */
export const TAB_VIEWS: TabViews = {
  diagram: {
    title: (tab, state) =>
      state.history?.document.diagrams.find((d) => d.id === tab.id)?.name ?? tab.id,
    Panel: ({ tab }) => <DiagramCanvas diagramId={tab.id} />,
  },
  map: {
    title: () => 'Framework map',
    Panel: () => <FrameworkMapView />,
  },
  mappings: {
    title: () => 'Mappings',
    Panel: () => <MappingTableView />,
  },
  heatmap: {
    title: () => 'Coverage heat map',
    Panel: () => <HeatMapView />,
  },
  processes: {
    title: () => 'Company processes',
    Panel: () => <CataloguePanel />,
  },
  scope: {
    title: () => 'Scope (L2)',
    Panel: () => <ScopeListView />,
  },
  coverage: {
    title: () => 'Coverage',
    Panel: () => <CoverageListsView />,
  },
  compare: {
    title: (tab) => `Compare: ${useCompare.getState().sessions[tab.id]?.side.label ?? ''}`,
    Panel: ({ tab }) => <CompareView id={tab.id} />,
  },
  merge: {
    title: () => 'Merge conflicts',
    Panel: () => <MergeConflictsView />,
  },
};

// TypeScript cannot correlate `tab.kind` with the entry it picks; the key is the kind itself.
function viewOf(tab: Tab): TabView<Tab> {
  return TAB_VIEWS[tab.kind] as TabView<Tab>;
}

/** The title of any tab. */
export function tabTitle(tab: Tab, state: StudioState): string {
  return viewOf(tab).title(tab, state);
}

/** The panel of any tab. */
export function TabPanel({ tab }: { tab: Tab }) {
  const { Panel } = viewOf(tab);
  return <Panel tab={tab} />;
}
