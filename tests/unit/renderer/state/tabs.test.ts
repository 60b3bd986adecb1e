import { describe, expect, it } from 'vitest';
import { closeTab, openTab, reconcileTabs } from '../../../../renderer/state/tabs';
import type { DiagramId } from '../../../../shared/model/ids';
import { sampleDocument, D1, D2 } from '../../shared/commands/fixture';

const X = 'x' as DiagramId;

describe('tabs', () => {
  it('opens a tab once and focuses it', () => {
    const once = openTab({ tabs: [], activeTab: null }, D1);
    expect(openTab(once, D1)).toEqual({ tabs: [D1], activeTab: D1 });
    expect(openTab(once, D2)).toEqual({ tabs: [D1, D2], activeTab: D2 });
  });

  it('closing the active tab activates its right neighbour, else the left one', () => {
    expect(closeTab({ tabs: [D1, D2, X], activeTab: D2 }, D2)).toEqual({
      tabs: [D1, X],
      activeTab: X,
    });
    expect(closeTab({ tabs: [D1, D2], activeTab: D2 }, D2)).toEqual({
      tabs: [D1],
      activeTab: D1,
    });
    expect(closeTab({ tabs: [D1, D2], activeTab: D1 }, D2)).toEqual({
      tabs: [D1],
      activeTab: D1,
    });
    expect(closeTab({ tabs: [D1], activeTab: D1 }, D1)).toEqual({ tabs: [], activeTab: null });
  });

  it('drops tabs of deleted diagrams and keeps a tab open when diagrams remain', () => {
    const document = sampleDocument();
    expect(reconcileTabs({ tabs: [X, D2], activeTab: X }, document)).toEqual({
      tabs: [D2],
      activeTab: D2,
    });
    expect(reconcileTabs({ tabs: [X], activeTab: X }, document)).toEqual({
      tabs: [D1],
      activeTab: D1,
    });
    expect(reconcileTabs({ tabs: [], activeTab: null }, { ...document, diagrams: [] })).toEqual({
      tabs: [],
      activeTab: null,
    });
  });
});
