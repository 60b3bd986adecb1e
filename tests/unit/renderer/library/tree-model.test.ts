import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../../../shared/etom/pack-model';
import {
  CLASSIC_PACK_ID,
  DEFAULT_PACK_ID,
  getBuiltInCatalogue,
} from '../../../../shared/etom/registry';
import type { FrameworkProcessId, PackId } from '../../../../shared/model/ids';
import {
  expandToDepth,
  revealIn,
  treeKeyMove,
  typeAheadIndex,
  visibleRows,
} from '../../../../renderer/library/tree-model';

const p = (id: string, name: string, parentId: string | null): FrameworkProcess => ({
  id: id as FrameworkProcessId,
  level: id.split('.').length - 1,
  name,
  parentId: parentId as FrameworkProcessId | null,
  domain: 'D',
  verticalGroups: [],
});

/** 1 > (1.1 > 1.1.1, 1.1.2), 1.2;  2 */
const small = createCatalogue({
  id: 'small' as PackId,
  label: 'Small',
  release: '1',
  attribution: '',
  reconstructed: false,
  source: 'user',
  processes: [
    p('1', 'Alpha', null),
    p('1.1', 'Billing', '1'),
    p('1.1.1', 'Bill Run', '1.1'),
    p('1.1.2', 'Charging', '1.1'),
    p('1.2', 'Care', '1'),
    p('2', 'Beta', null),
  ],
});

const ids = (rows: ReturnType<typeof visibleRows>) => rows.map((r) => r.process.id);

describe('library tree model', () => {
  it('shows only the roots when nothing is open, with ARIA positions', () => {
    const rows = visibleRows(small, new Set());
    expect(ids(rows)).toEqual(['1', '2']);
    expect(rows[0]).toMatchObject({
      depth: 1,
      hasChildren: true,
      expanded: false,
      position: 1,
      siblings: 2,
    });
    expect(rows[1]).toMatchObject({ hasChildren: false, expanded: false, position: 2 });
  });

  it('opens depth first in id order', () => {
    const rows = visibleRows(small, new Set(['1', '1.1']));
    expect(ids(rows)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2']);
    expect(rows[2]).toMatchObject({ depth: 3, position: 1, siblings: 2 });
  });

  it('expands to a depth: every process down to it shows, nothing deeper', () => {
    expect([...expandToDepth(small, 1)]).toEqual([]);
    expect(ids(visibleRows(small, expandToDepth(small, 2)))).toEqual(['1', '1.1', '1.2', '2']);
    expect(visibleRows(small, expandToDepth(small, 3))).toHaveLength(6);
  });

  it('reveals a deep process by opening its ancestors, keeping what was open', () => {
    const open = revealIn(small, new Set(['2']), '1.1.2');
    expect([...open].sort()).toEqual(['1', '1.1', '2']);
  });

  it('shows all 2,901 GB921 processes when expanded to level 7, and the 448 classic ones', () => {
    const current = getBuiltInCatalogue(DEFAULT_PACK_ID)!;
    expect(visibleRows(current, expandToDepth(current, 7))).toHaveLength(2901);
    const classic = getBuiltInCatalogue(CLASSIC_PACK_ID)!;
    expect(visibleRows(classic, expandToDepth(classic, 4))).toHaveLength(448);
  });

  describe('keys', () => {
    const rows = visibleRows(small, new Set(['1', '1.1']));
    // 0:'1' 1:'1.1' 2:'1.1.1' 3:'1.1.2' 4:'1.2' 5:'2'
    it('moves up and down within bounds, Home and End', () => {
      expect(treeKeyMove(rows, 0, 'ArrowDown')).toEqual({ kind: 'focus', index: 1 });
      expect(treeKeyMove(rows, 5, 'ArrowDown')).toEqual({ kind: 'focus', index: 5 });
      expect(treeKeyMove(rows, 0, 'ArrowUp')).toEqual({ kind: 'focus', index: 0 });
      expect(treeKeyMove(rows, 3, 'Home')).toEqual({ kind: 'focus', index: 0 });
      expect(treeKeyMove(rows, 3, 'End')).toEqual({ kind: 'focus', index: 5 });
    });

    it('Right opens a closed parent, then goes to its first child; nothing on a leaf', () => {
      expect(treeKeyMove(rows, 1, 'ArrowRight')).toEqual({ kind: 'focus', index: 2 });
      const closed = visibleRows(small, new Set(['1']));
      expect(treeKeyMove(closed, 1, 'ArrowRight')).toEqual({ kind: 'expand', id: '1.1' });
      expect(treeKeyMove(rows, 2, 'ArrowRight')).toEqual({ kind: 'none' });
    });

    it('Left closes an open parent, else goes to the parent; nothing on a closed root', () => {
      expect(treeKeyMove(rows, 1, 'ArrowLeft')).toEqual({ kind: 'collapse', id: '1.1' });
      expect(treeKeyMove(rows, 3, 'ArrowLeft')).toEqual({ kind: 'focus', index: 1 });
      expect(treeKeyMove(rows, 5, 'ArrowLeft')).toEqual({ kind: 'none' });
    });

    it('ignores other keys and empty trees', () => {
      expect(treeKeyMove(rows, 0, 'x')).toEqual({ kind: 'none' });
      expect(treeKeyMove([], 0, 'ArrowDown')).toEqual({ kind: 'none' });
    });
  });

  describe('type-ahead', () => {
    const rows = visibleRows(small, new Set(['1', '1.1']));
    it('finds the next name starting with a letter, wrapping, ignoring case', () => {
      expect(typeAheadIndex(rows, 0, 'b')).toBe(1); // Billing
      expect(typeAheadIndex(rows, 1, 'b')).toBe(2); // Bill Run
      expect(typeAheadIndex(rows, 2, 'B')).toBe(5); // Beta
      expect(typeAheadIndex(rows, 5, 'b')).toBe(1); // wraps to Billing
    });

    it('keeps the current row while a longer prefix still fits it', () => {
      expect(typeAheadIndex(rows, 1, 'bil')).toBe(1);
      expect(typeAheadIndex(rows, 1, 'bill ')).toBe(2);
      expect(typeAheadIndex(rows, 0, 'zz')).toBe(-1);
      expect(typeAheadIndex(rows, 0, '')).toBe(-1);
    });
  });
});
