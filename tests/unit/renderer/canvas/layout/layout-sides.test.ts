import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { applyCommand } from '../../../../../shared/commands/catalogue';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/model/diagram-schema';
import type { DiagramId, EdgeId, NodeId } from '../../../../../shared/model/ids';
import { elkGraphOf, movesFromLayout } from '../../../../../renderer/canvas/layout/elk-graph';
import { layoutReconnects } from '../../../../../renderer/canvas/layout/layout-sides';
import { buildDocument } from '../../../../fixtures/workspace-builder';

const box = (id: string, x: number, y: number): DiagramNode => ({
  id: id as NodeId,
  kind: 'box',
  x,
  y,
  width: 100,
  height: 50,
  label: id,
});

const flow = (id: string, source: string, target: string): DiagramEdge => ({
  id: id as EdgeId,
  kind: 'flow',
  source: source as NodeId,
  target: target as NodeId,
  sourceHandle: 'bottom',
  targetHandle: 'top',
});

// A chain drawn top to bottom, its connections from bottom to top.
const nodes = [box('a', 0, 0), box('b', 0, 150), box('c', 0, 300)];
const edges = [flow('ab', 'a', 'b'), flow('bc', 'b', 'c')];

describe('the sides of connections after an auto-layout', () => {
  it('laid out to the right: every connection from the right side to the left one', async () => {
    const laidOut = await new ELK().layout(elkGraphOf(nodes, edges, 'right'));
    const moves = movesFromLayout(nodes, laidOut);
    const changes = layoutReconnects('d' as DiagramId, nodes, edges, moves, 'right');
    expect(changes.map((c) => c.args)).toEqual([
      {
        diagramId: 'd',
        id: 'ab',
        ends: { source: 'a', target: 'b', sourceHandle: 'right', targetHandle: 'left' },
      },
      {
        diagramId: 'd',
        id: 'bc',
        ends: { source: 'b', target: 'c', sourceHandle: 'right', targetHandle: 'left' },
      },
    ]);
  });

  it('changes nothing that already faces along the layout; a connection running back turns round', () => {
    const down = layoutReconnects('d' as DiagramId, nodes, edges, [], 'down');
    expect(down).toEqual([]);
    const back = layoutReconnects('d' as DiagramId, nodes, [flow('ca', 'c', 'a')], [], 'down');
    expect(back[0]?.args).toMatchObject({ ends: { sourceHandle: 'top', targetHandle: 'bottom' } });
  });

  it('leaves alone connections with an end outside the laid-out nodes', () => {
    const outside = [flow('ax', 'a', 'x')];
    expect(layoutReconnects('d' as DiagramId, nodes, outside, [], 'right')).toEqual([]);
  });

  it('gives reconnects the commands take, as one step with the moves', async () => {
    const document = buildDocument({ diagrams: 1, nodesPerDiagram: 0 });
    const diagram = { ...document.diagrams[0]!, nodes, edges };
    const start = { ...document, diagrams: [diagram] };
    const laidOut = await new ELK().layout(elkGraphOf(nodes, edges, 'right'));
    const moves = movesFromLayout(nodes, laidOut);
    let current = applyCommand(start, {
      name: 'element.move',
      args: { diagramId: diagram.id, moves },
    }).document;
    for (const change of layoutReconnects(diagram.id, nodes, edges, moves, 'right')) {
      current = applyCommand(current, change).document;
    }
    const after = current.diagrams[0]!.edges;
    expect(after.every((e) => e.sourceHandle === 'right' && e.targetHandle === 'left')).toBe(true);
  });
});
