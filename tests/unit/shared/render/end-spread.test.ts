import { describe, expect, it } from 'vitest';
import type { DiagramEdge, DiagramNode } from '../../../../shared/model/diagram-schema';
import type { EdgeId, NodeId } from '../../../../shared/model/ids';
import {
  END_SPACING,
  endShifts as shiftsByIndex,
  shiftAt,
  shiftedAlong,
} from '../../../../shared/render/end-spread';

const box = (id: string, x: number, y: number, width = 180, height = 64): DiagramNode => ({
  id: id as NodeId,
  kind: 'box',
  label: id,
  x,
  y,
  width,
  height,
});

const edge = (
  id: string,
  source: string,
  target: string,
  sides: Partial<Pick<DiagramEdge, 'sourceHandle' | 'targetHandle'>> = {},
): DiagramEdge => ({
  id: id as EdgeId,
  kind: 'mapping',
  source: source as NodeId,
  target: target as NodeId,
  ...sides,
});

const down = { sourceHandle: 'bottom', targetHandle: 'top' } as const;

/** Every edge's shift by its id (0 and 0 for one that keeps the middle of both sides). */
function endShifts(nodes: DiagramNode[], edges: DiagramEdge[]) {
  const shifts = shiftsByIndex(nodes, edges);
  return new Map(
    edges.map((e, i) => [e.id as string, shiftAt(shifts, i) ?? { source: 0, target: 0 }]),
  );
}

const still = { source: 0, target: 0 };

describe('endShifts: ends that share a side spread along it', () => {
  it('leaves an end alone on its side in the middle', () => {
    const nodes = [box('a', 0, 0), box('b', 300, 0)];
    expect(endShifts(nodes, [edge('e1', 'a', 'b')]).get('e1')).toEqual(still);
  });

  it('two mappings into the top of one process arrive side by side, in the order of their sources', () => {
    // The sample's fan-in: OTA-01 above, OTA-03 up and to the right, both into 1.3.3.10.
    const nodes = [box('ota-03', 440, 0), box('ota-01', 0, 0), box('fw', 0, 200)];
    const shifts = endShifts(nodes, [
      edge('z', 'ota-03', 'fw', down),
      edge('y', 'ota-01', 'fw', down),
    ]);
    // The left source takes the left slot, whatever the edges' order or ids. OTA-01 is right
    // above: its end, alone on its side, moves as far, so the line stays straight; OTA-03's
    // line has a bend anyway and leaves from the middle.
    expect(shifts.get('y')).toEqual({ source: -END_SPACING / 2, target: -END_SPACING / 2 });
    expect(shifts.get('z')).toEqual({ source: 0, target: END_SPACING / 2 });
  });

  it('moves no lone end whose connection is not straight: sides that do not face, or not in line', () => {
    const nodes = [box('a', 0, 0), box('b', 300, 0), box('fw', 0, 200)];
    const shifts = endShifts(nodes, [
      // a's bottom into fw's top, in line; but it leaves by a's right side, not facing.
      edge('side', 'a', 'fw', { sourceHandle: 'right', targetHandle: 'top' }),
      edge('b', 'b', 'fw', down),
    ]);
    expect(shifts.get('side')!.source).toBe(0);
    expect(shifts.get('b')!.source).toBe(0);
  });

  it('orders ends on a left or right side by height, and an outgoing end among incoming ones', () => {
    const nodes = [
      box('hub', 300, 100),
      box('up', 0, 0),
      box('low', 0, 300),
      box('next', 600, 120),
    ];
    const shifts = endShifts(nodes, [
      edge('in-low', 'low', 'hub', { targetHandle: 'left' }),
      edge('in-up', 'up', 'hub', { targetHandle: 'left' }),
      edge('out', 'hub', 'next', { sourceHandle: 'left', targetHandle: 'left' }),
    ]);
    // On hub's left: up (y 32), next (y 152), low (y 332), top to bottom; three ends on a
    // 64-unit side are a quarter of it apart.
    expect(shifts.get('in-up')!.target).toBe(-16);
    expect(shifts.get('out')!.source).toBe(0);
    expect(shifts.get('in-low')!.target).toBe(16);
  });

  it('keeps every end on a short side: closer together than END_SPACING, within the side', () => {
    const nodes = [
      box('small', 300, 0, 180, 40),
      ...[0, 1, 2, 3, 4].map((i) => box(`s${i}`, 0, i * 80)),
    ];
    const edges = [0, 1, 2, 3, 4].map((i) =>
      edge(`e${i}`, `s${i}`, 'small', { targetHandle: 'left' }),
    );
    const shifts = [...endShifts(nodes, edges).values()].map((s) => s.target);
    expect(shifts).toHaveLength(5);
    const spacing = 40 / 6;
    expect(Math.max(...shifts) - Math.min(...shifts)).toBeCloseTo(4 * spacing);
    for (const shift of shifts) expect(Math.abs(shift)).toBeLessThan(20);
  });

  it('skips an edge whose end is missing from the nodes', () => {
    const nodes = [box('a', 0, 0)];
    const shifts = endShifts(nodes, [edge('e1', 'a', 'gone'), edge('e2', 'a', 'gone')]);
    expect([...shifts.values()]).toEqual([still, still]);
  });
});

describe('shiftedAlong', () => {
  it('moves along x on the top and bottom, along y on the left and right', () => {
    expect(shiftedAlong({ x: 10, y: 20 }, 'top', 5)).toEqual({ x: 15, y: 20 });
    expect(shiftedAlong({ x: 10, y: 20 }, 'bottom', -5)).toEqual({ x: 5, y: 20 });
    expect(shiftedAlong({ x: 10, y: 20 }, 'left', 5)).toEqual({ x: 10, y: 25 });
    expect(shiftedAlong({ x: 10, y: 20 }, 'right', -5)).toEqual({ x: 10, y: 15 });
  });
});
