import { describe, expect, it } from 'vitest';
import {
  centredOn,
  fitFrame,
  fromMinimap,
  sameFrame,
  toMinimap,
  viewRect,
} from '../../../../renderer/canvas/minimap-geometry';

describe('minimap geometry', () => {
  it('fits the bounds inside the padding, keeps the aspect ratio and centres the rest', () => {
    // 1000 x 250 into 200 x 140 with 4 px padding: the width limits, scale 192 / 1000.
    const frame = fitFrame(
      { x: 500, y: -100, width: 1000, height: 250 },
      { width: 200, height: 140 },
    );
    expect(frame.scale).toBeCloseTo(0.192);
    const drawn = toMinimap({ x: 500, y: -100, width: 1000, height: 250 }, frame);
    expect(drawn.x).toBeCloseTo(4);
    expect(drawn.width).toBeCloseTo(192);
    expect(drawn.height).toBeCloseTo(48);
    // Centred vertically: equal space above and below.
    expect(drawn.y).toBeCloseTo((140 - 48) / 2);
  });

  it('maps a minimap point back to the flow point drawn there', () => {
    const frame = fitFrame(
      { x: -300, y: 40, width: 5000, height: 3000 },
      { width: 200, height: 140 },
    );
    const flow = { x: 1234, y: 567 };
    const drawn = toMinimap({ ...flow, width: 0, height: 0 }, frame);
    const back = fromMinimap(drawn, frame);
    expect(back.x).toBeCloseTo(flow.x);
    expect(back.y).toBeCloseTo(flow.y);
  });

  it('keeps a finite scale for an empty or flat diagram', () => {
    const frame = fitFrame({ x: 5, y: 5, width: 0, height: 0 }, { width: 200, height: 140 });
    expect(Number.isFinite(frame.scale)).toBe(true);
    expect(Number.isFinite(frame.offsetX) && Number.isFinite(frame.offsetY)).toBe(true);
  });

  it('finds what the pane shows from the transform, and the viewport centred on a point', () => {
    // Translated by (300, 20) at zoom 0.5: the pane's corner shows flow (-600, -40).
    expect(viewRect([300, 20, 0.5], 1000, 800)).toEqual({
      x: -600,
      y: -40,
      width: 2000,
      height: 1600,
    });
    const viewport = centredOn({ x: 400, y: 300 }, 2, { width: 1000, height: 800 });
    expect(viewport).toEqual({ x: 1000 / 2 - 800, y: 800 / 2 - 600, zoom: 2 });
    const shown = viewRect([viewport.x, viewport.y, viewport.zoom], 1000, 800);
    expect(shown.x + shown.width / 2).toBeCloseTo(400);
    expect(shown.y + shown.height / 2).toBeCloseTo(300);
  });

  it('tells frames that draw the same apart from others', () => {
    const frame = { scale: 0.5, offsetX: 3, offsetY: 4 };
    expect(sameFrame({ ...frame }, frame)).toBe(true);
    expect(sameFrame({ ...frame, offsetX: 3.5 }, frame)).toBe(false);
    expect(sameFrame(null, frame)).toBe(false);
  });
});
