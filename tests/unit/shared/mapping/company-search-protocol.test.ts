import { describe, expect, it } from 'vitest';
import { createCompanySearchService } from '../../../../shared/mapping/company-search-protocol';
import { companyProcess } from '../../../fixtures/model-builders';

const first = [
  companyProcess('p-btc', 'Bill to cash', null, { code: 'BTC' }),
  companyProcess('p-dunning', 'Send dunning letters', 'p-btc', { code: 'BTC-01' }),
];
const second = [...first, companyProcess('p-port', 'Port-in request', null, { code: 'OTA-02' })];

describe('the company search service (the worker side)', () => {
  it('answers a query from the index of the version it names', () => {
    const handle = createCompanySearchService();
    expect(handle({ kind: 'index', version: 1, processes: first })).toBeNull();
    const reply = handle({ kind: 'search', seq: 7, version: 1, text: 'dunning', limit: 10 });
    expect(reply?.seq).toBe(7);
    expect(reply?.hits.map((h) => [h.name, h.path])).toEqual([
      ['Send dunning letters', ['Bill to cash']],
    ]);
  });

  it('finds nothing for a version it does not hold, and follows a newer index', () => {
    const handle = createCompanySearchService();
    handle({ kind: 'index', version: 1, processes: first });
    expect(handle({ kind: 'search', seq: 1, version: 2, text: 'port', limit: 10 })?.hits).toEqual(
      [],
    );
    handle({ kind: 'index', version: 2, processes: second });
    const hits = handle({ kind: 'search', seq: 2, version: 2, text: 'port', limit: 10 })?.hits;
    expect(hits?.map((h) => h.processId)).toEqual(['p-port']);
  });
});
