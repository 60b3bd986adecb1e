import { describe, expect, it } from 'vitest';
import { getMapLayout } from '../../../../shared/etom/map-layout';
import {
  CLASSIC_PACK_ID,
  DEFAULT_PACK_ID,
  getBuiltInCatalogue,
} from '../../../../shared/etom/registry';
import { buildMapGrid, packLanes, type GridBox } from '../../../../shared/render/map-grid';

const overlap = (a: GridBox, b: GridBox) =>
  a.rowStart < b.rowEnd && b.rowStart < a.rowEnd && a.colStart < b.colEnd && b.colStart < a.colEnd;

describe('packLanes', () => {
  it('puts the widest first and stacks what shares a column', () => {
    const lanes = packLanes([
      { id: '1.1', start: 0, end: 0 },
      { id: '1.2', start: 0, end: 2 },
      { id: '1.3', start: 1, end: 1 },
      { id: '1.4', start: 3, end: 3 },
    ]);
    const lane = Object.fromEntries(lanes.map((l) => [l.id, l.lane]));
    expect(lane).toEqual({ '1.2': 0, '1.1': 1, '1.3': 1, '1.4': 0 });
  });
});

for (const scheme of [DEFAULT_PACK_ID, CLASSIC_PACK_ID]) {
  describe(`map grid of ${scheme}`, () => {
    const layout = getMapLayout(scheme)!;
    const catalogue = getBuiltInCatalogue(scheme)!;
    const grid = buildMapGrid(layout, catalogue);

    it('places every L2 that has columns, each once per column run, and no two boxes overlap', () => {
      const placed = layout.cells.filter((c) => c.columns.length > 0);
      const runs = placed.reduce((n, c) => n + c.spans.length, 0);
      expect(grid.items).toHaveLength(runs);
      expect(new Set(grid.items.map((i) => i.id))).toEqual(new Set(placed.map((c) => c.id)));
      const boxes: GridBox[] = [
        ...grid.items,
        ...grid.rowHeaders,
        ...grid.columnHeaders,
        ...grid.areas,
      ];
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1)
          expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
      }
    });

    it('keeps every L2 inside its row band and its columns', () => {
      for (const item of grid.items) {
        const cell = layout.cells.find((c) => c.id === item.id)!;
        const header = grid.rowHeaders.find((r) => r.key === cell.row)!;
        expect(item.rowStart).toBeGreaterThanOrEqual(header.rowStart);
        expect(item.rowEnd).toBeLessThanOrEqual(header.rowEnd);
        const columns = grid.columnHeaders.filter(
          (c) => c.colStart >= item.colStart && c.colEnd <= item.colEnd,
        );
        for (const column of columns) expect(cell.columns).toContain(column.key);
        expect(item.name).toBe(catalogue.byId(item.id)!.name);
      }
    });

    it('has seven columns in order, headers marked, and the enterprise band with its L2s', () => {
      expect(grid.columnHeaders.map((c) => c.key)).toEqual(
        layout.columns.map((c) => c.verticalGroup),
      );
      expect(grid.columnKinds.filter((k) => k === 'column')).toHaveLength(7);
      expect(grid.columnKinds).toHaveLength(grid.columns);
      for (const header of grid.rowHeaders)
        expect(grid.columnKinds[header.colStart - 1]).toBe('header');
      const enterpriseL2 = grid.enterprise.boxes.flatMap((b) => b.children.map((c) => c.id));
      const expected = layout.cells.filter((c) => c.columns.length === 0).map((c) => c.id);
      expect(new Set(enterpriseL2)).toEqual(new Set(expected));
    });
  });
}

describe('scheme specifics', () => {
  it('current: S2R and Operations both cover Operations Readiness & Support', () => {
    const grid = buildMapGrid(
      getMapLayout(DEFAULT_PACK_ID)!,
      getBuiltInCatalogue(DEFAULT_PACK_ID)!,
    );
    const orS = grid.columnHeaders.find((c) => c.key === 'Operations Readiness & Support')!;
    for (const key of ['s2r', 'operations']) {
      const area = grid.areas.find((a) => a.key === key)!;
      expect(area.colStart).toBeLessThanOrEqual(orS.colStart);
      expect(area.colEnd).toBeGreaterThanOrEqual(orS.colEnd);
    }
    expect(grid.enterprise.boxes.map((b) => b.id)).toEqual(['1.7']);
  });

  it('classic: SIP sits left of Operations, rows side by side, Enterprise Management below', () => {
    const grid = buildMapGrid(
      getMapLayout(CLASSIC_PACK_ID)!,
      getBuiltInCatalogue(CLASSIC_PACK_ID)!,
    );
    const sip = grid.areas.find((a) => a.key === 'sip')!;
    const ops = grid.areas.find((a) => a.key === 'operations')!;
    expect(sip.colEnd).toBeLessThanOrEqual(ops.colStart);
    const marketing = grid.rowHeaders.find((r) => r.key === '1.2.1')!;
    const crm = grid.rowHeaders.find((r) => r.key === '1.1.1')!;
    expect(marketing.rowStart).toBe(crm.rowStart);
    expect(marketing.colStart).toBeLessThan(crm.colStart);
    expect(grid.enterprise.label).toBe('Enterprise Management');
    expect(grid.enterprise.boxes.map((b) => b.id)).toEqual([
      '1.3.1',
      '1.3.2',
      '1.3.3',
      '1.3.4',
      '1.3.5',
      '1.3.6',
      '1.3.7',
    ]);
    const cim = grid.items.filter((i) => i.id === '1.1.1.2');
    expect(cim).toHaveLength(1);
    expect(cim[0]!.wide).toBe(true);
  });
});
