import { describe, expect, it } from 'vitest';
import { visibleNodeCount } from '../../../../renderer/canvas/usePaintMarkReady';

const node = (x: number, y: number, hidden = false) => ({
  position: { x, y },
  width: 100,
  height: 50,
  hidden,
});

describe('visibleNodeCount', () => {
  it('counts the nodes that overlap the pane at its transform, not the hidden ones', () => {
    // A 1000 x 500 pane translated by (300, 20) at zoom 0.5 shows flow x -600..1400, y -40..960.
    const pane = { width: 1000, height: 500, transform: [300, 20, 0.5] as const };
    const nodes = [
      node(0, 0),
      node(1350, 900), // partly in view
      node(1400, 0), // just right of the view
      node(-700, 0), // just left of it
      node(0, 0, true),
    ];
    expect(visibleNodeCount(nodes, pane)).toBe(2);
  });

  it('prefers the measured size to the given one', () => {
    const pane = { width: 100, height: 100, transform: [0, 0, 1] as const };
    const grown = { position: { x: -150, y: 0 }, width: 100, height: 50, measured: { width: 200 } };
    expect(visibleNodeCount([grown], pane)).toBe(1);
  });
});
