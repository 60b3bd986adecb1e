import { describe, expect, it } from 'vitest';
import { createCompanySearch } from '../../../../shared/mapping/company-search';
import type { ProcessId } from '../../../../shared/model/ids';
import { OPERATOR_PROCESSES } from '../../../e2e/support/mapping-workspace';

describe('createCompanySearch', () => {
  const search = createCompanySearch(OPERATOR_PROCESSES);
  const names = (query: string) => search.search(query).map((h) => h.name);

  it('finds company processes by words, stemmed and typo-tolerant, best first', () => {
    expect(names('dunning')[0]).toBe('Send dunning letters');
    expect(names('troble tickets')[0]).toBe('Handle trouble tickets');
    expect(names('order')).toContain('Take customer order');
  });

  it('finds a process by its code, with its path and the matched words marked', () => {
    const [hit] = search.search('OTA-02');
    expect(hit).toMatchObject({ processId: 'p-port', code: 'OTA-02', path: ['Order to activate'] });
    const [dunning] = search.search('dunning');
    expect(dunning?.ranges.length).toBeGreaterThan(0);
  });

  it('reads a number or a dotted code as words: company processes have no eTOM ids', () => {
    const base = OPERATOR_PROCESSES[0]!;
    const numbered = createCompanySearch([
      ...OPERATOR_PROCESSES,
      { ...base, id: 'p-capture' as ProcessId, name: 'Order capture', code: '3.1.2' },
      { ...base, id: 'p-a42' as ProcessId, name: 'Activity 42', code: undefined },
      { ...base, id: 'p-a420' as ProcessId, name: 'Activity 420', code: undefined },
    ]);
    expect(numbered.search('3.1.2')[0]?.name).toBe('Order capture');
    expect(numbered.search('42').map((h) => h.name)).toEqual(['Activity 42', 'Activity 420']);
    expect(numbered.search('activity 42')[0]?.name).toBe('Activity 42');
  });

  it('finds nothing for an eTOM id or a word no process has', () => {
    expect(search.search('1.3.3')).toEqual([]);
    expect(search.search('zzzzqqq')).toEqual([]);
    expect(search.size).toBe(OPERATOR_PROCESSES.length);
  });

  it('finds a word while it is typed, also where the telecom vocabulary reads a phrase', () => {
    // `activ` is the vocabulary's stem of activation; this catalogue has activities only.
    const activities = createCompanySearch(
      ['Activity 1 of stream 0', 'Activity 2 of stream 0', 'Value stream 0'].map((name, i) => ({
        id: `p-${i}` as ProcessId,
        name,
        parentId: null,
        order: i,
      })),
    );
    for (const typed of ['acti', 'activ', 'activi', 'activity']) {
      expect(activities.search(typed).map((h) => h.name)).toEqual([
        'Activity 1 of stream 0',
        'Activity 2 of stream 0',
      ]);
    }
  });
});
