import { beforeEach, describe, expect, it } from 'vitest';
import {
  askCompanyHits,
  buildCompanyIndex,
  forgetCompanyHits,
  searchesCompany,
  useCompanyHits,
} from '../../../../renderer/library/company-hits';
import { companyProcess } from '../../../fixtures/model-builders';

const processes = [
  companyProcess('p-btc', 'Bill to cash', null, { code: 'BTC' }),
  companyProcess('p-dunning', 'Send dunning letters', 'p-btc', { code: 'BTC-01' }),
  companyProcess('p-ticket', 'Handle trouble tickets', null, { code: 'TTR-01' }),
];

describe('company hits of the library search', () => {
  beforeEach(() => forgetCompanyHits());

  it('answers within the keystroke from the page index of that catalogue version', () => {
    buildCompanyIndex(processes);
    // No worker exists in this test: an answer that went to one would never arrive.
    askCompanyHits(processes, 'dunning');
    const found = useCompanyHits.getState();
    expect(found.text).toBe('dunning');
    expect(found.hits.map((hit) => [hit.code, hit.name, hit.path])).toEqual([
      ['BTC-01', 'Send dunning letters', ['Bill to cash']],
    ]);
    askCompanyHits(processes, 'trouble');
    expect(useCompanyHits.getState().hits.map((hit) => hit.name)).toEqual([
      'Handle trouble tickets',
    ]);
  });

  it('forgets the hits when the results go away', () => {
    buildCompanyIndex(processes);
    askCompanyHits(processes, 'dunning');
    forgetCompanyHits();
    expect(useCompanyHits.getState()).toEqual({ text: '', hits: [] });
  });

  it('looks for company processes only when there are some and words to find', () => {
    expect(searchesCompany(processes, 'order')).toBe(true);
    expect(searchesCompany(processes, '  ')).toBe(false);
    expect(searchesCompany([], 'order')).toBe(false);
    expect(searchesCompany(undefined, 'order')).toBe(false);
  });
});
