import { describe, expect, it } from 'vitest';
import {
  IN_VIEW_PER_STEP,
  OUT_OF_VIEW_PER_STEP,
  revealBatches,
  viewRect,
} from '../../../../renderer/canvas/progressive-reveal';

/** A grid of `columns` x `rows` boxes of 100 x 50, 200 apart across and 100 down. */
function grid(columns: number, rows: number) {
  const nodes = [];
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      nodes.push({ id: `${c},${r}`, position: { x: c * 200, y: r * 100 }, width: 100, height: 50 });
    }
  }
  return nodes;
}

describe('the order a large diagram reaches the canvas in', () => {
  it('reads the view from the viewport: the flow rectangle a pane shows', () => {
    expect(viewRect({ x: -400, y: -100, zoom: 2 }, { width: 1000, height: 600 })).toEqual({
      left: 200,
      top: 50,
      right: 700,
      bottom: 350,
    });
  });

  it('gives the nodes in view first, top to bottom and left to right, a few per step', () => {
    const nodes = grid(100, 100);
    // A view of the top-left 20 columns and 20 rows (400 nodes), handed over 30 at a time.
    const view = { left: -10, top: -10, right: 3_990, bottom: 1_990 };
    expect(
      revealBatches(nodes, view, 30)
        .slice(0, 14)
        .map((batch) => batch.length),
    ).toEqual([...Array<number>(13).fill(30), 10]);
    const batches = revealBatches(nodes, view);
    const inView = batches.slice(0, Math.ceil(400 / IN_VIEW_PER_STEP));
    expect(inView.flat()).toHaveLength(400);
    expect(inView[0]?.slice(0, 3)).toEqual(['0,0', '1,0', '2,0']);
    expect(inView[0]?.[20]).toBe('0,1');
    expect(inView.flat().every((id) => id.split(',').every((n) => Number(n) < 20))).toBe(true);
  });

  it('then the others nearest the view first, many per step, each node exactly once', () => {
    const nodes = grid(100, 100);
    const batches = revealBatches(nodes, { left: -10, top: -10, right: 3_990, bottom: 1_990 });
    const outside = batches.slice(Math.ceil(400 / IN_VIEW_PER_STEP));
    expect(outside.map((batch) => batch.length)).toEqual([
      OUT_OF_VIEW_PER_STEP,
      OUT_OF_VIEW_PER_STEP,
      OUT_OF_VIEW_PER_STEP,
      OUT_OF_VIEW_PER_STEP,
      9_600 - 4 * OUT_OF_VIEW_PER_STEP,
    ]);
    // The node just right of the view comes before the far corner.
    const flat = batches.flat();
    expect(flat.indexOf('20,0')).toBeLessThan(flat.indexOf('99,99'));
    expect(flat.at(-1)).toBe('99,99');
    expect(new Set(flat).size).toBe(10_000);
  });

  it('counts a node that only overlaps the edge of the view as in view', () => {
    const batches = revealBatches(
      [
        { id: 'far', position: { x: 5_000, y: 0 }, width: 100, height: 50 },
        { id: 'edge', position: { x: 950, y: 0 }, width: 100, height: 50 },
      ],
      { left: 0, top: 0, right: 1_000, bottom: 600 },
    );
    expect(batches).toEqual([['edge'], ['far']]);
  });
});
