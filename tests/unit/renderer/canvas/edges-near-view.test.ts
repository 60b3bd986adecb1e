import { describe, expect, it } from 'vitest';
import {
  REGION_MARGIN,
  boxesOf,
  edgesNear,
  regionAround,
  regionServes,
  sameEdges,
} from '../../../../renderer/canvas/edges-near-view';

const box = (id: string, x: number, y: number) => ({
  id,
  position: { x, y },
  width: 100,
  height: 50,
});

const edge = (source: string, target: string, selected = false) => ({
  id: `${source}>${target}`,
  source,
  target,
  selected,
});

/** The region of these tests: flow x 0 to 1,000 and y 0 to 1,000. */
const REGION = { left: 0, top: 0, right: 1_000, bottom: 1_000 };

describe('the connections a large diagram hands React Flow', () => {
  const nodes = [
    box('in', 100, 100),
    box('also-in', 500, 500),
    box('far-left', -5_000, 200),
    box('far-right', 6_000, 300),
    box('far-below', 200, 9_000),
    box('far-corner', -5_000, 8_000),
    box('edge-of-view', 1_000, 990),
  ];

  it('keeps those whose ends reach into the region, and those that cross it with both ends outside', () => {
    const edges = [
      edge('in', 'also-in'),
      edge('in', 'far-right'),
      // Both ends outside, on either side: its line crosses the region.
      edge('far-left', 'far-right'),
      // Both ends outside, below and to the left: nowhere near it.
      edge('far-below', 'far-corner'),
      // A node touching the region's corner counts.
      edge('edge-of-view', 'far-below'),
    ];
    expect(edgesNear(boxesOf(nodes), edges, REGION).map((e) => e.id)).toEqual([
      'in>also-in',
      'in>far-right',
      'far-left>far-right',
      'edge-of-view>far-below',
    ]);
  });

  it('keeps a selected connection wherever it is, and leaves out one whose end is not on the canvas', () => {
    const edges = [edge('far-below', 'far-left', true), edge('in', 'not-revealed-yet')];
    expect(edgesNear(boxesOf(nodes), edges, REGION).map((e) => e.id)).toEqual([
      'far-below>far-left',
    ]);
  });

  it('tells when a new pass holds the same connections, which the canvas then keeps as they were', () => {
    const edges = [edge('in', 'also-in'), edge('far-below', 'far-corner')];
    const first = edgesNear(boxesOf(nodes), edges, REGION);
    expect(first.map((e) => e.id)).toEqual(['in>also-in']);
    // Another pass, with a node far away moved: the same connections.
    const moved = nodes.map((n) => (n.id === 'far-corner' ? box('far-corner', -6_000, 8_500) : n));
    expect(sameEdges(edgesNear(boxesOf(moved), edges, REGION), first)).toBe(true);
    // A node moved into the region brings its connection along.
    const into = nodes.map((n) => (n.id === 'far-below' ? box('far-below', 300, 300) : n));
    const second = edgesNear(boxesOf(into), edges, REGION);
    expect(sameEdges(second, first)).toBe(false);
    expect(second.map((e) => e.id)).toEqual(['in>also-in', 'far-below>far-corner']);
    // The same objects are what counts, not equal ones.
    expect(sameEdges([edge('in', 'also-in')], [edge('in', 'also-in')])).toBe(false);
  });
});

describe('the region around the view', () => {
  const view = { left: 1_000, top: 500, right: 3_000, bottom: 1_500 };

  it('is the view grown by half its size on every side', () => {
    expect(REGION_MARGIN).toBe(0.5);
    expect(regionAround(view)).toEqual({ left: 0, top: 0, right: 4_000, bottom: 2_000 });
  });

  it('serves while the view stays inside it, and is made again once it leaves or is zoomed far into', () => {
    const region = regionAround(view);
    expect(regionServes(region, view)).toBe(true);
    // Panned by less than the margin: still served.
    expect(regionServes(region, { left: 1_900, top: 900, right: 3_900, bottom: 1_900 })).toBe(true);
    // Panned past it, or zoomed out beyond it.
    expect(regionServes(region, { left: 2_500, top: 500, right: 4_500, bottom: 1_500 })).toBe(
      false,
    );
    expect(regionServes(region, { left: -100, top: -100, right: 4_100, bottom: 2_100 })).toBe(
      false,
    );
    // Zoomed in to half the view's width: served; to a quarter, the region would hand React
    // Flow many times what the view can show.
    expect(regionServes(region, { left: 1_500, top: 750, right: 2_500, bottom: 1_250 })).toBe(true);
    expect(regionServes(region, { left: 1_800, top: 900, right: 2_300, bottom: 1_150 })).toBe(
      false,
    );
  });
});
