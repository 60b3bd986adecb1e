import { TEST_FRAMEWORK } from '../../../../fixtures/model-builders';
import { describe, expect, it } from 'vitest';
import type { FrameworkProcessId, MappingId, ProcessId } from '../../../../../shared/model/ids';
import type { Mapping } from '../../../../../shared/model/mapping-schema';
import type { CompanyProcess } from '../../../../../shared/model/process-schema';
import {
  companyQueries,
  unmappedProcesses,
} from '../../../../../shared/mapping/suggest/company-queries';

const process = (
  id: string,
  name: string,
  parentId: string | null,
  description?: string,
): CompanyProcess => ({
  id: id as ProcessId,
  name,
  parentId: parentId as ProcessId | null,
  order: 0,
  ...(description === undefined ? {} : { description }),
});

const catalogue = [
  process('bill', 'Bill to cash', null, 'Everything from the bill run to the cash in the bank.'),
  process('dunning', 'Dunning', 'bill', '   '),
  process('pay', 'Payment processing', 'bill'),
  process('orphan', 'Lost child', 'nowhere'),
];

describe('company queries', () => {
  it('reads name, description, parent and children of each company process', () => {
    expect(companyQueries(catalogue)).toEqual([
      {
        processId: 'bill',
        query: {
          name: 'Bill to cash',
          description: 'Everything from the bill run to the cash in the bank.',
          childNames: ['Dunning', 'Payment processing'],
        },
      },
      { processId: 'dunning', query: { name: 'Dunning', parentName: 'Bill to cash' } },
      { processId: 'pay', query: { name: 'Payment processing', parentName: 'Bill to cash' } },
      { processId: 'orphan', query: { name: 'Lost child' } },
    ]);
  });

  it('lists the processes no mapping links yet', () => {
    const mapping: Mapping = {
      id: 'm1' as MappingId,
      processId: 'dunning' as ProcessId,
      target: { ...TEST_FRAMEWORK, id: '1.3.10.3' as FrameworkProcessId },
      status: 'draft',
      alignment: 'full',
    };
    expect(unmappedProcesses(catalogue, [mapping]).map((p) => p.id)).toEqual([
      'bill',
      'pay',
      'orphan',
    ]);
    expect(unmappedProcesses(catalogue, [])).toHaveLength(4);
  });
});
