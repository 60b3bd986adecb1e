import { describe, expect, it } from 'vitest';
import { MAX_PNG_PIXELS } from '../../../../../shared/ipc/methods/export-methods';
import { MIN_FITTED_SCALE, fittedScale } from '../../../../../main/services/export/png-render';

describe('fittedScale', () => {
  it('keeps the scale asked for while the picture stays under the cap', () => {
    expect(fittedScale({ width: 2000, height: 1000 }, 4)).toBe(4);
    expect(fittedScale({ width: 8000, height: 8000 }, 1)).toBe(1);
  });

  it('lowers it to the largest hundredth that fits, never above the cap', () => {
    // The canvas benchmark's 5,000-node grid: 20,035 x 4,998 units.
    const grid = { width: 20_035, height: 4_998 };
    for (const asked of [1, 2, 4]) {
      const scale = fittedScale(grid, asked);
      expect(scale).toBe(0.79);
      const pixels = grid.width * grid.height * (scale ?? 0) ** 2;
      expect(pixels).toBeLessThanOrEqual(MAX_PNG_PIXELS);
      expect(grid.width * grid.height * ((scale ?? 0) + 0.01) ** 2).toBeGreaterThan(MAX_PNG_PIXELS);
    }
  });

  it('gives up below a quarter pixel per unit', () => {
    expect(fittedScale({ width: 40_000, height: 40_000 }, 1)).toBeNull();
    const edge = Math.sqrt(MAX_PNG_PIXELS) / MIN_FITTED_SCALE;
    expect(fittedScale({ width: edge, height: edge }, 2)).toBe(MIN_FITTED_SCALE);
  });
});
