import { describe, expect, it } from 'vitest';
import {
  sketchedNodeAt,
  sketchedNodesInside,
} from '../../../../../renderer/canvas/sketch/sketch-hit';
import type { SketchBox } from '../../../../../renderer/canvas/sketch/sketch-picture';

const box = (id: string, x: number, y: number, kind = 'box', size = 100): SketchBox => ({
  id,
  kind,
  x,
  y,
  width: size,
  height: size,
});

describe('sketchedNodeAt', () => {
  const boxes = [box('lane', 0, 0, 'group', 1000), box('under', 100, 100), box('over', 150, 150)];

  it('finds the node drawn last under the point', () => {
    expect(sketchedNodeAt(boxes, { x: 160, y: 160 })).toBe('over');
    expect(sketchedNodeAt(boxes, { x: 110, y: 110 })).toBe('under');
  });

  it('prefers a node to the container it lies on, and finds the container elsewhere', () => {
    expect(
      sketchedNodeAt([box('a', 100, 100), box('lane', 0, 0, 'group', 1000)], { x: 120, y: 120 }),
    ).toBe('a');
    expect(sketchedNodeAt(boxes, { x: 900, y: 900 })).toBe('lane');
  });

  it('finds nothing over empty canvas', () => {
    expect(sketchedNodeAt(boxes, { x: 2000, y: 5 })).toBeNull();
  });
});

describe('sketchedNodesInside', () => {
  it('takes the nodes wholly inside the band, as a rubber band does', () => {
    const boxes = [box('in', 10, 10), box('across', 150, 10), box('out', 500, 500)];
    expect(sketchedNodesInside(boxes, { x: 0, y: 0, width: 200, height: 200 })).toEqual(['in']);
    expect(sketchedNodesInside(boxes, { x: 0, y: 0, width: 700, height: 700 })).toEqual([
      'in',
      'across',
      'out',
    ]);
  });
});
