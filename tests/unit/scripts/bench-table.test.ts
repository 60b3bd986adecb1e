import { describe, expect, it } from 'vitest';
import { benchTable } from '../../../scripts/bench/bench-table';

describe('benchTable', () => {
  it('shows ours, the peer, the ratio and whether the target is met, one row a figure', () => {
    const table = benchTable([
      {
        bench: 'canvas',
        measure: 'open to painted, 5,000 nodes',
        ours: 1654,
        unit: 'ms',
        peer: { name: 'bpmn-js', value: 5345 },
        target: { text: '<= 1/3 of bpmn-js', met: true },
      },
      { bench: 'library', measure: 'search p95', ours: 0.4321, unit: 'ms' },
      {
        bench: 'suggest',
        measure: 'top-1 | held out',
        ours: 70,
        unit: '%',
        target: { text: '>= 75%', met: false },
      },
    ]).split('\n');
    expect(table).toHaveLength(5);
    expect(table[2]).toBe(
      '| canvas | open to painted, 5,000 nodes | 1,654 ms | bpmn-js | 5,345 ms | 0.31 | <= 1/3 of bpmn-js | yes |',
    );
    expect(table[3]).toBe('| library | search p95 | 0.43 ms |  |  |  |  |  |');
    expect(table[4]).toBe('| suggest | top-1 \\| held out | 70.0 % |  |  |  | >= 75% | **no** |');
  });
});
