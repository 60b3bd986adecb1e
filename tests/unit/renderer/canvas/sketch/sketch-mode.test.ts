import { describe, expect, it } from 'vitest';
import {
  DETAIL_FROM_ZOOM,
  LIVE_AT_MOST,
  SKETCH_BELOW_ZOOM,
  SKETCH_FROM_NODES,
  liveOverSketch,
  sketchable,
  sketchedAt,
} from '../../../../../renderer/canvas/sketch/sketch-mode';

describe('sketch mode', () => {
  it('applies only to diagrams of more than SKETCH_FROM_NODES nodes', () => {
    expect(sketchable(SKETCH_FROM_NODES)).toBe(false);
    expect(sketchable(SKETCH_FROM_NODES + 1)).toBe(true);
  });

  it('takes over below one zoom and gives way only at a higher one, so it never flickers', () => {
    const between = (SKETCH_BELOW_ZOOM + DETAIL_FROM_ZOOM) / 2;
    expect(DETAIL_FROM_ZOOM).toBeGreaterThan(SKETCH_BELOW_ZOOM);
    // Zooming out: detail until below the threshold.
    expect(sketchedAt(SKETCH_BELOW_ZOOM, false)).toBe(false);
    expect(sketchedAt(between, false)).toBe(false);
    expect(sketchedAt(SKETCH_BELOW_ZOOM - 0.01, false)).toBe(true);
    // Zooming back in: still sketched in the gap, detail from DETAIL_FROM_ZOOM.
    expect(sketchedAt(between, true)).toBe(true);
    expect(sketchedAt(DETAIL_FROM_ZOOM, true)).toBe(false);
  });

  it('keeps the selection live up to LIVE_AT_MOST nodes, and none beyond', () => {
    const ids = (n: number) => new Set(Array.from({ length: n }, (_, i) => `n${i}`));
    const small = ids(3);
    expect(liveOverSketch(small)).toBe(small);
    expect(liveOverSketch(ids(LIVE_AT_MOST)).size).toBe(LIVE_AT_MOST);
    expect(liveOverSketch(ids(LIVE_AT_MOST + 1)).size).toBe(0);
  });
});
