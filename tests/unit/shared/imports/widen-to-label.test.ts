import { describe, expect, it } from 'vitest';
import { TALLEST, WIDEST, widenToLabels } from '../../../../shared/imports/widen-to-label';
import type { DiagramNode } from '../../../../shared/model/diagram-schema';
import type { NodeId, ProcessId } from '../../../../shared/model/ids';
import { heightToShowAll } from '../../../../shared/render/node-text';

const box = (id: string, label: string, x: number, y: number, width = 60, height = 36) =>
  ({ id: id as NodeId, kind: 'box', label, x, y, width, height, z: 1 }) as DiagramNode;

const centre = (n: DiagramNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
const showsAll = (n: DiagramNode) =>
  n.kind === 'box' && heightToShowAll('box', n.label, n.width, 0) <= n.height;

describe('widenToLabels', () => {
  it('grows a small box about its centre until its label shows: one line, then two', () => {
    const start = box('a', 'Start event', 0, 0);
    const gateway = box('b', 'Event based gateway', 0, 400, 50, 50);
    expect([showsAll(start), showsAll(gateway)]).toEqual([false, false]);
    const before = [centre(start), centre(gateway)];
    widenToLabels([start, gateway]);
    expect(start).toMatchObject({ height: 36 });
    expect(start.width).toBeGreaterThan(60);
    expect(gateway.height).toBe(TALLEST);
    expect(gateway.width).toBeLessThanOrEqual(WIDEST);
    expect([showsAll(start), showsAll(gateway)]).toEqual([true, true]);
    expect([centre(start), centre(gateway)]).toEqual(before);
  });

  it('never comes nearer to a neighbour than 14 units, nor nearer than the file put it', () => {
    const process = (id: string, x: number) =>
      ({
        id: id as NodeId,
        kind: 'process',
        processId: 'x' as ProcessId,
        x,
        y: -20,
        width: 100,
        height: 80,
        z: 1,
      }) as DiagramNode;
    // 30 units of room on the right: grows to keep 14 of them.
    const roomy = box('a', 'Receive the signed contract', 0, 0);
    const right = process('p', 90);
    // 10 units on the right, fewer than 14: never nearer, so it only grows taller.
    const tight = box('b', 'Receive the signed contract', 0, 300);
    const close = process('q', 70);
    close.y = 280;
    const done = box('c', 'Done', 0, 600);
    widenToLabels([roomy, right, tight, close, done]);
    expect(roomy.width).toBeGreaterThan(60);
    expect(right.x - (roomy.x + roomy.width)).toBeGreaterThanOrEqual(14);
    expect(tight).toMatchObject({ x: 0, width: 60, height: TALLEST });
    // A label that fits stays as it is.
    expect(done).toMatchObject({ x: 0, y: 600, width: 60, height: 36 });
  });

  it('keeps two boxes growing towards each other apart, across the index’s cells', () => {
    // The boxes' index buckets them in cells 400 units wide: the second box's neighbours must
    // be looked for as far as both may grow, or the first, already grown, is not among them.
    const long = 'Receive the signed contract back from the customer portal, then file it';
    const first = box('a', long, 339, 0);
    const second = box('b', long, 492, 0);
    widenToLabels([first, second]);
    expect(first.width).toBeGreaterThan(60);
    expect(second.x - (first.x + first.width)).toBeGreaterThanOrEqual(14);
  });

  it('grows inside the lane that holds it', () => {
    const lane = {
      id: 'l' as NodeId,
      kind: 'group',
      variant: 'lane',
      label: 'Operator',
      x: -100,
      y: -100,
      width: 600,
      height: 300,
      z: 0,
    } as DiagramNode;
    const event = {
      ...box('a', 'Order received', 100, 50),
      parentId: 'l' as NodeId,
    } as DiagramNode;
    widenToLabels([lane, event]);
    expect(showsAll(event)).toBe(true);
    expect(lane).toMatchObject({ x: -100, width: 600 });
  });
});
