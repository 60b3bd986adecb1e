import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../../shared/coverage/coverage-model';
import { listExtensions, listGaps, listOverlaps } from '../../../../shared/coverage/coverage-lists';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import { companyProcess, mappingTo } from '../../../fixtures/model-builders';
import { decision, smallCatalogue } from './coverage-fixtures';

const catalogue = smallCatalogue();

describe('gaps, overlaps and extensions', () => {
  it('lists each uncovered in-scope branch once, at its top', () => {
    const coverage = computeCoverage({
      catalogue,
      scope: [decision('1.1', 'in'), decision('1.2', 'in'), decision('1.1.4', 'out')],
      mappings: [mappingTo('m1', 'c1', '1.1.2')],
      alignments: DEFAULT_ALIGNMENTS,
    });
    expect(listGaps(catalogue, coverage).map((g) => g.id)).toEqual(['1.1.1', '1.1.3', '1.2']);
  });

  it('has no gaps when nothing is in scope', () => {
    const coverage = computeCoverage({
      catalogue,
      scope: [],
      mappings: [],
      alignments: DEFAULT_ALIGNMENTS,
    });
    expect(listGaps(catalogue, coverage)).toEqual([]);
  });

  it('lists as overlaps only processes mapped from two or more company processes', () => {
    const coverage = computeCoverage({
      catalogue,
      scope: [],
      mappings: [
        mappingTo('m1', 'c1', '1.1.2'),
        mappingTo('m2', 'c2', '1.1.2'),
        mappingTo('m3', 'c3', '1.2.1'),
        mappingTo('m4', 'c3', '1.2.1', 'partial'),
      ],
      alignments: DEFAULT_ALIGNMENTS,
    });
    expect(listOverlaps(catalogue, coverage)).toEqual([
      { id: '1.1.2', level: 3, name: 'Process 1.1.2', companyProcessIds: ['c1', 'c2'] },
    ]);
  });

  it('lists flagged company processes first, then unmapped ones', () => {
    const processes = [
      companyProcess('c1', 'Mapped'),
      companyProcess('c2', 'Unmapped'),
      companyProcess('c3', 'Our own thing', null, { extension: true }),
    ];
    expect(listExtensions(processes, [mappingTo('m1', 'c1', '1.1')])).toEqual([
      { processId: 'c3', name: 'Our own thing', reason: 'flagged' },
      { processId: 'c2', name: 'Unmapped', reason: 'unmapped' },
    ]);
  });

  it('does not list a grouping process whose children are mapped', () => {
    const processes = [
      companyProcess('root', 'Order to activate'),
      companyProcess('mid', 'Capture', 'root'),
      companyProcess('leaf', 'Capture sales order', 'mid'),
      companyProcess('alone', 'Send welcome pack', 'root', { order: 1 }),
    ];
    expect(listExtensions(processes, [mappingTo('m1', 'leaf', '1.3.3')])).toEqual([
      { processId: 'alone', name: 'Send welcome pack', reason: 'unmapped' },
    ]);
  });
});

describe('gap depth', () => {
  it('lists no gap below the level asked for (L3 by default)', () => {
    const coverage = computeCoverage({
      catalogue,
      scope: [decision('1.1', 'in')],
      mappings: [mappingTo('m1', 'c1', '1.1.1'), mappingTo('m2', 'c1', '1.1.2')],
      alignments: DEFAULT_ALIGNMENTS,
    });
    expect(listGaps(catalogue, coverage).map((g) => g.id)).toEqual(['1.1.3', '1.1.4']);
    expect(listGaps(catalogue, coverage, 4).map((g) => g.id)).toEqual([
      '1.1.1.1',
      '1.1.1.2',
      '1.1.3',
      '1.1.4',
    ]);
  });
});
