import { describe, expect, it } from 'vitest';
import type { DiagramFile } from '../../../../shared/model/diagram-schema';
import type { NodeId } from '../../../../shared/model/ids';
import {
  deleteCommands,
  nudgeMoves,
  renamableNode,
  singleEdge,
} from '../../../../renderer/actions/selection-commands';
import { EMPTY_SELECTION, selectionOf } from '../../../../renderer/state/selection';
import { A, AB, B, BC, C, CA, D1, sampleDocument } from '../../shared/commands/fixture';

const diagram = sampleDocument().diagrams[0]!;
/** No company processes. */
const NONE: { id: string }[] = [];

describe('deleteCommands', () => {
  it('deletes selected nodes, and only those selected edges not already going with them', () => {
    expect(deleteCommands(diagram, selectionOf([A], [AB, BC]))).toEqual([
      { name: 'element.delete', args: { diagramId: D1, ids: [A] } },
      { name: 'edge.delete', args: { diagramId: D1, ids: [BC] } },
    ]);
    expect(deleteCommands(diagram, selectionOf([], [CA]))).toEqual([
      { name: 'edge.delete', args: { diagramId: D1, ids: [CA] } },
    ]);
  });

  it('gives no command when nothing is selected', () => {
    expect(deleteCommands(diagram, EMPTY_SELECTION)).toEqual([]);
  });
});

describe('nudgeMoves', () => {
  it('moves the selected nodes only', () => {
    expect(nudgeMoves(diagram, selectionOf([A, C], [AB]), 10, -1)).toEqual([
      { id: A, x: 10, y: -1 },
      { id: C, x: 410, y: -1 },
    ]);
  });
});

describe('what one selected element allows', () => {
  it('renames a lone box or note in place, never a framework node or a group', () => {
    expect(renamableNode(diagram, selectionOf([A]), NONE)).toBe(A);
    expect(renamableNode(diagram, selectionOf([B]), NONE)).toBe(B);
    expect(renamableNode(diagram, selectionOf([C]), NONE)).toBeNull();
    expect(renamableNode(diagram, selectionOf([A, B]), NONE)).toBeNull();
    expect(renamableNode(diagram, selectionOf([A], [AB]), NONE)).toBeNull();
  });

  it("renames a company process's node in place while processes.json holds the process", () => {
    const P = 'n-process' as NodeId;
    const node = { id: P, kind: 'process', processId: 'p-1', x: 0, y: 0, width: 160, height: 60 };
    const withProcess = { ...diagram, nodes: [...diagram.nodes, node] } as DiagramFile;
    expect(renamableNode(withProcess, selectionOf([P]), [{ id: 'p-1' }])).toBe(P);
    expect(renamableNode(withProcess, selectionOf([P]), NONE)).toBeNull();
  });

  it('labels a lone connection', () => {
    expect(singleEdge(diagram, selectionOf([], [AB]))).toBe(AB);
    expect(singleEdge(diagram, selectionOf([A], [AB]))).toBeNull();
  });
});
