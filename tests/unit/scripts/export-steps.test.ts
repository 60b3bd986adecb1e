import { describe, expect, it } from 'vitest';
import type { ChildFigures } from '../../../scripts/bench/export-ours-child';
import { exportStepsTable } from '../../../scripts/bench/export-steps';

const run = (svgMs: number, stepsMs: ChildFigures['stepsMs']): ChildFigures => ({
  svgMs,
  writeMs: 0,
  stepsMs,
  bytes: 1,
  cpuMs: 1,
  peakMb: 1,
  baselineMb: 1,
});

describe('exportStepsTable', () => {
  it('gives each size and format the median of its runs per step, blank where a step is absent', () => {
    const table = exportStepsTable([
      {
        nodes: 2000,
        edges: 2356,
        ours: [
          {
            format: 'png',
            runs: [
              run(500, { checking: 400, rasterising: 4000, writing: 40 }),
              run(700, { checking: 600, rasterising: 4200, writing: 60 }),
              run(600, { checking: 500, rasterising: 4100, writing: 50 }),
            ],
          },
          { format: 'pdf', runs: [{ error: 'exit 1: out of memory' }] },
        ],
        bpmn: { error: 'no browser' },
      },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toBe(
      '| nodes | format | render SVG | checking | rasterising | drawing | writing |',
    );
    expect(lines[2]).toBe('| 2,000 | PNG | 600 | 500 | 4,100 |  | 50 |');
    // A format without a successful run has no row.
    expect(lines).toHaveLength(3);
  });
});
