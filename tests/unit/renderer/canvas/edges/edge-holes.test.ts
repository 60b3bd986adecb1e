import { describe, expect, it } from 'vitest';
import { holesPath, labelHole, routeBounds } from '../../../../../renderer/canvas/edges/edge-clip';
import {
  edgeHoles,
  nodeBoxesNear,
  type NodeSource,
} from '../../../../../renderer/canvas/edges/edge-holes';

type LookupNode = NodeSource['nodeLookup'] extends ReadonlyMap<string, infer N> ? N : never;

function lookupNode(x: number, y: number, width: number, height: number, type = 'box'): LookupNode {
  return { type, measured: { width, height }, internals: { positionAbsolute: { x, y } } };
}

/** A React Flow store's node list and lookup for a grid of `count` 150 x 50 nodes. */
function gridSource(
  count: number,
  columns: number,
): NodeSource & { lookup: Map<string, LookupNode> } {
  const lookup = new Map<string, LookupNode>();
  for (let i = 0; i < count; i += 1) {
    lookup.set(`n-${i}`, lookupNode((i % columns) * 200, Math.floor(i / columns) * 100, 150, 50));
  }
  return { nodes: [...lookup.keys()], nodeLookup: lookup, lookup };
}

/** The boxes every node of the lookup gives, as the edge used to collect them on each call. */
function everyBox(source: NodeSource) {
  return [...source.nodeLookup.values()]
    .filter((n) => n.type !== 'group' && !n.hidden)
    .map((n) => ({
      ...n.internals.positionAbsolute,
      width: n.measured.width ?? 0,
      height: n.measured.height ?? 0,
    }));
}

describe('edgeHoles', () => {
  it('gives the holes the whole node list gives, from the nodes near the route only', () => {
    const source = gridSource(2_000, 40);
    const cases = [
      { from: { x: 150, y: 25 }, to: { x: 200, y: 25 }, text: undefined },
      { from: { x: 1_350, y: 425 }, to: { x: 1_400, y: 925 }, text: 'approved' },
      { from: { x: 7_950, y: 4_925 }, to: { x: 10, y: 10 }, text: 'a long label that wraps twice' },
    ];
    for (const { from, to, text } of cases) {
      const label = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
      const bounds = routeBounds(from, to);
      const all = everyBox(source);
      const expected = holesPath(text ? [...all, labelHole(text, label)] : all, bounds);
      const holes = edgeHoles(source, from, to, text, label);
      // The same rectangles (the order of the path's pieces may differ).
      const pieces = (d: string) => d.split('M').filter(Boolean).sort();
      expect(pieces(holes)).toEqual(pieces(expected));
      expect(holes).not.toBe('');
    }
  });

  it('finds every node box that meets a rectangle, and leaves containers out', () => {
    const source = gridSource(500, 20);
    source.lookup.set('g', lookupNode(0, 0, 4_000, 2_500, 'group'));
    const bounds = { x: 530, y: 170, width: 900, height: 410 };
    const meets = (b: { x: number; y: number; width: number; height: number }) =>
      b.x < bounds.x + bounds.width &&
      bounds.x < b.x + b.width &&
      b.y < bounds.y + bounds.height &&
      bounds.y < b.y + b.height;
    const near = nodeBoxesNear(source, bounds);
    const byPlace = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      a.y - b.y || a.x - b.x;
    expect(near.filter(meets).sort(byPlace)).toEqual(everyBox(source).filter(meets).sort(byPlace));
    expect(near.filter(meets).length).toBe(24);
    expect(near.every((b) => b.width === 150)).toBe(true);
  });

  it('is worked out once per node list: a viewport change (same list) walks no node', () => {
    const source = gridSource(100, 10);
    const from = { x: 150, y: 25 };
    const to = { x: 200, y: 125 };
    const first = edgeHoles(source, from, to, undefined, { x: 175, y: 75 });
    // A pan changes the store's transform, not its node list; were the lookup walked again,
    // the node moved here behind the list's back would show in the holes.
    source.lookup.set('n-0', lookupNode(-900, -900, 150, 50));
    expect(edgeHoles(source, from, to, undefined, { x: 175, y: 75 })).toBe(first);
    // A new node list (a node moved, as React Flow reports it) is looked at afresh.
    const moved = { ...source, nodes: [...source.nodes] };
    expect(edgeHoles(moved, from, to, undefined, { x: 175, y: 75 })).not.toBe(first);
  });
});
