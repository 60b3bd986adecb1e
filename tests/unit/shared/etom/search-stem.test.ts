import { describe, expect, it } from 'vitest';
import { stemTerm } from '../../../../shared/etom/search-stem';
import { normalizeTerm } from '../../../../shared/etom/search-text';

const stem = (word: string): string => stemTerm(normalizeTerm(word));

describe('stemTerm', () => {
  it.each([
    ['billing', 'bill'],
    ['activation', 'activate'],
    ['activated', 'activate'],
    ['provisioning', 'provision'],
    ['configuration', 'configure'],
    ['settlement', 'settle'],
    ['collection', 'collect'],
    ['planning', 'plan'],
    ['shipping', 'shipment'],
    ['pricing', 'price'],
    ['rating', 'rate'],
    ['updated', 'update'],
    ['implementation', 'implement'],
    ['management', 'manage'],
    ['analysis', 'analyze'],
    ['delivery', 'deliver'],
    ['recovery', 'recover'],
    ['Orders', 'ordering'],
  ])('brings %s and %s to one stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it("folds British spellings to the framework's", () => {
    expect(stem('catalogue')).toBe(stem('catalog'));
    expect(stem('organisation')).toBe(stem('organization'));
    expect(stem('fulfilment')).toBe(stem('fulfillment'));
    expect(stem('programme')).toBe(stem('program'));
    expect(stem('analyse')).toBe(stem('analyze'));
    // Words that end in -ise in American English too stay as they are.
    expect(stem('enterprise')).toBe('enterpris');
    expect(stem('advertise')).toBe('advertis');
  });

  it('keeps apart words that only look related', () => {
    expect(stem('commissioning')).not.toBe(stem('commission'));
    expect(stem('performance')).not.toBe(stem('perform'));
    expect(stem('sales')).not.toBe(stem('selling'));
    expect(stem('production')).not.toBe(stem('product'));
  });

  it('leaves short words, numbers and stop words alone', () => {
    for (const word of ['sla', 'qos', 'bp', 'ip', '5g', 'x25', 'and', 'the']) {
      expect(stem(word)).toBe(normalizeTerm(word));
    }
    expect(stem('need')).toBe('need');
    expect(stem('string')).toBe('string');
  });
});
