import { describe, expect, it } from 'vitest';
import { snapToGuides } from '../../../../../renderer/canvas/helper-lines/guide-geometry';

const other = { x: 100, y: 100, width: 200, height: 80 };

describe('snapToGuides', () => {
  it('snaps a left line to a left line within the threshold and draws the guide there', () => {
    const guides = snapToGuides({ x: 103, y: 400, width: 120, height: 60 }, [other], 5);
    expect(guides).toEqual({ position: { x: 100, y: 400 }, vertical: 100, horizontal: null });
  });

  it('snaps centre to centre and middle to middle', () => {
    // Centre 203 is 3 from the other's centre 200; its left (143) and right (263) are far off.
    // Middle 137 is 3 from 140; its top (107) is 7 from 100, beyond the threshold.
    const guides = snapToGuides({ x: 143, y: 107, width: 120, height: 60 }, [other], 5);
    expect(guides).toEqual({ position: { x: 140, y: 110 }, vertical: 200, horizontal: 140 });
  });

  it('snaps a right line to another right line, a bottom to a top', () => {
    const guides = snapToGuides({ x: 176, y: 184, width: 120, height: 60 }, [other], 5);
    expect(guides).toEqual({ position: { x: 180, y: 180 }, vertical: 300, horizontal: 180 });
  });

  it('leaves the rectangle alone when no line is within the threshold', () => {
    const moving = { x: 500, y: 500, width: 50, height: 50 };
    expect(snapToGuides(moving, [other], 5)).toEqual({
      position: { x: 500, y: 500 },
      vertical: null,
      horizontal: null,
    });
  });

  it('takes the nearest line among several nodes', () => {
    const near = { x: 401, y: 0, width: 10, height: 10 };
    const nearer = { x: 399.5, y: 900, width: 10, height: 10 };
    const guides = snapToGuides({ x: 399, y: 300, width: 20, height: 20 }, [near, nearer], 5);
    expect(guides.vertical).toBe(399.5);
    expect(guides.position.x).toBe(399.5);
  });

  it('scales with the threshold it is given (5 px at zoom 2 is 2.5 flow units)', () => {
    const moving = { x: 103, y: 400, width: 120, height: 60 };
    expect(snapToGuides(moving, [other], 2.5).vertical).toBeNull();
    expect(snapToGuides(moving, [other], 5).vertical).toBe(100);
  });

  it('looks at each other node once: 10,000 nodes cost 10,000 comparisons of 9 lines', () => {
    const others = Array.from({ length: 10_000 }, (_, i) => ({
      x: i * 300 + 7,
      y: i * 200 + 7,
      width: 100,
      height: 50,
    }));
    const guides = snapToGuides({ x: 9, y: 9, width: 100, height: 50 }, others, 5);
    expect(guides.position).toEqual({ x: 7, y: 7 });
  });
});
