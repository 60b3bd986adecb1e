import { describe, expect, it } from 'vitest';
import { connectionsFor } from '../../../../renderer/actions/connect-selection';
import type { DiagramFile } from '../../../../shared/model/diagram-schema';
import type { NodeId } from '../../../../shared/model/ids';
import { A, B, C, sampleDocument } from '../../shared/commands/fixture';

const diagram = sampleDocument().diagrams[0]!;
// The same nodes with no connections yet, and a lane and a box below the framework node.
const LANE = 'n-lane' as NodeId;
const BELOW = 'n-below' as NodeId;
const bare: DiagramFile = {
  ...diagram,
  edges: [],
  nodes: [
    ...diagram.nodes,
    {
      id: LANE,
      kind: 'group',
      variant: 'lane',
      label: 'Lane',
      x: 0,
      y: 300,
      width: 600,
      height: 120,
    },
    { id: BELOW, kind: 'box', x: 400, y: 200, width: 100, height: 50, label: 'Below' },
  ],
};

const summary = (order: NodeId[], on: DiagramFile = bare) =>
  connectionsFor(on, order).map(
    (e) => `${e.kind} ${e.source}:${e.sourceHandle} -> ${e.target}:${e.targetHandle}`,
  );

describe('connectionsFor', () => {
  it('chains the selected nodes in the order they were selected, on the facing sides', () => {
    expect(summary([C, BELOW, A])).toEqual([
      `flow ${C}:bottom -> ${BELOW}:top`,
      `flow ${BELOW}:left -> ${A}:right`,
    ]);
  });

  it('joins a note or free text by an association, anything else by a flow', () => {
    expect(summary([B, C])).toEqual([`association ${B}:right -> ${C}:left`]);
  });

  it('skips groups and lanes, and pairs already joined in that direction', () => {
    expect(summary([A, LANE, BELOW])).toEqual([`flow ${A}:right -> ${BELOW}:left`]);
    // The sample diagram has A→B and B→C; C→B is another direction.
    expect(summary([A, B, C], diagram)).toEqual([]);
    expect(summary([C, B], diagram)).toEqual([`association ${C}:left -> ${B}:right`]);
  });

  it('gives fresh ids and nothing for fewer than two nodes', () => {
    const [first, second] = connectionsFor(bare, [A, B, C]);
    expect(first?.id).not.toBe(second?.id);
    expect(connectionsFor(bare, [A])).toEqual([]);
    expect(connectionsFor(bare, [])).toEqual([]);
  });
});
