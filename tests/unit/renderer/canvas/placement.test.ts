import { describe, expect, it } from 'vitest';
import {
  PLACEMENT_GAP,
  freeSpot,
  placeInView,
  placementObstacles,
} from '../../../../renderer/canvas/placement';
import type { DiagramNode } from '../../../../shared/model/diagram-schema';
import type { Rect } from '../../../../shared/model/rect';

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

  it('goes to the nearest free spot beyond the view when the view is full', () => {
    const taken = [{ x: -1000, y: -1000, width: 5000, height: 5000 }];
    const spot = freeSpot(taken, { x: 250, y: 125 }, size, view);
    const clear =
      spot.x >= 4000 + PLACEMENT_GAP ||
      spot.y >= 4000 + PLACEMENT_GAP ||
      spot.x + size.width + PLACEMENT_GAP <= -1000 ||
      spot.y + size.height + PLACEMENT_GAP <= -1000;
    expect(clear).toBe(true);
  });

  it('keeps an element larger than the view where the user looks', () => {
    const lane = { width: 900, height: 200 };
    const taken = [{ x: 100, y: 100, ...size }];
    expect(freeSpot(taken, { x: 0, y: 50 }, lane, view)).toEqual({ x: 0, y: 50 });
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

describe('placementObstacles', () => {
  it('leaves out groups and lanes; members count where they are drawn, like any node', () => {
    const nodes = [
      {
        id: 'lane',
        kind: 'group',
        variant: 'lane',
        label: 'Customer',
        x: 100,
        y: 400,
        width: 900,
        height: 200,
        z: 0,
      },
      {
        id: 'inner',
        kind: 'group',
        variant: 'group',
        label: 'Inner',
        x: 20,
        y: 10,
        width: 400,
        height: 150,
        z: 1,
        parentId: 'lane',
      },
      {
        id: 'a',
        kind: 'box',
        label: 'A',
        x: 40,
        y: 30,
        width: 160,
        height: 60,
        z: 2,
        parentId: 'lane',
      },
      {
        id: 'b',
        kind: 'box',
        label: 'B',
        x: 5,
        y: 5,
        width: 160,
        height: 60,
        z: 3,
        parentId: 'inner',
      },
      { id: 'c', kind: 'box', label: 'C', x: 0, y: 0, width: 160, height: 60, z: 4 },
    ] as unknown as DiagramNode[];
    // A member's x and y are canvas coordinates (the canvas, the move command and the exports
    // read them so): they were offset by the container's position, which put the obstacle
    // where the member is not.
    expect(placementObstacles(nodes)).toEqual([
      { x: 40, y: 30, width: 160, height: 60 },
      { x: 5, y: 5, width: 160, height: 60 },
      { x: 0, y: 0, width: 160, height: 60 },
    ]);
  });

  it('keeps a new framework node off a lane member in the middle of the view', () => {
    // Mid-view is (600, 500), where the member is drawn.
    const nodes = [
      {
        id: 'lane',
        kind: 'group',
        variant: 'lane',
        label: 'L',
        x: 400,
        y: 400,
        width: 900,
        height: 300,
        z: 0,
      },
      {
        id: 'm',
        kind: 'box',
        label: 'M',
        x: 520,
        y: 470,
        width: 200,
        height: 64,
        z: 1,
        parentId: 'lane',
      },
    ] as unknown as DiagramNode[];
    const view = { x: 0, y: 0, width: 1400, height: 1000 };
    const frame = { width: 200, height: 64 };
    const spot = placeInView(placementObstacles(nodes), frame, view, null);
    const member = { x: 520, y: 470, ...frame };
    const apart =
      spot.x >= member.x + member.width ||
      member.x >= spot.x + frame.width ||
      spot.y >= member.y + member.height ||
      member.y >= spot.y + frame.height;
    expect(apart).toBe(true);
  });
});

describe('placeInView in a crowded view', () => {
  // A 1280 x 720 window at zoom 1: three rows of three boxes fill the middle of the view; the
  // band below them is free.
  const view = { x: -231, y: 0, width: 668, height: 537 };
  const boxes: Rect[] = [];
  for (let col = 0; col < 3; col += 1) {
    for (let row = 0; row < 3; row += 1) {
      boxes.push({ x: -200 + col * 230, y: 20 + row * 140, width: 180, height: 72 });
    }
  }
  const clearOf = (spot: { x: number; y: number }, size: { width: number; height: number }) =>
    boxes.every(
      (b) =>
        spot.x >= b.x + b.width + PLACEMENT_GAP ||
        b.x >= spot.x + size.width + PLACEMENT_GAP ||
        spot.y >= b.y + b.height + PLACEMENT_GAP ||
        b.y >= spot.y + size.height + PLACEMENT_GAP,
    );
  const inView = (spot: { x: number; y: number }, size: { width: number; height: number }) =>
    spot.x >= view.x &&
    spot.y >= view.y &&
    spot.x + size.width <= view.x + view.width &&
    spot.y + size.height <= view.y + view.height;

  it('puts a note and a box wholly in view, on the free band the grid round mid-view misses', () => {
    for (const size of [
      { width: 200, height: 100 },
      { width: 180, height: 72 },
    ]) {
      const spot = placeInView(boxes, size, view, null);
      expect(inView(spot, size)).toBe(true);
      expect(clearOf(spot, size)).toBe(true);
    }
  });
});
