import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/model/diagram-schema';
import type { EdgeId, FrameworkProcessId, NodeId } from '../../../../../shared/model/ids';
import { alignMoves, distributeMoves } from '../../../../../renderer/canvas/layout/align';
import { elkGraphOf, movesFromLayout } from '../../../../../renderer/canvas/layout/elk-graph';
import { etomMapMoves } from '../../../../../renderer/canvas/layout/etom-map-arrange';
import { zOrders } from '../../../../../renderer/canvas/layout/z-order';

function box(id: string, x: number, y: number, width = 100, height = 50, z?: number): DiagramNode {
  return {
    id: id as NodeId,
    kind: 'box',
    x,
    y,
    width,
    height,
    label: id,
    ...(z === undefined ? {} : { z }),
  };
}

function apart(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return (
    a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height
  );
}

function moved(nodes: DiagramNode[], moves: { id: NodeId; x: number; y: number }[]): DiagramNode[] {
  const by = new Map(moves.map((m) => [m.id, m]));
  return nodes.map((n) => ({ ...n, ...(by.get(n.id) ?? {}) }));
}

describe('align and distribute', () => {
  const nodes = [box('a', 0, 0, 100), box('b', 50, 100, 200), box('c', 400, 30, 60)];

  it('lines nodes up on each edge and centre of their bounding box', () => {
    expect(alignMoves(nodes, 'left')).toEqual([
      { id: 'b', x: 0, y: 100 },
      { id: 'c', x: 0, y: 30 },
    ]);
    const right = moved(nodes, alignMoves(nodes, 'right'));
    expect(right.map((n) => n.x + n.width)).toEqual([460, 460, 460]);
    const centre = moved(nodes, alignMoves(nodes, 'centre'));
    expect(new Set(centre.map((n) => n.x + n.width / 2))).toEqual(new Set([230]));
    const bottom = moved(nodes, alignMoves(nodes, 'bottom'));
    expect(bottom.map((n) => n.y + n.height)).toEqual([150, 150, 150]);
    expect(alignMoves(nodes.slice(0, 1), 'top')).toEqual([]);
  });

  it('spreads nodes so the gaps between neighbours are equal, the outer ones staying', () => {
    const row = [box('a', 0, 0), box('b', 130, 0), box('c', 500, 0), box('d', 160, 0, 40)];
    const after = moved(row, distributeMoves(row, 'horizontal')).sort((p, q) => p.x - q.x);
    const gaps = after.slice(1).map((n, i) => n.x - (after[i]!.x + after[i]!.width));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
    expect(after[0]!.x).toBe(0);
    expect(after[3]!.x).toBe(500);
    expect(distributeMoves(row.slice(0, 2), 'vertical')).toEqual([]);
  });
});

describe('drawing order', () => {
  const nodes = [box('a', 0, 0, 10, 10, 1), box('b', 0, 0, 10, 10, 2), box('c', 0, 0, 10, 10, 3)];
  const order = (orders: { id: string; z: number | null }[]) => {
    const z = new Map(nodes.map((n) => [n.id as string, n.z ?? 0]));
    for (const o of orders) z.set(o.id, o.z ?? 0);
    return [...z.entries()].sort((p, q) => p[1] - q[1]).map(([id]) => id);
  };

  it('brings forward and sends backward one step, to front and to back all the way', () => {
    expect(order(zOrders(nodes, new Set(['a']), 'forward'))).toEqual(['b', 'a', 'c']);
    expect(order(zOrders(nodes, new Set(['c']), 'backward'))).toEqual(['a', 'c', 'b']);
    expect(order(zOrders(nodes, new Set(['a']), 'front'))).toEqual(['b', 'c', 'a']);
    expect(order(zOrders(nodes, new Set(['c']), 'back'))).toEqual(['c', 'a', 'b']);
    // To the front changes only the chosen node; already there, nothing.
    expect(zOrders(nodes, new Set(['a']), 'front')).toEqual([{ id: 'a', z: 4 }]);
    expect(zOrders(nodes, new Set(['c']), 'front')).toEqual([]);
    expect(zOrders(nodes, new Set(['c']), 'forward')).toEqual([]);
  });
});

