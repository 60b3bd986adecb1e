import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../../../shared/mapping/suggest/query-plan';
import { createSuggester } from '../../../../../shared/mapping/suggest/suggest';
import { SHOP, tinyCatalogue } from './tiny-packs';

const shop = createSuggester({ catalogue: SHOP });
const ids = (name: string, limit = 3): string[] =>
  shop.suggest({ name }, { limit }).map((s) => s.id);

describe('suggestions on a hand-built catalogue', () => {
  it('ranks the process whose name says it all first, with a score and a reason', () => {
    const [first] = shop.suggest({ name: 'Customer order capture' });
    expect(first).toMatchObject({
      rank: 1,
      id: '1.1.1.1',
      name: 'Capture Customer Order',
      level: 3,
    });
    expect(first?.packId).toBe('tiny');
    expect(first?.score).toBeGreaterThan(0.9);
    expect(first?.score).toBeLessThanOrEqual(1);
    expect(first?.reasons[0]).toBe("name matches 'Capture', 'Customer', 'Order'");
  });

  it('finds operator words through the vocabulary and says so', () => {
    const dunning = shop.suggest({ name: 'Dunning letters' })[0];
    expect(dunning?.id).toBe('1.1.4.1');
    expect(dunning?.reasons).toContain('vocabulary: dunning ~ debt collection / debt recovery');
    const ticket = shop.suggest({ name: 'Trouble ticket handling' }).map((s) => s.id);
    expect(ticket.slice(0, 3)).toEqual(expect.arrayContaining(['1.2.1']));
    const porting = shop.suggest({ name: 'Port-in request' })[0];
    expect(porting?.id).toBe('1.2.2.1');
    expect(porting?.reasons).toContain('vocabulary: port in ~ number portability');
  });

  it('forgives a typo in a longer word, and names the correction', () => {
    const [first] = shop.suggest({ name: 'Custmer debt colection' });
    expect(first?.id).toBe('1.1.4.1');
    expect(first?.reasons).toContain('typo: custmer ~ customer, colection ~ collection');
  });

  it('says its vocabulary links in one reason, a word with its stand-ins, never a word as itself', () => {
    const [first] = shop.suggest({ name: 'Bill printing and billing' });
    expect(first?.id).toBe('1.1.3.1');
    const links = first?.reasons.filter((reason) => reason.startsWith('vocabulary:'));
    // Four reasons before, one of them "billing ~ billing".
    expect(links).toEqual([
      'vocabulary: bill print ~ produce distribute bill, billing ~ bill / invoice',
    ]);
  });

  it('does not read a different short word as a typo', () => {
    // `line` is one letter from `link`, but a word in its own right: no suggestion from it.
    const linked = createSuggester({
      catalogue: tinyCatalogue([
        ['1.1', 'Domain'],
        ['1.1.1', 'Link Market Segments'],
      ]),
    });
    expect(linked.suggest({ name: 'line' })).toEqual([]);
    expect(linked.suggest({ name: 'lnik' })[0]?.id).toBe('1.1.1');
  });

  it('stems: billing finds Bill, invoicing finds Invoice', () => {
    expect(ids('billing')).toContain('1.1.3');
    expect(shop.suggest({ name: 'invoicing' })[0]?.reasons[0]).toMatch(/name matches .*'Invoice'/);
  });

  it('prefers L2 and L3 over deeper processes with the same words', () => {
    // 1.1.4 and its L5 namesake 1.1.4.1.1.1 both hold every word; the L2 comes first.
    const found = ids('customer receivables management', 5);
    expect(found.indexOf('1.1.4')).toBeLessThan(found.indexOf('1.1.4.1.1.1'));
    expect(found[0]).toBe('1.1.4');
  });

  it('lifts a parent whose children match, and says which child', () => {
    const parent = shop
      .suggest({ name: 'number portability' }, { limit: 5 })
      .find((s) => s.id === '1.2.2');
    expect(parent?.reasons).toContain("includes 'Manage Number Portability' (1.2.2.1)");
  });

  it('reads the company process around the name: parent, children, description', () => {
    // `Letters` alone matches nothing; the description and the parent name say what it is.
    expect(shop.suggest({ name: 'Letters' })).toEqual([]);
    const described = shop.suggest({
      name: 'Letters',
      description: 'Reminders about overdue invoices',
    });
    expect(described[0]?.id).toMatch(/^1\.1\.4/);
    const withParent = shop.suggest({ name: 'Letters', parentName: 'Debt collection' });
    expect(withParent[0]?.id).toBe('1.1.4.1');
  });

  it('ranks a process named by its id in the company name first', () => {
    const [first] = shop.suggest({ name: '1.1.2 customer complaints' });
    expect(first?.id).toBe('1.1.2');
    expect(first?.reasons[0]).toBe('id 1.1.2');
  });

  it('honours limit, levels and minScore; ranks and scores are ordered', () => {
    const all = shop.suggest({ name: 'customer order' }, { limit: 10 });
    expect(all.map((s) => s.rank)).toEqual(all.map((_, i) => i + 1));
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => b - a));
    expect(shop.suggest({ name: 'customer order' }, { limit: 2 })).toHaveLength(2);
    expect(shop.suggest({ name: 'customer order' }, { limit: 0 })).toEqual([]);
    const l2 = shop.suggest({ name: 'customer order' }, { levels: [2] });
    expect(l2.length).toBeGreaterThan(0);
    expect(l2.every((s) => s.level === 2)).toBe(true);
    const strict = shop.suggest({ name: 'customer order' }, { minScore: 0.8, limit: 10 });
    expect(strict.every((s) => s.score >= 0.8)).toBe(true);
    expect(strict.length).toBeLessThan(all.length);
  });

  it('returns nothing for names with no known word', () => {
    expect(shop.suggest({ name: 'zzzz qqqq' })).toEqual([]);
    expect(shop.suggest({ name: '   ' })).toEqual([]);
  });
});

