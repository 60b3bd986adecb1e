import { describe, expect, it } from 'vitest';
import { columnSpans, getMapLayout } from '../../../../shared/etom/map-layout';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';

describe('columnSpans', () => {
  it('groups adjacent columns into runs', () => {
    expect(columnSpans([4, 2, 5])).toEqual([
      { start: 2, end: 2 },
      { start: 4, end: 5 },
    ]);
    expect(columnSpans([])).toEqual([]);
  });
});

describe('getMapLayout', () => {
  it.each(['gb921-v25.5', 'classic-r14'])(
    'places every L2 of %s in a row its parent heads',
    (packId) => {
      const layout = getMapLayout(packId);
      const catalogue = getBuiltInCatalogue(packId);
      expect(layout).toBeDefined();
      const l2 = catalogue?.byLevel(2).map((p) => p.id) ?? [];
      expect(layout?.cells.map((cell) => cell.id).sort()).toEqual([...l2].sort());
      const rowIds = new Set([
        ...(layout?.rows.map((row) => row.processId) ?? []),
        ...(layout?.enterprise.processIds ?? []),
      ]);
      for (const cell of layout?.cells ?? []) {
        expect(catalogue?.byId(cell.id)?.parentId).toBe(cell.row);
        expect(rowIds.has(cell.row)).toBe(true);
        expect(catalogue?.byId(cell.row)).toBeDefined();
      }
    },
  );

  it('gives the current scheme two areas, seven columns and the Enterprise band', () => {
    const layout = getMapLayout('gb921-v25.5');
    expect(layout?.areas.map((area) => area.label)).toEqual([
      'Strategy-to-Readiness',
      'Operations',
    ]);
    expect(layout?.columns.map((column) => column.verticalGroup)).toEqual([
      'Strategy Management',
      'Capability Management',
      'Business Value Development',
      'Operations Readiness & Support',
      'Fulfillment',
      'Assurance',
      'Billing',
    ]);
    expect(layout?.rows.map((row) => row.processId)).toEqual([
      '1.1',
      '1.12',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
    ]);
    expect(layout?.enterprise.processIds).toEqual(['1.7']);
    // 1.1.14 sits in Business Value Development and Fulfillment, with ORS between them.
    expect(layout?.cells.find((cell) => cell.id === '1.1.14')?.spans).toEqual([
      { start: 2, end: 2 },
      { start: 4, end: 4 },
    ]);
    // Every column a cell names is one of the process's own vertical groups.
    const catalogue = getBuiltInCatalogue('gb921-v25.5');
    for (const cell of layout?.cells ?? []) {
      expect([...cell.columns].sort()).toEqual(
        [...(catalogue?.byId(cell.id)?.verticalGroups ?? [])].sort(),
      );
    }
  });

  it('draws classic SIP and Operations rows side by side in four bands', () => {
    const layout = getMapLayout('classic-r14');
    expect(layout?.areas.map((area) => area.label)).toEqual([
      'SIP',
      'Operations',
      'Enterprise Management',
    ]);
    expect(layout?.rows.filter((row) => row.band === 0).map((row) => row.processId)).toEqual([
      '1.2.1',
      '1.1.1',
    ]);
    const cim = layout?.cells.find((cell) => cell.id === '1.1.1.2');
    expect(cim?.spans).toEqual([{ start: 4, end: 6 }]);
    expect(layout?.cells.find((cell) => cell.id === '1.3.1.1')?.spans).toEqual([]);
    expect(getMapLayout('nope')).toBeUndefined();
  });
});
