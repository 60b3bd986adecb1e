import { describe, expect, it } from 'vitest';
import { boundsOf, intersects } from '../../../../shared/model/rect';

describe('boundsOf', () => {
  it('bounds several rectangles, negative corners too', () => {
    expect(
      boundsOf([
        { x: 10, y: 20, width: 100, height: 50 },
        { x: -40, y: 60, width: 20, height: 40 },
        { x: 50, y: -5, width: 5, height: 5 },
      ]),
    ).toEqual({ x: -40, y: -5, width: 150, height: 105 });
  });

  it('takes any iterable, one rectangle as itself, and none as null', () => {
    const one = { x: 3, y: 4, width: 5, height: 6 };
    expect(boundsOf(new Set([one]))).toEqual(one);
    expect(boundsOf([])).toBeNull();
    expect(boundsOf(new Map<string, typeof one>().values())).toBeNull();
  });
});

describe('intersects', () => {
  const other = { x: 100, y: 100, width: 200, height: 80 };

  it('tells overlapping rectangles from ones that only touch', () => {
    expect(intersects(other, { x: 299, y: 179, width: 5, height: 5 })).toBe(true);
    expect(intersects(other, { x: 300, y: 100, width: 5, height: 5 })).toBe(false);
  });
});
