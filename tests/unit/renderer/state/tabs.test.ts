import { describe, expect, it } from 'vitest';
import {
  MAP_TAB,
  NO_TABS,
  closeTab,
  diagramOf,
  diagramTab,
  openTab,
  reconcileTabs,
  tabKey,
} from '../../../../renderer/state/tabs';
import type { DiagramId } from '../../../../shared/model/ids';
import { sampleDocument, D1, D2 } from '../../shared/commands/fixture';

const T1 = diagramTab(D1);
const T2 = diagramTab(D2);
const TX = diagramTab('x' as DiagramId);

describe('tabs', () => {
  it('opens a tab once and focuses it, whatever its kind', () => {
    const once = openTab(NO_TABS, T1);
    expect(openTab(once, diagramTab(D1))).toEqual({ tabs: [T1], activeTab: T1 });
    expect(openTab(once, T2)).toEqual({ tabs: [T1, T2], activeTab: T2 });
    const withMap = openTab(openTab(once, MAP_TAB), T1);
    expect(openTab(withMap, { kind: 'map', id: 'framework' })).toEqual({
      tabs: [T1, MAP_TAB],
      activeTab: MAP_TAB,
    });
  });

  it('closing the active tab activates its right neighbour, else the left one', () => {
    expect(closeTab({ tabs: [T1, T2, MAP_TAB], activeTab: T2 }, T2)).toEqual({
      tabs: [T1, MAP_TAB],
      activeTab: MAP_TAB,
    });
    expect(closeTab({ tabs: [T1, T2], activeTab: T2 }, T2)).toEqual({
      tabs: [T1],
      activeTab: T1,
    });
    expect(closeTab({ tabs: [T1, T2], activeTab: T1 }, T2)).toEqual({
      tabs: [T1],
      activeTab: T1,
    });
    expect(closeTab({ tabs: [MAP_TAB], activeTab: MAP_TAB }, MAP_TAB)).toEqual(NO_TABS);
  });

  it('drops tabs of deleted diagrams, keeps other kinds, and opens a diagram when none is left', () => {
    const document = sampleDocument();
    expect(reconcileTabs({ tabs: [TX, MAP_TAB, T2], activeTab: TX }, document)).toEqual({
      tabs: [MAP_TAB, T2],
      activeTab: MAP_TAB,
    });
    // The first diagram of the list, in name order: "Billing" before "Order to cash".
    expect(reconcileTabs({ tabs: [TX], activeTab: TX }, document)).toEqual({
      tabs: [T2],
      activeTab: T2,
    });
    expect(reconcileTabs(NO_TABS, { ...document, diagrams: [] })).toEqual(NO_TABS);
    // Closing every tab is the user's choice: nothing reopens by itself.
    expect(reconcileTabs(NO_TABS, document)).toEqual(NO_TABS);
  });

  it('names tabs uniquely and tells which diagram a tab shows', () => {
    expect(tabKey(T1)).not.toBe(tabKey(MAP_TAB));
    expect(diagramOf(T1)).toBe(D1);
    expect(diagramOf(MAP_TAB)).toBeNull();
    expect(diagramOf(null)).toBeNull();
  });
});
