import { describe, expect, it } from 'vitest';
import {
  MAP_GAP_PX,
  MAX_ZOOM,
  MIN_MAP_COLUMN_PX,
  MIN_ZOOM,
  clampZoom,
  fitZoom,
} from '../../../../renderer/framework-map/map-zoom';

describe('fitZoom', () => {
  const nine = 9 * MIN_MAP_COLUMN_PX + 8 * MAP_GAP_PX;

  it('keeps full size when the map fits', () => {
    expect(fitZoom(9, nine)).toBe(1);
    expect(fitZoom(9, 3000)).toBe(1);
  });

  it('zooms out just enough for the columns to fit the width', () => {
    const zoom = fitZoom(9, 770);
    expect(zoom).toBeLessThan(1);
    expect(nine * zoom).toBeLessThanOrEqual(770);
    expect(nine * (zoom + 0.02)).toBeGreaterThan(770);
  });

  it('never goes below the smallest zoom, and ignores an unmeasured view', () => {
    expect(fitZoom(9, 100)).toBe(MIN_ZOOM);
    expect(fitZoom(9, 0)).toBe(1);
  });
});

describe('clampZoom', () => {
  it('keeps the zoom in range and rounds away floating-point dust', () => {
    expect(clampZoom(0.1)).toBe(MIN_ZOOM);
    expect(clampZoom(9)).toBe(MAX_ZOOM);
    expect(clampZoom(0.7 + 0.1)).toBe(0.8);
  });
});
