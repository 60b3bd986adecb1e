import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HANDLE_SIDES, type HandleSide } from '../../../../shared/model/diagram-schema';
import {
  EDGE_STUB,
  edgePath,
  longestSegmentMiddle,
  orthogonalPoints,
  roundedPath,
  simplify,
  type Point,
} from '../../../../shared/render/edge-path';

const ends = (source: Point, sourceSide: HandleSide, target: Point, targetSide: HandleSide) => ({
  source,
  sourceSide,
  target,
  targetSide,
});

describe('orthogonal connections', () => {
  it('right to left turns in the middle column', () => {
    expect(orthogonalPoints(ends({ x: 0, y: 0 }, 'right', { x: 200, y: 100 }, 'left'))).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 200, y: 100 },
    ]);
  });

  it('bottom to top turns in the middle row; a straight run has no corner', () => {
    expect(orthogonalPoints(ends({ x: 0, y: 0 }, 'bottom', { x: 0, y: 300 }, 'top'))).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 300 },
    ]);
  });

  it('facing sides closer than two stubs turn in the middle of the gap, never past an end', () => {
    // Level, 30 apart: a straight line (it ran a stub past each end and back over itself).
    expect(orthogonalPoints(ends({ x: 0, y: 0 }, 'right', { x: 30, y: 0 }, 'left'))).toEqual([
      { x: 0, y: 0 },
      { x: 30, y: 0 },
    ]);
    // Lower: one column in the middle of the gap (it was an S of four turns).
    expect(orthogonalPoints(ends({ x: 0, y: 0 }, 'right', { x: 30, y: 48 }, 'left'))).toEqual([
      { x: 0, y: 0 },
      { x: 15, y: 0 },
      { x: 15, y: 48 },
      { x: 30, y: 48 },
    ]);
    expect(orthogonalPoints(ends({ x: 0, y: 0 }, 'top', { x: 40, y: -20 }, 'bottom'))).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: -10 },
      { x: 40, y: -10 },
      { x: 40, y: -20 },
    ]);
    expect(
      edgePath('orthogonal', ends({ x: 225, y: 92 }, 'right', { x: 255, y: 92 }, 'left')).path,
    ).toBe('M 225 92 L 255 92');
  });

  it('a horizontal side meets a vertical side at one corner', () => {
    expect(orthogonalPoints(ends({ x: 0, y: 0 }, 'right', { x: 200, y: 200 }, 'top'))).toEqual([
      { x: 0, y: 0 },
      { x: 200, y: 0 },
      { x: 200, y: 200 },
    ]);
  });

  it('leaves its side even when the target sits one stub below, just behind the source', () => {
    // Found by the property below (seed 448401239): the route turned back on its own line and
    // the turn was simplified away, so it left a right-hand handle going left.
    const points = orthogonalPoints(ends({ x: 0, y: 0 }, 'right', { x: -1, y: 24 }, 'top'));
    expect(points[1]!.x).toBeGreaterThan(0);
    expect(points.at(-1)).toEqual({ x: -1, y: 24 });
  });

  it('leaves and enters every side along its direction, with only right angles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -500, max: 500 }),
        fc.constantFrom(...HANDLE_SIDES),
        fc.constantFrom(...HANDLE_SIDES),
        (x, y, sourceSide, targetSide) => {
          const points = orthogonalPoints(ends({ x: 0, y: 0 }, sourceSide, { x, y }, targetSide));
          expect(points[0]).toEqual({ x: 0, y: 0 });
          expect(points.at(-1)).toEqual({ x, y });
          for (let i = 1; i < points.length; i += 1) {
            const a = points[i - 1]!;
            const b = points[i]!;
            expect(a.x === b.x || a.y === b.y).toBe(true);
          }
          // The first segment runs out of the source's side (unless the ends coincide).
          const second = points[1];
          if (second && points.length > 2) {
            const out = {
              top: second.y < 0,
              bottom: second.y > 0,
              left: second.x < 0,
              right: second.x > 0,
            };
            expect(out[sourceSide]).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('path text', () => {
  it('rounds corners by at most half of either segment', () => {
    const path = roundedPath([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 100 },
    ]);
    expect(path).toBe('M 0 0 L 5 0 Q 10 0 10 5 L 10 100');
  });

  it('simplify drops repeated points and points inside a straight run', () => {
    expect(
      simplify([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 5, y: 0 },
        { x: 9, y: 0 },
        { x: 9, y: 4 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 9, y: 0 },
      { x: 9, y: 4 },
    ]);
  });

  it('puts the label on the longest straight stretch', () => {
    expect(
      longestSegmentMiddle([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 200 },
        { x: 40, y: 200 },
      ]),
    ).toEqual({ x: 10, y: 100 });
    const { label } = edgePath(
      'orthogonal',
      ends({ x: 0, y: 0 }, 'bottom', { x: 300, y: 60 }, 'top'),
    );
    expect(label).toEqual({ x: 150, y: 30 });
  });

  it('draws straight and curved connections between the two ends', () => {
    const e = ends({ x: 0, y: 0 }, 'right', { x: 100, y: 50 }, 'left');
    expect(edgePath('straight', e)).toMatchObject({
      path: 'M 0 0 L 100 50',
      label: { x: 50, y: 25 },
    });
    const curve = edgePath('curved', e);
    expect(curve.path).toMatch(/^M 0 0 C 5\d(\.\d+)? 0 4\d(\.\d+)? 50 100 50$/);
    expect(curve.label).toEqual({ x: 50, y: 25 });
  });

  it('keeps a stub out of each handle before turning', () => {
    const points = orthogonalPoints(ends({ x: 0, y: 0 }, 'right', { x: 10, y: 80 }, 'right'));
    expect(points[1]).toEqual({ x: 10 + EDGE_STUB, y: 0 });
  });
});
