import { describe, expect, it } from 'vitest';
import { createFrameworkSearch } from '../../../../shared/etom/search';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { matchRanges, normalizeTerm, queryTerms } from '../../../../shared/etom/search-text';

const current = getBuiltInCatalogue('gb921-v25.5')!;
const classic = getBuiltInCatalogue('classic-r14')!;
const search = createFrameworkSearch([current, classic]);

describe('search text', () => {
  it('folds case, accents and plurals the same way for index and query', () => {
    expect(normalizeTerm('Orders')).toBe('order');
    expect(normalizeTerm('Activities')).toBe('activity');
    expect(normalizeTerm('Processes')).toBe('process');
    expect(normalizeTerm('Business')).toBe('business');
    expect(normalizeTerm('Café')).toBe('cafe');
    expect(queryTerms('Management of ORDERS and orders')).toEqual(['management', 'order']);
    expect(matchRanges('Customer Order Handling', new Set(['order']))).toEqual([
      { start: 9, end: 14 },
    ]);
  });
});

describe('framework search', () => {
  it('indexes every process of both packs', () => {
    expect(search.size).toBe(2901 + 448);
  });

  it('puts the exact id first, then the processes below it', () => {
    const hits = search.search('1.3.3', { limit: 20 });
    expect(hits[0]).toMatchObject({ id: '1.3.3', packId: 'gb921-v25.5', matchKind: 'id' });
    expect(hits[1]).toMatchObject({ id: '1.3.3', packId: 'classic-r14', matchKind: 'id' });
    expect(
      hits.slice(2).every((hit) => hit.matchKind === 'id-prefix' && hit.id.startsWith('1.3.3.')),
    ).toBe(true);
    expect(hits[0]?.ancestors).toEqual([{ id: '1.3', name: 'Customer Domain' }]);
  });

  it('finds everything under an id prefix, shallowest first', () => {
    const hits = search.search('1.3.', { packs: ['gb921-v25.5'], limit: 5000 });
    expect(hits).toHaveLength(current.descendants('1.3').length);
    expect(hits[0]?.id).toBe('1.3.1');
    expect(hits.every((hit) => hit.id.startsWith('1.3.'))).toBe(true);
  });

  it('ranks the process named "Order Handling" first for `order handling`', () => {
    const hits = search.search('order handling');
    expect(hits[0]).toMatchObject({ id: '1.1.1.5', name: 'Order Handling', packId: 'classic-r14' });
    expect(hits[0]?.ranges).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 14 },
    ]);
    // Names with both words come before names with one.
    const firstPartial = hits.findIndex((hit) => hit.ranges.length < 2);
    expect(
      hits
        .slice(0, firstPartial)
        .every((hit) => /order/i.test(hit.name) && /handling/i.test(hit.name)),
    ).toBe(true);
  });

  it('forgives case, plurals and a small typo', () => {
    for (const query of ['troble', 'TROUBLES', 'trouble']) {
      const hits = search.search(query, { limit: 10 });
      expect(hits.length, query).toBeGreaterThan(0);
      expect(
        hits.every((hit) => /trouble/i.test(hit.name)),
        query,
      ).toBe(true);
    }
    const typo = search.search('custmer ordr', { limit: 5 });
    expect(typo.every((hit) => /customer/i.test(hit.name) && /order/i.test(hit.name))).toBe(true);
  });

  it('ranks whole-word matches above prefix and fuzzy ones', () => {
    const hits = search.search('bill', { packs: ['gb921-v25.5'], limit: 200 });
    const firstNonWhole = hits.findIndex((hit) => !/\bbills?\b/i.test(hit.name));
    expect(firstNonWhole).toBeGreaterThan(0);
    expect(hits.slice(firstNonWhole).some((hit) => /\bbills?\b/i.test(hit.name))).toBe(false);
  });

  it('highlights the matched words of a name', () => {
    const hit = search.search('resource trouble', { limit: 1 })[0];
    expect(hit).toBeDefined();
    const words = hit!.ranges.map((range) => hit!.name.slice(range.start, range.end).toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['resource', 'trouble']));
  });

  it('applies level, domain, vertical group and pack filters', () => {
    const hits = search.search('management', {
      levels: [2],
      domains: ['Customer Domain'],
      verticalGroups: ['Assurance'],
      packs: ['gb921-v25.5'],
      limit: 100,
    });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const process = current.byId(hit.id)!;
      expect(process.level).toBe(2);
      expect(process.domain).toBe('Customer Domain');
      expect(process.verticalGroups).toContain('Assurance');
    }
    expect(
      search
        .search('order', { packs: ['classic-r14'] })
        .every((hit) => hit.packId === 'classic-r14'),
    ).toBe(true);
  });

  it('returns nothing for blank queries or a zero limit, and sorts by score', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('order', { limit: 0 })).toEqual([]);
    const scores = search.search('service problem').map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
