import { describe, expect, it } from 'vitest';
import {
  CLASSIC_PACK_ID,
  DEFAULT_PACK_ID,
  getBuiltInCatalogue,
} from '../../../../shared/etom/registry';
import {
  EMPTY_QUERY,
  RESULT_LIMIT,
  filtersOf,
  isActiveQuery,
  runLibraryQuery,
} from '../../../../renderer/library/library-query';

const current = getBuiltInCatalogue(DEFAULT_PACK_ID)!;
const classic = getBuiltInCatalogue(CLASSIC_PACK_ID)!;

describe('library query', () => {
  it('is inactive when empty, active with text or any filter', () => {
    expect(isActiveQuery(EMPTY_QUERY)).toBe(false);
    expect(isActiveQuery({ ...EMPTY_QUERY, text: '   ' })).toBe(false);
    expect(isActiveQuery({ ...EMPTY_QUERY, text: 'bill' })).toBe(true);
    expect(isActiveQuery({ ...EMPTY_QUERY, level: '3' })).toBe(true);
    expect(isActiveQuery({ ...EMPTY_QUERY, verticalGroup: 'Billing' })).toBe(true);
  });

  it('turns the selects into search filters', () => {
    expect(filtersOf(EMPTY_QUERY)).toEqual({});
    expect(
      filtersOf({ text: '', level: '2', domain: 'Customer Domain', verticalGroup: 'Billing' }),
    ).toEqual({
      levels: [2],
      domains: ['Customer Domain'],
      verticalGroups: ['Billing'],
    });
  });

  it('finds classic Order Handling first for "order handling", with the words marked', () => {
    const { hits } = runLibraryQuery(classic, { ...EMPTY_QUERY, text: 'order handling' });
    expect(hits[0]).toMatchObject({ id: '1.1.1.5', name: 'Order Handling', level: 2 });
    expect(hits[0]!.ranges.length).toBeGreaterThan(0);
    expect(hits[0]!.ancestors.map((a) => a.id)).toEqual(['1.1', '1.1.1']);
  });

  it('finds by id and by id prefix, the exact id first', () => {
    const { hits } = runLibraryQuery(current, { ...EMPTY_QUERY, text: '1.3.3' });
    expect(hits[0]!.id).toBe('1.3.3');
    expect(hits.slice(1).every((h) => h.id.startsWith('1.3.3.'))).toBe(true);
  });

  it('applies the filters to search hits', () => {
    const { hits } = runLibraryQuery(current, { ...EMPTY_QUERY, text: 'order', level: '3' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.level === 3)).toBe(true);
  });

  it('lists every process a filter lets through, in id order, capped with the true total', () => {
    const { hits, total } = runLibraryQuery(current, { ...EMPTY_QUERY, level: '2' });
    expect(total).toBe(120);
    expect(hits).toHaveLength(120);
    expect(hits.every((h) => h.level === 2 && h.ranges.length === 0)).toBe(true);
    const all = runLibraryQuery(current, { ...EMPTY_QUERY, level: '4' });
    expect(all.total).toBe(1459);
    expect(all.hits).toHaveLength(RESULT_LIMIT);
    const billing = runLibraryQuery(current, {
      ...EMPTY_QUERY,
      verticalGroup: 'Billing',
      domain: 'Customer Domain',
    });
    expect(billing.hits.every((h) => h.domain === 'Customer Domain')).toBe(true);
    expect(billing.total).toBeGreaterThan(0);
  });

  it('says there are more than the limit when a search has more hits', () => {
    const { hits, total } = runLibraryQuery(current, { ...EMPTY_QUERY, text: 'management' });
    expect(hits).toHaveLength(RESULT_LIMIT);
    expect(total).toBeGreaterThan(RESULT_LIMIT);
  });
});
