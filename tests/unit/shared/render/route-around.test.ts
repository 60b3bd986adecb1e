import { describe, expect, it } from 'vitest';
import { BoxIndex, type Box } from '../../../../shared/render/box-index';
import { renderDiagramSvg } from '../../../../shared/render/diagram-svg';
import { orthogonalPoints, type EdgeEnds, type Point } from '../../../../shared/render/edge-path';
import { crossesBoxes, detourAround, routeAround } from '../../../../shared/render/route-around';
import type { HandleSide } from '../../../../shared/model/diagram-schema';

const W = 180;
const H = 72;
const node = (x: number, y: number): Box => ({ x, y, width: W, height: H });

/** Where a connection meets `box` on `side`: 5 units out, as the canvas's handles are. */
function handle(box: Box, side: HandleSide): Point {
  switch (side) {
    case 'left':
      return { x: box.x - 5, y: box.y + box.height / 2 };
    case 'right':
      return { x: box.x + box.width + 5, y: box.y + box.height / 2 };
    case 'top':
      return { x: box.x + box.width / 2, y: box.y - 5 };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height + 5 };
  }
}

const ends = (from: Box, fromSide: HandleSide, to: Box, toSide: HandleSide): EdgeEnds => ({
  source: handle(from, fromSide),
  sourceSide: fromSide,
  target: handle(to, toSide),
  targetSide: toSide,
});

const nearOf = (boxes: readonly Box[]) => {
  const index = BoxIndex.of(boxes);
  return (bounds: Box) => index.near(bounds);
};

/** The least distance between the route's segments and `box` (0 when it touches). */
function gap(points: readonly Point[], box: Box): number {
  let least = Infinity;
  for (let i = 1; i < points.length; i += 1) {
    const [p, q] = [points[i - 1]!, points[i]!];
    const dx = Math.max(box.x - Math.max(p.x, q.x), Math.min(p.x, q.x) - (box.x + box.width), 0);
    const dy = Math.max(box.y - Math.max(p.y, q.y), Math.min(p.y, q.y) - (box.y + box.height), 0);
    least = Math.min(least, Math.hypot(dx, dy));
  }
  return least;
}

const orthogonal = (points: readonly Point[]) =>
  points.slice(1).every((q, i) => q.x === points[i]!.x || q.y === points[i]!.y);

