import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../../../shared/model/rect';

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
