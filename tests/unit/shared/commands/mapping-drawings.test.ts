import { describe, expect, it } from 'vitest';
import {
  WORKSPACE_STACK,
  createHistory,
  execute,
  redo,
  transact,
  undo,
} from '../../../../shared/commands/history';
import { diagramsDrawing } from '../../../../shared/commands/mapping-drawings';
import { CommandError } from '../../../../shared/commands/types';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import type { DiagramEdge, DiagramNode } from '../../../../shared/model/diagram-schema';
import type { DiagramId, EdgeId, NodeId } from '../../../../shared/model/ids';
import { D1, D2, deepFreeze } from './fixture';
import { TAKE_EDGE, TAKE_MAPPING, mappedDocument } from './mapped-fixture';

const OTHER_EDGE = 'e-take-2' as EdgeId;
const OTHER_TAKE = 'n-take-2' as NodeId;

/** mappedDocument() with the same mapping drawn on the second diagram too. */
function drawnTwice(): WorkspaceDocument {
  const document = mappedDocument();
  const nodes: DiagramNode[] = [
    {
      id: OTHER_TAKE,
      kind: 'process',
      processId: 'p-take' as never,
      x: 0,
      y: 0,
      width: 120,
      height: 60,
    },
    {
      id: 'n-fw-2' as NodeId,
      kind: 'framework',
      pack: 'gb921-v25.5',
      processId: '1.3.3' as never,
      x: 0,
      y: 200,
      width: 120,
      height: 60,
    },
  ];
  const edge: DiagramEdge = {
    id: OTHER_EDGE,
    kind: 'mapping',
    source: OTHER_TAKE,
    target: 'n-fw-2' as NodeId,
    mappingId: TAKE_MAPPING,
  };
  return {
    ...document,
    diagrams: document.diagrams.map((d) => (d.id === D2 ? { ...d, nodes, edges: [edge] } : d)),
  };
}

const edgesOf = (document: WorkspaceDocument, id: DiagramId) =>
  document.diagrams.find((d) => d.id === id)?.edges.map((e) => e.id) ?? [];

describe('a deleted mapping takes its drawings on every diagram with it', () => {
  it('names the diagrams that draw a mapping, but the one asked from', () => {
    const document = drawnTwice();
    expect(diagramsDrawing(document, [TAKE_MAPPING])).toEqual(['Order to cash', 'Billing']);
    expect(diagramsDrawing(document, [TAKE_MAPPING], D1)).toEqual(['Billing']);
    expect(diagramsDrawing(mappedDocument(), [TAKE_MAPPING], D1)).toEqual([]);
  });

  it('from the mapping table (the workspace stack): one step, undone and redone whole', () => {
    const start = createHistory(deepFreeze(drawnTwice()));
    const gone = execute(start, { name: 'mapping.delete', args: { ids: [TAKE_MAPPING] } });
    expect(gone.document.mappings.mappings).toEqual([]);
    expect(edgesOf(gone.document, D1)).not.toContain(TAKE_EDGE);
    expect(edgesOf(gone.document, D2)).toEqual([]);
    const back = undo(gone, [WORKSPACE_STACK]);
    expect(back.document).toEqual(start.document);
    expect(redo(back, [WORKSPACE_STACK]).document).toEqual(gone.document);
  });

  it('from a diagram (its stack): the connection deleted there, the drawing on another too', () => {
    const start = createHistory(deepFreeze(drawnTwice()));
    // As the canvas runs it: the delete of the connection, then its mapping.
    const gone = transact(start, 'Delete', [
      { name: 'edge.delete', args: { diagramId: D1, ids: [TAKE_EDGE] } },
      {
        name: 'edge.deleteMapped',
        args: { diagramId: D1, edgeIds: [], mappingIds: [TAKE_MAPPING] },
      },
    ]);
    expect(edgesOf(gone.document, D1)).not.toContain(TAKE_EDGE);
    expect(edgesOf(gone.document, D2)).toEqual([]);
    expect(gone.document.mappings.mappings).toEqual([]);
    const back = undo(gone, [D1]);
    expect(back.document).toEqual(start.document);
    expect(redo(back, [D1]).document).toEqual(gone.document);
  });

  it('refuses to put a drawing back once its ends are gone, and stays undoable later', () => {
    const start = createHistory(deepFreeze(drawnTwice()));
    const gone = execute(start, { name: 'mapping.delete', args: { ids: [TAKE_MAPPING] } });
    // Meanwhile the second diagram loses the company process node the drawing started from.
    const edited = execute(gone, {
      name: 'element.delete',
      args: { diagramId: D2, ids: [OTHER_TAKE] },
    });
    expect(() => undo(edited, [WORKSPACE_STACK])).toThrow(CommandError);
    expect(() => undo(edited, [WORKSPACE_STACK])).toThrow(/lost its ends/);
    // Once the node is back, the mapping and both drawings come back.
    const nodeBack = undo(edited, [D2]);
    expect(undo(nodeBack, [WORKSPACE_STACK]).document).toEqual(start.document);
  });
});
