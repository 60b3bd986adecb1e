import { describe, expect, it } from 'vitest';
import { KIND_COLOURS } from '../../../../../renderer/canvas/kind-colours';
import {
  exitPoint,
  sketchPicture,
  type SketchBox,
} from '../../../../../renderer/canvas/sketch/sketch-picture';

const box = (id: string, x: number, y: number, kind = 'box'): SketchBox => ({
  id,
  kind,
  x,
  y,
  width: 100,
  height: 40,
});

describe('exitPoint', () => {
  it('leaves a box through the side facing the target', () => {
    const b = box('a', 0, 0);
    expect(exitPoint(b, 500, 20)).toEqual([100, 20]); // right side, centre height
    expect(exitPoint(b, -500, 20)).toEqual([0, 20]);
    expect(exitPoint(b, 50, 400)).toEqual([50, 40]); // bottom
    expect(exitPoint(b, 50, 20)).toEqual([50, 20]); // the centre itself
  });

  it('stops at the target when it lies inside the box', () => {
    expect(exitPoint(box('a', 0, 0), 60, 20)).toEqual([60, 20]);
  });
});

describe('sketchPicture', () => {
  const boxes = [
    box('lane', -50, -50, 'group'),
    box('a', 0, 0),
    box('b', 200, 0),
    box('n', 0, 100, 'note'),
    box('live', 200, 100),
  ];
  const edges = [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'live' },
    { source: 'live', target: 'live2' }, // an end React Flow does not hold: skipped
    { source: 'a', target: 'a' }, // a loop: nothing to draw
  ];
  const sketched = (id: string) => id !== 'live';

  it('groups the sketched nodes by colour, containers apart, and leaves live nodes out', () => {
    const picture = sketchPicture(boxes, edges, sketched, new Set());
    expect(picture.containers.map((b) => b.id)).toEqual(['lane']);
    expect(picture.fills.get(KIND_COLOURS.box ?? '')?.map((b) => b.id)).toEqual(['a', 'b']);
    expect(picture.fills.get(KIND_COLOURS.note ?? '')?.map((b) => b.id)).toEqual(['n']);
    expect([...picture.fills.values()].flat().some((b) => b.id === 'live')).toBe(false);
  });

  it('draws every connection with a sketched end, border to border', () => {
    const { lines } = sketchPicture(boxes, edges, sketched, new Set());
    // a -> b: right side of a to left side of b; b -> live: bottom of b to top of live.
    expect(lines).toEqual([100, 20, 200, 20, 250, 40, 250, 100]);
  });

  it('draws nothing of a connection between live nodes', () => {
    const { lines } = sketchPicture(
      boxes,
      [{ source: 'b', target: 'live' }],
      () => false,
      new Set(),
    );
    expect(lines).toEqual([]);
  });

  it('lists the selected sketched nodes to outline', () => {
    const picture = sketchPicture(boxes, [], sketched, new Set(['b', 'live']));
    expect(picture.selected.map((b) => b.id)).toEqual(['b']);
  });
});
