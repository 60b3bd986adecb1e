import { describe, expect, it } from 'vitest';
import { createCrosswalk } from '../../../../shared/etom/crosswalk';
import { createFrameworkSearch } from '../../../../shared/etom/search';
import { exactForms } from '../../../../shared/etom/search-exact';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { matchRanges, normalizeTerm, queryTerms } from '../../../../shared/etom/search-text';

const current = getBuiltInCatalogue('gb921-v25.5')!;
const classic = getBuiltInCatalogue('classic-r14')!;
const search = createFrameworkSearch([current, classic]);
const crosswalk = createCrosswalk(current, classic);
/** The name of the classic process a current one descends from (exactly, not from a part of it). */
const classicNameOf = (id: string): string => {
  const origin = crosswalk.classicFor(id);
  return origin?.exact === true ? (origin.process?.name ?? '') : '';
};

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
  it('ranks a name with the word as typed above one matched only by its stem', () => {
    const current25 = createFrameworkSearch([current]);
    const hits = current25.search('billing', { limit: 20 });
    expect(hits[0]).toMatchObject({ id: '1.3.10.1', name: 'Manage Customer Billing Account' });
    // The stem still finds the Bill processes, right behind.
    expect(hits.slice(1, 5).every((hit) => /\bBill\b/.test(hit.name))).toBe(true);
    // A query whose words the stemmer leaves as they are ranks as before.
    expect(current25.search('bill', { limit: 1 })[0]?.id).toBe('1.3.10.4');
  });

  it('reads the share of a query a name holds as typed where stems would blur it', () => {
    expect(exactForms('billing')?.('Manage Customer Billing Account')).toBe(1);
    expect(exactForms('billing')?.('Manage Customer Bill Inquiry')).toBe(0);
    expect(exactForms('billing accounts')?.('Customer Billing Account')).toBe(0.5);
    expect(exactForms('bill')).toBeNull();
  });

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

  it('puts the customer order process (1.3.3, which classic Order Handling became) in the first three for `order handling`', () => {
    // The library searches one pack at a time; before the ranking engine, 1.3.3 was not in the
    // first 50 and "Mark Service Order for Special Handling" led.
    const alone = createFrameworkSearch([current]).search('order handling', { limit: 200 });
    expect(alone.slice(0, 3).map((hit) => hit.id)).toContain('1.3.3');
    expect(alone.find((hit) => hit.id === '1.3.3')?.ranges).toEqual([{ start: 9, end: 14 }]);
    const both = search.search('order handling', { packs: ['gb921-v25.5'], limit: 3 });
    expect(both.map((hit) => hit.id)).toContain('1.3.3');
  });

  it('finds operator words through the vocabulary and highlights the framework words', () => {
    const churn = search.search('churn', { packs: ['gb921-v25.5'], limit: 5 });
    expect(churn.length).toBe(5);
    expect(churn.every((hit) => /retention|loyalty/i.test(hit.name))).toBe(true);
    const words = churn[0]!.ranges.map((r) => churn[0]!.name.slice(r.start, r.end));
    expect(words).toContain('Retention');
    expect(search.search('dunning', { limit: 1 })[0]?.name).toMatch(/debt collection/i);
  });

  it('completes the word being typed', () => {
    const typing = search.search('custo ord', { packs: ['gb921-v25.5'], limit: 5 });
    expect(typing.every((hit) => /customer/i.test(hit.name) && /order/i.test(hit.name))).toBe(true);
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
    // Classic Order Handling, whose successor is the customer order process, may rank among
    // them through its lineage: every hit is about orders, the first names both words.
    const typo = search.search('custmer ordr', { limit: 5 });
    expect(typo).toHaveLength(5);
    expect(typo.every((hit) => /order/i.test(hit.name))).toBe(true);
    expect(typo[0]?.name).toMatch(/customer order/i);
  });

  it('ranks what was typed (in a name or its classic lineage) above vocabulary-only matches', () => {
    // Stemming makes Billing a whole-word match for `bill`; the vocabulary adds Invoice
    // processes, listed after every process that names a bill itself or through its lineage.
    const hits = search.search('bill', { packs: ['gb921-v25.5'], limit: 200 });
    const namesBill = (hit: { id: string }): boolean => {
      const lineage = classicNameOf(hit.id);
      return /\bbill(s|ing)?\b/i.test(`${current.byId(hit.id)?.name ?? ''} ${lineage}`);
    };
    const firstOther = hits.findIndex((hit) => !namesBill(hit));
    expect(firstOther).toBeGreaterThan(20);
    expect(hits.slice(firstOther).some(namesBill)).toBe(false);
    expect(hits.slice(firstOther).some((hit) => /invoic/i.test(hit.name))).toBe(true);
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