describe('auto-layout with ELK', () => {
  it('lays out 60 nodes with no two overlapping, keeping the group where it was', async () => {
    // Everything piled at one spot, as a careless import would leave it.
    const nodes = Array.from({ length: 60 }, (_, i) =>
      box(`n${i}`, 500 + (i % 3), 300, 80 + (i % 4) * 20, 40 + (i % 3) * 15),
    );
    const edges: DiagramEdge[] = nodes.slice(1).map((n, i) => ({
      id: `e${i}` as EdgeId,
      kind: 'flow',
      source: nodes[Math.floor(i / 2)]!.id,
      target: n.id,
    }));
    const laidOut = await new ELK().layout(elkGraphOf(nodes, edges, 'right'));
    const after = moved(nodes, movesFromLayout(nodes, laidOut));
    for (let i = 0; i < after.length; i += 1) {
      for (let j = i + 1; j < after.length; j += 1) {
        expect(apart(after[i]!, after[j]!), `${after[i]!.id} / ${after[j]!.id}`).toBe(true);
      }
    }
    expect(Math.min(...after.map((n) => n.x))).toBe(500);
    expect(Math.min(...after.map((n) => n.y))).toBe(300);
    // Left to right: every flow's target is right of its source.
    const x = new Map(after.map((n) => [n.id as string, n.x]));
    for (const e of edges) expect(x.get(e.target)!).toBeGreaterThan(x.get(e.source)!);
  });

  it('top to bottom puts targets below their sources', async () => {
    const nodes = [box('a', 0, 0), box('b', 0, 0), box('c', 0, 0)];
    const edges: DiagramEdge[] = [
      { id: 'ab' as EdgeId, kind: 'flow', source: 'a' as NodeId, target: 'b' as NodeId },
      { id: 'bc' as EdgeId, kind: 'flow', source: 'b' as NodeId, target: 'c' as NodeId },
    ];
    const after = moved(
      nodes,
      movesFromLayout(nodes, await new ELK().layout(elkGraphOf(nodes, edges, 'down'))),
    );
    expect(after[0]!.y).toBeLessThan(after[1]!.y);
    expect(after[1]!.y).toBeLessThan(after[2]!.y);
  });
});

describe('arrange as eTOM map', () => {
  const fw = (id: string, processId: string): DiagramNode => ({
    id: id as NodeId,
    kind: 'framework',
    pack: 'gb921-v25.5',
    processId: processId as FrameworkProcessId,
    x: 0,
    y: 0,
    width: 200,
    height: 64,
  });

  it('places processes in their map cells: rows down, columns across, no overlaps', () => {
    // 1.1.1 (Strategy Management) and its L3 share a cell; 1.1.12 (Assurance) is further right.
    const nodes = [
      fw('a', '1.1.1'),
      fw('b', '1.1.1.1'),
      fw('c', '1.1.12'),
      fw('d', '1.1'),
      box('x', 5, 5),
    ];
    const after = moved(nodes, etomMapMoves(nodes));
    const at = new Map(after.map((n) => [n.id as string, n]));
    expect(at.get('a')!.x).toBe(at.get('b')!.x);
    expect(at.get('c')!.x).toBeGreaterThan(at.get('a')!.x);
    expect(at.get('d')!.x).toBeLessThan(at.get('a')!.x);
    expect(at.get('x')).toEqual(nodes[4]);
    const framework = after.filter((n) => n.kind === 'framework');
    for (let i = 0; i < framework.length; i += 1) {
      for (let j = i + 1; j < framework.length; j += 1) {
        expect(apart(framework[i]!, framework[j]!)).toBe(true);
      }
    }
  });
});
