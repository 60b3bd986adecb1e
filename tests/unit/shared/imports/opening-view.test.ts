import { describe, expect, it } from 'vitest';
import { OPENING_PANE, openingView } from '../../../../shared/imports/opening-view';
import type { DiagramNode } from '../../../../shared/model/diagram-schema';
import type { NodeId } from '../../../../shared/model/ids';

const at = (x: number, y: number, width = 100, height = 80) =>
  ({
    id: `n${x},${y}` as NodeId,
    kind: 'box',
    label: '',
    x,
    y,
    width,
    height,
    z: 1,
  }) as DiagramNode;

describe('openingView', () => {
  it('opens a drawing that fits the smallest window’s canvas at 100 %', () => {
    expect(openingView([at(40, 40), at(400, 300)], 40)).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('fits a wider or taller drawing, margins included, to the hundredth below', () => {
    const wide = openingView([at(40, 40), at(1500, 40)], 40);
    // 1,640 units across with both margins: 640 / 1,640 = 0.39.
    expect(wide).toEqual({ x: 0, y: 0, zoom: 0.39 });
    const tall = openingView([at(40, 40), at(40, 900)], 40);
    expect(1020 * tall.zoom).toBeLessThanOrEqual(OPENING_PANE.height);
    expect(tall.zoom).toBe(0.47);
  });

  it('never goes below the canvas’s 10 %', () => {
    expect(openingView([at(40, 40), at(40_000, 40)], 40).zoom).toBe(0.1);
  });
});
