import { describe, expect, it } from 'vitest';
import { BoxIndex, type Box } from '../../../../shared/render/box-index';
import { renderDiagramSvg } from '../../../../shared/render/diagram-svg';

const touches = (a: Box, b: Box) =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

describe('the box index', () => {
  it('finds every box that touches a place, in the order given, small and huge alike', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const boxes: Box[] = Array.from({ length: 400 }, (_, i) => ({
      x: (random() - 0.5) * 20_000,
      y: (random() - 0.5) * 20_000,
      // One in twenty as large as a node may be (100,000 units): kept aside, not in cells.
      width: i % 20 === 0 ? 100_000 : 40 + random() * 300,
      height: i % 20 === 0 ? 100_000 : 40 + random() * 300,
    }));
    const index = BoxIndex.of(boxes);
    for (let q = 0; q < 200; q += 1) {
      const span = q % 10 === 0 ? 1e12 : random() * 3_000;
      const bounds = {
        x: (random() - 0.5) * 20_000,
        y: (random() - 0.5) * 20_000,
        width: span,
        height: span / 3,
      };
      const found = index.near(bounds);
      const touching = boxes.filter((box) => touches(box, bounds));
      // A superset of what touches, each box once, in the order given.
      expect(touching.every((box) => found.includes(box))).toBe(true);
      expect(new Set(found).size).toBe(found.length);
      expect(found).toEqual(boxes.filter((box) => found.includes(box)));
    }
  });

  it('exports a diagram of the largest nodes, 10^12 units apart, without walking their cells', () => {
    const node = (id: string, x: number, y: number) => ({
      id,
      kind: 'box',
      label: id,
      x,
      y,
      width: 100_000,
      height: 100_000,
    });
    const nodes = Array.from({ length: 200 }, (_, i) => node(`n${i}`, (i % 2) * 1e12, i * 1e9));
    const edges = nodes.slice(1).map((n, i) => ({
      id: `e${i}`,
      kind: 'flow',
      source: nodes[i]!.id,
      target: n.id,
      label: 'far',
    }));
    const diagram = {
      format: 'etom-studio/diagram',
      schemaVersion: 3,
      id: 'far',
      name: 'Far',
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes,
      edges,
    };
    const svg = renderDiagramSvg(diagram as never, {
      framework: () => undefined,
      process: () => undefined,
    });
    expect(svg.match(/<path d="M /g)?.length).toBeGreaterThanOrEqual(199);
  });
});
