import { describe, expect, it } from 'vitest';
import { step } from '../../../../../../shared/model/migrations/processes/v1-to-v2';
import { validateFileValue } from '../../../../../../shared/model/validate';
import { fileText } from '../../../../../../shared/model/file-text';
import { deepFreeze } from '../../../commands/fixture';

function v1(processes: unknown): Record<string, unknown> {
  return { format: 'etom-studio.processes', schemaVersion: 1, processes };
}

describe('processes v1 -> v2', () => {
  it('numbers each process among its siblings in the order version 1 kept them', () => {
    const input = deepFreeze(
      v1([
        { id: 'z-sales', name: 'Sales', parentId: null },
        { id: 'b-quote', name: 'Quote', parentId: 'z-sales' },
        { id: 'a-order', name: 'Order', parentId: 'z-sales' },
        { id: 'm-billing', name: 'Billing', parentId: null },
      ]),
    );
    const migrated = step.migrate(input) as { processes: Array<{ id: string; order: number }> };
    expect(migrated.processes.map((p) => [p.id, p.order])).toEqual([
      ['z-sales', 0],
      ['b-quote', 0],
      ['a-order', 1],
      ['m-billing', 1],
    ]);
  });

  it('keeps the sibling order once the file is written sorted by id', () => {
    const input = v1([
      { id: 'z-first', name: 'First', parentId: null },
      { id: 'a-second', name: 'Second', parentId: null },
    ]);
    const { value } = validateFileValue('processes', input, 'processes.json');
    const written = JSON.parse(fileText('processes', value)) as {
      processes: Array<{ id: string; order: number }>;
    };
    expect(written.processes.map((p) => p.id)).toEqual(['a-second', 'z-first']);
    const bySiblingOrder = [...written.processes].sort((a, b) => a.order - b.order);
    expect(bySiblingOrder.map((p) => p.id)).toEqual(['z-first', 'a-second']);
  });

  it('passes malformed entries on for the schema to name their place', () => {
    expect(() => validateFileValue('processes', v1([42]), 'processes.json')).toThrow(
      /processes\.json.*processes\[0\]/s,
    );
  });
});
