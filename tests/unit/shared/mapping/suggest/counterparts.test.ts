import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import { counterpartsOf } from '../../../../../shared/mapping/suggest/counterparts';
import { tinyCatalogue } from './tiny-packs';

const current = getBuiltInCatalogue('gb921-v25.5')!;
const classic = getBuiltInCatalogue('classic-r14')!;

describe('counterparts from the lineage', () => {
  const forCurrent = counterpartsOf(current, classic);
  const forClassic = counterpartsOf(classic, current);

  it('links 1.3.3 to classic Order Handling through the id it took over', () => {
    expect(forCurrent.get('1.3.3')).toEqual([
      { kind: 'classic-id-heir', id: '1.1.1.5', name: 'Order Handling' },
    ]);
    expect(forClassic.get('1.1.1.5')).toContainEqual({
      kind: 'current-successor',
      id: '1.3.3',
      name: 'Customer Order Processing Management',
    });
  });

  it('uses the lineage field and marks processes that descend from part of a classic one', () => {
    expect(forCurrent.get('1.4.5')).toContainEqual({
      kind: 'classic-origin',
      id: '1.1.2.2',
      name: 'Service Configuration & Activation',
    });
    const partial = [...forCurrent.values()].flat().filter((c) => c.kind === 'classic-ancestor');
    expect(partial.length).toBeGreaterThan(100);
  });

  it('ignores an id reused for an unrelated process (no subject word in common)', () => {
    // Classic Workforce Management's deleted successor shares its id with Resource Order Management.
    expect(forCurrent.get('1.5.5') ?? []).not.toContainEqual(
      expect.objectContaining({ id: '1.1.3.7' }),
    );
  });

  it('gives nothing between two packs of the same scheme', () => {
    expect(counterpartsOf(current, current).size).toBe(0);
    expect(counterpartsOf(tinyCatalogue([['1.1', 'A']]), current).size).toBe(0);
  });
});
