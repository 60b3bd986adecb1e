import { describe, expect, it } from 'vitest';
import { createCrosswalk } from '../../../../shared/etom/crosswalk';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';

const current = getBuiltInCatalogue('gb921-v25.5')!;
const classic = getBuiltInCatalogue('classic-r14')!;
const crosswalk = createCrosswalk(current, classic);

describe('classic <-> current crosswalk', () => {
  it('maps a current process to its classic origin', () => {
    // 1.12.9 Selling was 1.1.1.4 Selling in the classic scheme.
    const origin = crosswalk.classicFor('1.12.9');
    expect(origin).toMatchObject({ classicId: '1.1.1.4', exact: true });
    expect(origin?.process?.name).toBe('Selling');
  });

  it('falls back to the nearest classic ancestor for ids deeper than the classic pack', () => {
    const origin = crosswalk.classicFor('1.1.1.1.1'); // lineage 1.2.1.1.1.1 (a classic L4)
    expect(origin?.classicId).toBe('1.2.1.1.1.1');
    expect(origin?.exact).toBe(false);
    expect(origin?.process?.id).toBe('1.2.1.1.1');
  });

  it('links 1.3.16 Customer Inventory Management to the classic 1.1.1.22.10 and its children', () => {
    // The lineage says "1.1.1.22.10 (then 1.3.1.5)": the first id is the classic one.
    expect(crosswalk.classicFor('1.3.16')).toMatchObject({ classicId: '1.1.1.22.10', exact: true });
    // Its L4s' lineage (1.1.1.22.10.n) is deeper than the classic pack: the nearest is 1.1.1.22.10.
    expect(crosswalk.classicFor('1.3.16.1')?.process?.id).toBe('1.1.1.22.10');
    const deep = crosswalk.currentFor('1.1.1.22.10', { deep: true }).map((p) => p.id);
    expect(deep).toEqual(['1.3.16', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `1.3.16.${n}`)]);
  });

  it('answers undefined for processes new since 2016', () => {
    expect(crosswalk.classicFor('1.1.14')).toBeUndefined();
    expect(crosswalk.classicFor('nope')).toBeUndefined();
  });

  it('maps a classic process to the current processes descending from it', () => {
    expect(crosswalk.currentFor('1.1.1.4').map((p) => p.id)).toEqual(['1.12.9']);
    const deep = crosswalk.currentFor('1.1.1.4', { deep: true }).map((p) => p.id);
    expect(deep).toContain('1.12.9');
    expect(deep).toContain('1.12.9.1');
    expect(deep.length).toBeGreaterThan(3);
    expect(crosswalk.currentFor('9.9')).toEqual([]);
  });

  it('agrees with the successors the classic rows list', () => {
    for (const process of classic.processes) {
      for (const id of process.successorIds ?? []) {
        if (current.has(id))
          expect(crosswalk.currentFor(process.id).map((p) => p.id)).toContain(id);
      }
    }
  });
});
