import { beforeEach, describe, expect, it } from 'vitest';
import {
  askCompanyHits,
  forgetCompanyHits,
  searchesCompany,
  useCompanyHits,
  warmCompanyIndex,
} from '../../../../renderer/library/company-hits';
import type { CompanyProcess } from '../../../../shared/model/process-schema';
import { companyProcess } from '../../../fixtures/model-builders';

const processes = [
  companyProcess('p-btc', 'Bill to cash', null, { code: 'BTC' }),
  companyProcess('p-dunning', 'Send dunning letters', 'p-btc', { code: 'BTC-01' }),
  companyProcess('p-ticket', 'Handle trouble tickets', null, { code: 'TTR-01' }),
];

/** Builds the page's index of `list` a slice at a time, as the page would; how many slices. */
function buildWhenIdle(list: readonly CompanyProcess[]): number {
  const queue: Array<() => void> = [];
  const add = (run: () => void) => {
    queue.push(run);
    return () => void queue.splice(queue.indexOf(run) >>> 0, 1);
  };
  warmCompanyIndex(list, add, add);
  let slices = 0;
  for (let run = queue.shift(); run !== undefined; run = queue.shift()) {
    run();
    slices += 1;
  }
  return slices;
}

describe('company hits of the library search', () => {
  beforeEach(() => forgetCompanyHits());

  it('answers within the keystroke from the page index of that catalogue version', () => {
    buildWhenIdle(processes);
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
    buildWhenIdle(processes);
    askCompanyHits(processes, 'dunning');
    forgetCompanyHits();
    expect(useCompanyHits.getState()).toEqual({ text: '', hits: [] });
  });

  it('builds the page index of a large catalogue in many slices, never in one task', () => {
    const many = Array.from({ length: 1_000 }, (_, i) =>
      companyProcess(`p-${i}`, `Activity ${i} of stream ${i % 10}`, null, { code: `C-${i}` }),
    );
    expect(buildWhenIdle(many)).toBeGreaterThan(2);
    askCompanyHits(many, 'activity 42');
    expect(useCompanyHits.getState().hits[0]?.name).toBe('Activity 42 of stream 2');
  });

  it('looks for company processes only when there are some and words to find', () => {
    expect(searchesCompany(processes, 'order')).toBe(true);
    expect(searchesCompany(processes, '  ')).toBe(false);
    expect(searchesCompany([], 'order')).toBe(false);
    expect(searchesCompany(undefined, 'order')).toBe(false);
  });
});
