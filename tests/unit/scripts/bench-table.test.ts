import { describe, expect, it } from 'vitest';
import type { RecordedFigure } from '../../../scripts/bench/bench-record';
import { benchTable, targetsLine } from '../../../scripts/bench/bench-table';

const FIGURES: RecordedFigure[] = [
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
  // A row as bench:merge records it: the peer's time in seconds from the same run.
  {
    bench: 'merge',
    measure: 'clean merge, mappings.json',
    ours: 19.45,
    unit: 's',
    peer: { name: '`git merge-file`', value: 4.63 },
    target: { text: '<= 5x git merge-file', met: true },
  },
  // A figure the benchmark could not measure (no frames) and a peer figure of zero.
  {
    bench: 'mapping-table',
    measure: 'scroll p95',
    ours: Number.NaN,
    unit: 'ms',
    peer: { name: 'none', value: 0 },
    target: { text: 'p95 <= 17 ms', met: false },
  },
];

describe('benchTable', () => {
  it('shows ours, the peer, the ratio, the target and met or not met, one row a figure', () => {
    const table = benchTable(FIGURES).split('\n');
    expect(table).toHaveLength(7);
    expect(table[0]).toBe(
      '| benchmark | measure | eTOM Studio | peer | peer figure | ours / peer | target | met |',
    );
    expect(table[2]).toBe(
      '| canvas | open to painted, 5,000 nodes | 1,654 ms | bpmn-js | 5,345 ms | 0.31 | <= 1/3 of bpmn-js | met |',
    );
    expect(table[3]).toBe('| library | search p95 | 0.43 ms |  |  |  |  |  |');
    expect(table[4]).toBe(
      '| suggest | top-1 \\| held out | 70.0 % |  |  |  | >= 75% | **not met** |',
    );
    expect(table[5]).toBe(
      '| merge | clean merge, mappings.json | 19.5 s | `git merge-file` | 4.63 s | 4.20 | <= 5x git merge-file | met |',
    );
    expect(table[6]).toBe(
      '| mapping-table | scroll p95 | n/a | none | 0.00 ms |  | p95 <= 17 ms | **not met** |',
    );
  });

  it('has its header alone when nothing was recorded', () => {
    expect(benchTable([]).split('\n')).toHaveLength(2);
  });
});

describe('targetsLine', () => {
  it('counts the targets met and names the ones not met', () => {
    expect(targetsLine(FIGURES)).toBe(
      '2 of 4 targets met; not met: suggest: top-1 | held out; mapping-table: scroll p95.',
    );
    expect(targetsLine(FIGURES.slice(0, 2))).toBe('1 of 1 targets met.');
  });
});