describe('lineage and descriptions', () => {
  const current = tinyCatalogue([
    ['1.1', 'Customer Domain'],
    ['1.1.1', 'Customer Order Processing Management', { classicId: '1.1.1.5' }],
    ['1.1.2', 'Service Activation Management'],
  ]);
  const classic = tinyCatalogue(
    [
      ['1.1', 'Operations'],
      ['1.1.1', 'Customer Relationship Management'],
      ['1.1.1.5', 'Order Handling'],
      ['1.1.1.6', 'Service Configuration & Activation', { successorIds: ['1.1.2'] }],
    ],
    { id: 'old', reconstructed: true },
  );

  it('ranks a current process by the classic name it descends from', () => {
    const suggester = createSuggester({ catalogue: current, counterpart: classic });
    const [first] = suggester.suggest({ name: 'order handling' });
    expect(first?.id).toBe('1.1.1');
    expect(first?.reasons).toContain("classic 'Order Handling' (1.1.1.5) descends to it");
    const configuration = suggester.suggest({ name: 'service configuration' })[0];
    expect(configuration?.id).toBe('1.1.2');
    expect(configuration?.reasons).toContain(
      "classic 'Service Configuration & Activation' (1.1.1.6) descends to it",
    );
    // Without the classic pack the same query has nothing to go on but one word.
    const plain = createSuggester({ catalogue: current }).suggest({ name: 'order handling' });
    expect(plain[0]?.reasons.some((r) => r.startsWith('classic'))).toBe(false);
  });

  it('ranks a classic process by the current names that descend from it', () => {
    const suggester = createSuggester({ catalogue: classic, counterpart: current });
    const [first] = suggester.suggest({ name: 'customer order processing' });
    expect(first?.id).toBe('1.1.1.5');
    expect(first?.reasons).toContain(
      "current 'Customer Order Processing Management' (1.1.1) descends from it",
    );
  });

  it('reads descriptions given per process, and says where they matched', () => {
    const text: Record<string, string> = {
      '1.1.2': 'Turns up the ordered service on the platform.',
    };
    const suggester = createSuggester({
      catalogue: current,
      description: (process) => text[process.id],
    });
    const [first] = suggester.suggest({ name: 'platform turn-up' });
    expect(first?.id).toBe('1.1.2');
    expect(first?.reasons.join('; ')).toMatch(/description mentions .*'platform'/);
  });

  it("reads a pack's own descriptions (an imported workbook) by default", () => {
    const described = tinyCatalogue([
      ['1.1', 'Domain'],
      ['1.1.1', 'Alpha', { briefDescription: 'Handles the zebra crossing.' }],
      ['1.1.2', 'Beta'],
    ]);
    const [first] = createSuggester({ catalogue: described }).suggest({ name: 'zebra' });
    expect(first?.id).toBe('1.1.1');
  });
});

describe('query planning', () => {
  it('keeps the words around an id in the company name, with their own text', () => {
    const plan = planQuery(shop.index, { name: '1.1.2 customer complaints' }, { prefix: false });
    expect(plan.ids).toEqual(['1.1.2']);
    expect(plan.concepts.map((c) => c.text)).toEqual(['customer', 'complaints']);
  });
});