describe('routes round the nodes in the way', () => {
  const take = node(100, 200);
  const stock = node(400, 200);
  const bill = node(700, 200);

  it('keeps the plain route when no node is in its way', () => {
    const boxes = [take, bill, node(400, 500)];
    const e = ends(take, 'right', bill, 'left');
    expect(detourAround(e, nearOf(boxes))).toBeNull();
    expect(routeAround(e, nearOf(boxes))).toEqual(orthogonalPoints(e));
  });

  it('goes round a node between the ends, clear of it, keeping both stubs', () => {
    const e = ends(take, 'right', bill, 'left');
    expect(crossesBoxes(orthogonalPoints(e), [stock])).toBe(true);
    const route = routeAround(e, nearOf([take, stock, bill]));
    expect(route[0]).toEqual(e.source);
    expect(route.at(-1)).toEqual(e.target);
    expect(orthogonal(route)).toBe(true);
    // Out of the source to the right, into the target from its left.
    expect(route[1]!.y).toBe(e.source.y);
    expect(route[1]!.x).toBeGreaterThan(e.source.x);
    expect(route.at(-2)!.y).toBe(e.target.y);
    expect(route.at(-2)!.x).toBeLessThan(e.target.x);
    for (const box of [take, stock, bill]) expect(gap(route, box)).toBeGreaterThanOrEqual(5);
    // Round one side of "stock" with four turns, not a longer way.
    expect(route).toHaveLength(6);
  });

  it('goes round its own source when the target lies behind it', () => {
    const e = ends(stock, 'right', take, 'left');
    const route = routeAround(e, nearOf([take, stock]));
    expect(crossesBoxes(route, [take, stock])).toBe(false);
    expect(orthogonal(route)).toBe(true);
  });

  it('goes round a node closer to an end than its stub, by a shorter stub', () => {
    // 26 units between "left" and "centre": less than the 29 a stub ends at.
    const left = node(194, 200);
    const right = node(700, 200);
    const e = ends(left, 'right', right, 'left');
    const route = routeAround(e, nearOf([left, stock, right]));
    expect(crossesBoxes(route, [left, stock, right])).toBe(false);
    expect(orthogonal(route)).toBe(true);
    // A node dropped into a gap of 20 above and below, between two nodes one over the other.
    const top = node(400, 0);
    const middle = node(400, H + 20);
    const bottom = node(400, 2 * H + 40);
    const down = ends(top, 'bottom', bottom, 'top');
    const around = routeAround(down, nearOf([top, middle, bottom]));
    expect(crossesBoxes(around, [top, middle, bottom])).toBe(false);
    expect(orthogonal(around)).toBe(true);
  });

  it('keeps a connection in its lane whatever noise the canvas measures its handles with', () => {
    const e = ends(take, 'right', bill, 'left');
    const noisy = {
      ...e,
      source: { x: e.source.x + 1e-9, y: e.source.y - 1e-9 },
      target: { x: e.target.x - 1e-9, y: e.target.y + 1e-9 },
    };
    const route = routeAround(e, nearOf([take, stock, bill]));
    const again = routeAround(noisy, nearOf([take, stock, bill]));
    expect(again.map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual(
      route.map((p) => [Math.round(p.x), Math.round(p.y)]),
    );
  });

  it('takes the same way round, above or below, for ends the canvas measured with noise', () => {
    // A row of four 160 x 60 nodes: round the two middle ones above or below costs the same.
    const row = [0, 1, 2, 3].map((i) => ({ x: 40 + i * 240, y: 200, width: 160, height: 60 }));
    const others = [
      { x: 280, y: 40, width: 160, height: 60 },
      { x: 520, y: 380, width: 160, height: 60 },
      { x: 280, y: 380, width: 160, height: 60 },
    ];
    const near = nearOf([...row, ...others]);
    const exact = {
      source: { x: 205, y: 230 },
      sourceSide: 'right',
      target: { x: 755, y: 230 },
      targetSide: 'left',
    } as const;
    // As the canvas measured them at 88 %.
    const measured = {
      ...exact,
      source: { x: 204.99999306418678, y: 230 },
      target: { x: 755.0000416148793, y: 230 },
    };
    expect(routeAround(measured, near)).toEqual(routeAround(exact, near));
  });

  it('keeps the plain route when the nodes leave no way through', () => {
    // "bill" walled in by four nodes that overlap at the corners.
    const walls = [
      { x: 600, y: 100, width: 380, height: 40 },
      { x: 600, y: 330, width: 380, height: 40 },
      { x: 600, y: 100, width: 40, height: 270 },
      { x: 940, y: 100, width: 40, height: 270 },
    ];
    const e = ends(take, 'right', bill, 'left');
    expect(detourAround(e, nearOf([take, bill, ...walls]))).toBeNull();
    expect(routeAround(e, nearOf([take, bill, ...walls]))).toEqual(orthogonalPoints(e));
  });

  it('finds a clear route for every connection it reroutes among scattered nodes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const boxes: Box[] = [];
    while (boxes.length < 120) {
      const box = node(Math.round(random() * 3000), Math.round(random() * 2000));
      const near = (o: Box) =>
        box.x < o.x + o.width + 40 &&
        o.x < box.x + box.width + 40 &&
        box.y < o.y + o.height + 40 &&
        o.y < box.y + box.height + 40;
      if (!boxes.some(near)) boxes.push(box);
    }
    const near = nearOf(boxes);
    const sides: HandleSide[] = ['left', 'right', 'top', 'bottom'];
    let rerouted = 0;
    for (let i = 0; i < 300; i += 1) {
      const from = boxes[Math.floor(random() * boxes.length)]!;
      const to = boxes[Math.floor(random() * boxes.length)]!;
      if (from === to) continue;
      const e = ends(from, sides[i % 4]!, to, sides[Math.floor(i / 4) % 4]!);
      const detour = detourAround(e, near);
      if (!detour) continue;
      rerouted += 1;
      expect(crossesBoxes(detour, boxes)).toBe(false);
      expect(orthogonal(detour)).toBe(true);
      expect([detour[0], detour.at(-1)]).toEqual([e.source, e.target]);
    }
    // Most of these long connections cross some node: the search had work to do.
    expect(rerouted).toBeGreaterThan(150);
  });
});

describe('an exported diagram routes its connections as the canvas does', () => {
  it('draws a connection round a node between its ends', () => {
    const box = (id: string, x: number) => ({
      id,
      kind: 'box',
      label: id,
      x,
      y: 200,
      width: W,
      height: H,
    });
    const diagram = {
      format: 'etom-studio/diagram',
      schemaVersion: 1,
      id: 'flow',
      name: 'Flow',
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: [box('take', 100), box('stock', 400), box('bill', 700)],
      edges: [{ id: 'e-1', kind: 'flow', source: 'take', target: 'bill' }],
    };
    const svg = renderDiagramSvg(diagram as never, {
      framework: () => undefined,
      process: () => undefined,
    });
    const d = /<path d="(M [^"]+)" fill="none"/.exec(svg)?.[1];
    expect(d).toBeDefined();
    // Every corner and end of the path stays out of "stock" (400..580 by 200..272).
    const numbers = d!.match(/-?[\d.]+/g)!.map(Number);
    const points = numbers.flatMap((v, i) => (i % 2 === 0 ? [{ x: v, y: numbers[i + 1]! }] : []));
    expect(points.length).toBeGreaterThan(4);
    const stock = { x: 400, y: 200, width: W, height: H };
    expect(points.some((p) => p.y < stock.y || p.y > stock.y + stock.height)).toBe(true);
    expect(crossesBoxes(points, [stock])).toBe(false);
  });
});
