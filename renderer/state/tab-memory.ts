import type { WorkspaceDocument } from '../../shared/model/document';
import type { DiagramId } from '../../shared/model/ids';
import { initialTabs, sameTab, type Tab, type TabState } from './tabs';

/**
 * The tabs each workspace had open, kept in this browser profile (the desktop app's is its
 * own), so a workspace opens again on the diagrams and views it was left on. Views that exist
 * for one session (a compare, a merge) are not kept; a diagram deleted since is passed over.
 */

const KEY = 'etom-studio.open-tabs';
/** How many workspaces are remembered; the one used longest ago is forgotten first. */
const MOST_WORKSPACES = 30;

/** The views there is one of per workspace: kept by kind. */
const SINGLE_VIEWS: ReadonlyMap<string, string> = new Map([
  ['map', 'framework'],
  ['mappings', 'table'],
  ['heatmap', 'coverage'],
  ['processes', 'catalogue'],
  ['scope', 'l2'],
  ['coverage', 'lists'],
]);

interface Remembered {
  path: string;
  tabs: { kind: string; id: string }[];
  active: number;
}

function load(): Remembered[] {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(value) ? value.filter(isRemembered) : [];
  } catch {
    return [];
  }
}

function isRemembered(value: unknown): value is Remembered {
  const entry = value as Partial<Remembered> | null;
  return (
    typeof entry?.path === 'string' &&
    typeof entry.active === 'number' &&
    Array.isArray(entry.tabs) &&
    entry.tabs.every(
      (tab: unknown) =>
        typeof (tab as Tab | null)?.kind === 'string' && typeof (tab as Tab).id === 'string',
    )
  );
}

/** The tab a remembered one stands for in `document`, or null when it no longer can be. */
function tabIn(tab: { kind: string; id: string }, document: WorkspaceDocument): Tab | null {
  if (tab.kind === 'diagram') {
    return document.diagrams.some((d) => d.id === tab.id)
      ? { kind: 'diagram', id: tab.id as DiagramId }
      : null;
  }
  return SINGLE_VIEWS.get(tab.kind) === tab.id ? (tab as Tab) : null;
}

/** Remembers the tabs open on the workspace at `path`, as the one used last. */
export function rememberTabs(path: string, state: TabState): void {
  const kept = state.tabs.filter((tab) => tab.kind === 'diagram' || SINGLE_VIEWS.has(tab.kind));
  const active = kept.findIndex((tab) => sameTab(tab, state.activeTab));
  const entry: Remembered = {
    path,
    tabs: kept.map(({ kind, id }) => ({ kind, id })),
    active: Math.max(active, 0),
  };
  const others = load().filter((e) => e.path !== path);
  try {
    globalThis.localStorage?.setItem(
      KEY,
      JSON.stringify([entry, ...others].slice(0, MOST_WORKSPACES)),
    );
  } catch {
    // Storage refused (a private window): the tabs are simply not restored next time.
  }
}

/**
 * The tabs to open on the workspace at `path`: those it was left with, in their order, less
 * any that no longer exist, with the same one active; its first diagram when none is left.
 */
export function tabsToOpen(path: string, document: WorkspaceDocument): TabState {
  const entry = load().find((e) => e.path === path);
  if (!entry) return initialTabs(document);
  const tabs: Tab[] = [];
  let activeTab: Tab | null = null;
  entry.tabs.forEach((remembered, index) => {
    const tab = tabIn(remembered, document);
    if (!tab || tabs.some((t) => sameTab(t, tab))) return;
    tabs.push(tab);
    if (index === entry.active) activeTab = tab;
  });
  if (tabs.length === 0) return initialTabs(document);
  return { tabs, activeTab: activeTab ?? tabs[0] ?? null };
}
