import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import {
  ALL_ROWS,
  groupRows,
  mappingRows,
  queryRows,
} from '../../../../renderer/mapping-table/mapping-rows';
import { matchChoices } from '../../../../renderer/mapping-table/TypeAheadField';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { companyProcess, mappingTo } from '../../../fixtures/model-builders';

const base = buildDocument({ processes: 0 });
const document = {
  ...base,
  processes: {
    ...base.processes,
    processes: [
      companyProcess('p-a', 'Take order', null, { code: 'OTA-01' }),
      companyProcess('p-b', 'Bill customer'),
    ],
  },
  mappings: {
    ...base.mappings,
    mappings: [
      mappingTo('m-1', 'p-b', '1.3.3', 'partial', { status: 'approved' }),
      mappingTo('m-2', 'p-a', '1.3.3', 'full', { rationale: 'Same capture steps' }),
      mappingTo('m-3', 'p-a', '1.3', 'full'),
      mappingTo('m-4', 'p-a', '7.7.7', 'full'),
    ],
  },
};
const rows = mappingRows(document, (pack) => getBuiltInCatalogue(pack));

describe('mapping rows', () => {
  it('names both sides, with level and alignment label, and says when the pack lacks an id', () => {
    expect(rows[0]).toMatchObject({
      processName: 'Bill customer',
      targetName: 'Customer Order Processing Management',
      level: 2,
      alignmentLabel: 'Partial',
    });
    expect(rows[3]).toMatchObject({ targetName: '(not in this pack)', level: null });
  });

  it('filters by words, alignment, status and level, and sorts both ways with stable ties', () => {
    expect(queryRows(rows, { ...ALL_ROWS, text: 'capture ota' }).map((r) => r.mapping.id)).toEqual([
      'm-2',
    ]);
    expect(queryRows(rows, { ...ALL_ROWS, alignment: 'partial' })).toHaveLength(1);
    expect(queryRows(rows, { ...ALL_ROWS, status: 'approved' })).toHaveLength(1);
    expect(queryRows(rows, { ...ALL_ROWS, level: 1 }).map((r) => r.mapping.id)).toEqual(['m-3']);
    const byProcess = queryRows(rows, ALL_ROWS).map((r) => r.mapping.id);
    expect(byProcess).toEqual(['m-1', 'm-2', 'm-3', 'm-4']);
    const byTarget = queryRows(rows, { ...ALL_ROWS, sort: { key: 'target', descending: true } });
    expect(byTarget.map((r) => r.targetId)).toEqual(['7.7.7', '1.3.3', '1.3.3', '1.3']);
  });

  it('groups by company process and by eTOM process', () => {
    const byTarget = groupRows(queryRows(rows, ALL_ROWS), 'target');
    expect(byTarget.filter((l) => l.kind === 'group')).toEqual([
      {
        kind: 'group',
        key: 't|gb921-v25.5|1.3.3',
        title: '1.3.3 Customer Order Processing Management',
        count: 2,
      },
      expect.objectContaining({ count: 1 }),
      expect.objectContaining({ count: 1 }),
    ]);
    const byProcess = groupRows(queryRows(rows, ALL_ROWS), 'process');
    expect(
      byProcess.filter((l) => l.kind === 'group').map((l) => l.kind === 'group' && l.title),
    ).toEqual(['Bill customer', 'OTA-01 Take order']);
  });
});

describe('matchChoices', () => {
  it('keeps choices holding every word, those starting with the text first', () => {
    const choices = [
      '1.3.7 Customer Problem Management',
      '1.3.3 Customer Order Processing Management',
      '1.3 Customer',
    ];
    expect(matchChoices(choices, '1.3')).toEqual([
      '1.3.7 Customer Problem Management',
      '1.3.3 Customer Order Processing Management',
      '1.3 Customer',
    ]);
    expect(matchChoices(choices, 'order cust')).toEqual([
      '1.3.3 Customer Order Processing Management',
    ]);
    expect(matchChoices(choices, '  ')).toEqual([]);
  });
});
