import { describe, expect, it } from 'vitest';
import { renderDiagramSvg } from '../../../../shared/render/diagram-svg';
import { edgePath } from '../../../../shared/render/edge-path';
import { labelClearOf, labelReach } from '../../../../shared/render/label-place';

const SIZE = { width: 80, height: 20 };
// A level connection from (0, 0) to (400, 0): its label's place is (200, 0).
const level = edgePath('straight', {
  source: { x: 0, y: 0 },
  sourceSide: 'right',
  target: { x: 400, y: 0 },
  targetSide: 'left',
});
const across = { x: 150, y: -40, width: 100, height: 80 };

const covers = (at: { x: number; y: number }, box: typeof across) =>
  at.x + SIZE.width / 2 > box.x &&
  at.x - SIZE.width / 2 < box.x + box.width &&
  at.y + SIZE.height / 2 > box.y &&
  at.y - SIZE.height / 2 < box.y + box.height;

describe('a connection label clear of the nodes', () => {
  it('stays in the middle of the longest segment when nothing is there', () => {
    expect(labelClearOf(level, 'straight', SIZE, [])).toEqual({ x: 200, y: 0 });
    const aside = { x: 150, y: 100, width: 100, height: 80 };
    expect(labelClearOf(level, 'straight', SIZE, [aside])).toEqual({ x: 200, y: 0 });
  });

  it('moves along the connection off a node lying across its middle', () => {
    const at = labelClearOf(level, 'straight', SIZE, [across]);
    expect(at.y).toBe(0);
    expect(covers(at, across)).toBe(false);
    // Three and seven tenths along still touch it: the first clear place is 15 hundredths along.
    expect(at.x).toBe(60);
  });

  it('tries the other segments of an orthogonal route, longest first', () => {
    const route = edgePath('orthogonal', {
      source: { x: 0, y: 0 },
      sourceSide: 'bottom',
      target: { x: 300, y: 300 },
      targetSide: 'top',
    });
    const blocked = [{ x: -100, y: -100, width: 600, height: 245 }];
    const at = labelClearOf(route, 'orthogonal', SIZE, blocked);
    expect(blocked.some((box) => covers(at, box))).toBe(false);
    expect(route.points.length).toBeGreaterThan(2);
  });

  it('keeps the middle when every place is covered, and a curve its own middle', () => {
    const everywhere = [{ x: -500, y: -500, width: 1000, height: 1000 }];
    expect(labelClearOf(level, 'straight', SIZE, everywhere)).toEqual(level.label);
    const curve = edgePath('curved', {
      source: { x: 0, y: 0 },
      sourceSide: 'right',
      target: { x: 400, y: 0 },
      targetSide: 'left',
    });
    expect(labelClearOf(curve, 'curved', SIZE, [across])).toEqual(curve.label);
  });

  it('reaches as far as a label can go along the route', () => {
    expect(labelReach(level, SIZE)).toEqual({ x: -40, y: -10, width: 480, height: 20 });
  });
});

describe('an exported diagram places its labels as the canvas does', () => {
  it('draws the label of a connection off a node lying beside it', () => {
    const node = (id: string, x: number, y: number) => ({
      id,
      kind: 'box',
      label: id,
      x,
      y,
      width: 180,
      height: 72,
    });
    const diagram = {
      format: 'etom-studio/diagram',
      schemaVersion: 1,
      id: 'flow',
      name: 'Flow',
      viewport: { x: 0, y: 0, zoom: 1 },
      // "stock" just right of the line (at x 190): a label centred on the line would cover it.
      nodes: [node('take', 100, 100), node('bill', 100, 500), node('stock', 200, 290)],
      edges: [
        {
          id: 'e-1',
          kind: 'flow',
          source: 'take',
          target: 'bill',
          sourceHandle: 'bottom',
          targetHandle: 'top',
          label: 'invoice run',
        },
      ],
    };
    const svg = renderDiagramSvg(diagram as never, {
      framework: () => undefined,
      process: () => undefined,
    });
    // The label's background (rx 3.5), just before its text.
    const found =
      /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="3.5"[^>]*\/><text[^>]*>invoice run</.exec(
        svg,
      );
    expect(found).not.toBeNull();
    const [x, y, width, height] = found!.slice(1).map(Number) as [number, number, number, number];
    const stock = { x: 200, y: 290, width: 180, height: 72 };
    const apart =
      y + height <= stock.y ||
      y >= stock.y + stock.height ||
      x + width <= stock.x ||
      x >= stock.x + stock.width;
    expect(apart).toBe(true);
  });
});
