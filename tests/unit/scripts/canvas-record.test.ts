import { describe, expect, it } from 'vitest';
import { canvasBenchFigures } from '../../../scripts/bench/canvas-record';
import type { EditorFigures } from '../../../scripts/bench/canvas-figures';
import type { SizeResult } from '../../../scripts/bench/canvas-table';

function editor(over: Partial<EditorFigures>): EditorFigures {
  return {
    openMs: 1000,
    longestTaskMs: 150,
    heapMb: 40,
    frames: Array.from({ length: 100 }, () => 16),
    drag: { taskMs: 100, scriptMs: 60, idleTaskMs: 5 },
    selectMs: 20,
    selected: 100,
    domNodes: 1000,
    pane: { x: 0, y: 0, width: 1600, height: 900 },
    ...over,
  };
}

function size(nodes: number, ours: Partial<EditorFigures>, bpmn: Partial<EditorFigures>) {
  return { nodes, edges: nodes, ours: editor(ours), bpmn: editor(bpmn) } satisfies SizeResult;
}

describe('canvasBenchFigures', () => {
  it('records five figures beside bpmn-js per size from 5,000 nodes, against issue 7 targets', () => {
    const figures = canvasBenchFigures([
      size(500, {}, {}),
      size(
        5_000,
        {
          openMs: 1000,
          longestTaskMs: 250,
          heapMb: 20,
          drag: { taskMs: 30, scriptMs: 0, idleTaskMs: 0 },
        },
        {
          openMs: 3300,
          heapMb: 50,
          frames: [...Array.from({ length: 99 }, () => 300), 400],
          drag: { taskMs: 100, scriptMs: 0, idleTaskMs: 0 },
        },
      ),
      size(20_000, { frames: [...Array.from({ length: 99 }, () => 16), 60] }, {}),
    ]);
    expect(figures.map((f) => f.measure)).toEqual([
      'open to painted, 5,000 nodes',
      'longest task while opening, 5,000 nodes',
      'heap after GC, 5,000 nodes',
      'pan/zoom frame time p95 (frames > 50 ms: 0), 5,000 nodes',
      'drag 100 nodes: main-thread time, 5,000 nodes',
      'open to painted, 20,000 nodes',
      'longest task while opening, 20,000 nodes',
      'heap after GC, 20,000 nodes',
      'pan/zoom frame time p95 (frames > 50 ms: 1), 20,000 nodes',
      'drag 100 nodes: main-thread time, 20,000 nodes',
    ]);
    const [open, longest, heap, pan, drag] = figures;
    expect(open).toMatchObject({ ours: 1000, peer: { name: 'bpmn-js', value: 3300 } });
    expect(open?.target).toEqual({ text: '<= 1/3 of bpmn-js', met: true });
    expect(longest?.target?.met).toBe(false);
    expect(heap?.target).toEqual({ text: '<= 1/3 of bpmn-js', met: false });
    expect(pan).toMatchObject({ ours: 16, peer: { value: 300 }, target: { met: true } });
    expect(drag?.target).toEqual({ text: '<= 1/5 of bpmn-js', met: false });
    // One frame over 50 ms misses the pan target even with a p95 of one frame.
    expect(figures[8]).toMatchObject({ ours: 16, target: { met: false } });
  });

  it('records the largest size of a short run (a quick run, --sizes)', () => {
    const figures = canvasBenchFigures([size(500, {}, {}), size(100, {}, {})]);
    expect(figures).toHaveLength(5);
    expect(figures.every((f) => f.measure.endsWith('500 nodes'))).toBe(true);
    expect(canvasBenchFigures([])).toEqual([]);
  });

  it('never meets a target against a figure bpmn-js did not give', () => {
    const [open] = canvasBenchFigures([size(100, {}, { openMs: Number.NaN })]);
    expect(open?.target?.met).toBe(false);
  });
});
