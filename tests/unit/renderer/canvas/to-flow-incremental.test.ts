import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import {
  HANDLE_SIZE,
  inDrawingOrder,
  processNamesOf,
  toFlowNodes,
} from '../../../../renderer/canvas/to-flow';
import { buildDocument } from '../../../fixtures/workspace-builder';
import type { DiagramFile } from '../../../../shared/model/diagram-schema';

const noNames = () => undefined;

function bigDocument() {
  const document = buildDocument({ diagrams: 1, nodesPerDiagram: 5_000 });
  return { document, diagram: document.diagrams[0] as DiagramFile };
}

/** The diagram with node `index` moved by (dx, dy), as element.move leaves it. */
function moved(diagram: DiagramFile, index: number, dx: number, dy: number): DiagramFile {
  return {
    ...diagram,
    nodes: diagram.nodes.map((n, i) => (i === index ? { ...n, x: n.x + dx, y: n.y + dy } : n)),
  };
}

describe('toFlowNodes, incrementally', () => {
  it('keeps every unchanged node of 5,000 as the same object when one node moves', () => {
    const { document, diagram } = bigDocument();
    const selected = new Set<string>();
    const before = toFlowNodes(diagram, document, selected, noNames);
    const after = toFlowNodes(moved(diagram, 1234, 40, 20), document, selected, noNames);
    const fresh = after.filter((node, i) => node !== before[i]);
    expect(fresh.map((n) => n.id)).toEqual(['n-1234']);
    expect(fresh[0]?.position).toEqual({ x: 12340 + 40, y: 6170 + 20 });
  });

  it('returns the very same list when neither the nodes, the selection nor the names changed', () => {
    const { document, diagram } = bigDocument();
    const selected = new Set<string>(['n-3']);
    const first = toFlowNodes(diagram, document, selected, noNames);
    expect(toFlowNodes({ ...diagram, name: 'Renamed' }, document, selected, noNames)).toBe(first);
    // A new selection makes a new list in which only the nodes whose selection changed are new.
    const other = toFlowNodes(diagram, document, new Set(['n-4']), noNames);
    expect(other).not.toBe(first);
    expect(other.filter((node, i) => node !== first[i]).map((n) => n.id)).toEqual(['n-3', 'n-4']);
  });

  it('gives every node its size as measured and its handles, so React Flow culls at once', () => {
    const { document, diagram } = bigDocument();
    const [node] = toFlowNodes(diagram, document, new Set(), noNames);
    expect(node?.measured).toEqual({ width: 160, height: 60 });
    // One source handle per side, named by its side (nodes/node-handles.tsx; loose connections).
    const half = HANDLE_SIZE / 2;
    const handle = (id: string, position: Position, x: number, y: number) => ({
      id,
      type: 'source',
      position,
      x,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    });
    expect(node?.handles).toEqual([
      handle('top', Position.Top, 80 - half, -half),
      handle('right', Position.Right, 160 - half, 30 - half),
      handle('bottom', Position.Bottom, 80 - half, 60 - half),
      handle('left', Position.Left, -half, 30 - half),
    ]);
  });
});

describe('inDrawingOrder', () => {
  it('returns a list already in drawing order as it is, and sorts a copy of any other', () => {
    const { diagram } = bigDocument();
    const ordered = inDrawingOrder(diagram.nodes);
    const reversed = [...ordered].reverse();
    expect(inDrawingOrder(ordered)).toBe(ordered);
    const sorted = inDrawingOrder(reversed);
    expect(sorted).not.toBe(reversed);
    expect(sorted).toEqual(ordered);
  });
});

describe('processNamesOf', () => {
  it('builds the lookup once per processes file', () => {
    const document = buildDocument({ processes: 5 });
    const names = processNamesOf(document);
    expect(processNamesOf({ ...document, diagrams: [] })).toBe(names);
    expect(names('p-2')?.name).toBe('Process 2');
    expect(processNamesOf({ ...document, processes: { ...document.processes } })).not.toBe(names);
  });
});
