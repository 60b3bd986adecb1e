import { describe, expect, it } from 'vitest';
import { PLACEMENT_GAP, freeSpot, placeInView } from '../../../../renderer/canvas/placement';

const size = { width: 100, height: 50 };

describe('freeSpot', () => {
  it('uses the desired point when it is free', () => {
    expect(freeSpot([], { x: 10, y: 20 }, size)).toEqual({ x: 10, y: 20 });
  });

  it('never places on top of existing elements, however many are added', () => {
    const taken: { x: number; y: number; width: number; height: number }[] = [];
    for (let i = 0; i < 40; i += 1) {
      const spot = freeSpot(taken, { x: 0, y: 0 }, size);
      for (const t of taken) {
        const apart =
          spot.x >= t.x + t.width ||
          t.x >= spot.x + size.width ||
          spot.y >= t.y + t.height ||
          t.y >= spot.y + size.height;
        expect(apart).toBe(true);
      }
      taken.push({ ...spot, ...size });
    }
  });

  it('stays close: the first alternative is a direct neighbour', () => {
    const spot = freeSpot([{ x: 0, y: 0, ...size }], { x: 0, y: 0 }, size);
    expect(Math.abs(spot.x) + Math.abs(spot.y)).toBeLessThanOrEqual(size.width + PLACEMENT_GAP);
  });
});

describe('freeSpot direction', () => {
  it('puts the next element to the right on the same row', () => {
    const spot = freeSpot([{ x: 0, y: 0, ...size }], { x: 0, y: 0 }, size);
    expect(spot.y).toBe(0);
    expect(spot.x).toBeGreaterThan(0);
  });
});

describe('freeSpot within the visible area', () => {
  const view = { x: 0, y: 0, width: 600, height: 300 };

  it('only offers spots inside the view', () => {
    const taken = [{ x: 250, y: 125, ...size }];
    const spot = freeSpot(taken, { x: 250, y: 125 }, size, view);
    expect(spot.x).toBeGreaterThanOrEqual(0);
    expect(spot.y).toBeGreaterThanOrEqual(0);
    expect(spot.x + size.width).toBeLessThanOrEqual(600);
    expect(spot.y + size.height).toBeLessThanOrEqual(300);
  });

  it('falls back to the desired point when the view is full', () => {
    const taken = [{ x: -1000, y: -1000, width: 5000, height: 5000 }];
    expect(freeSpot(taken, { x: 250, y: 125 }, size, view)).toEqual({ x: 250, y: 125 });
  });
});

describe('placeInView', () => {
  // The canvas's visible part when a sidebar covers the left of the window: x from 300.
  const view = { x: 300, y: -100, width: 800, height: 500 };
  const inside = (p: { x: number; y: number }) =>
    p.x >= view.x &&
    p.y >= view.y &&
    p.x + size.width <= view.x + view.width &&
    p.y + size.height <= view.y + view.height;

  it('puts a new element mid-view, never left of what the user sees', () => {
    const spot = placeInView([], size, view, null);
    expect(spot).toEqual({ x: 650, y: 125 });
    expect(inside(spot)).toBe(true);
  });

  it('centres on the pointer, moved in just enough to be seen whole near an edge', () => {
    expect(placeInView([], size, view, { x: 500, y: 100 })).toEqual({ x: 450, y: 75 });
    expect(placeInView([], size, view, { x: 290, y: -120 })).toEqual({ x: 300, y: -100 });
  });

  it('never lands on another element, and stays in view, for many additions', () => {
    const taken: { x: number; y: number; width: number; height: number }[] = [];
    for (let i = 0; i < 12; i += 1) {
      const spot = placeInView(taken, size, view, null);
      expect(inside(spot)).toBe(true);
      for (const t of taken) {
        const apart =
          spot.x >= t.x + t.width ||
          t.x >= spot.x + size.width ||
          spot.y >= t.y + t.height ||
          t.y >= spot.y + size.height;
        expect(apart).toBe(true);
      }
      taken.push({ ...spot, ...size });
    }
  });

  it('without a canvas on screen, goes to the origin or the point asked for', () => {
    expect(placeInView([], size, null, null)).toEqual({ x: 0, y: 0 });
    expect(placeInView([], size, null, { x: 100, y: 100 })).toEqual({ x: 50, y: 75 });
  });
});
