import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { createHistory, execute, redo, undo } from '../../../../shared/commands/history';
import type { Invocation } from '../../../../shared/commands/types';
import type { DiagramEdge } from '../../../../shared/model/diagram-schema';
import { workspaceDocumentSchema } from '../../../../shared/model/document';
import type { EdgeId, MappingId, NodeId, ProcessId } from '../../../../shared/model/ids';
import { A, AB, B, C, CA, D1, deepFreeze, sampleDocument } from './fixture';

type Ends = Extract<Invocation, { name: 'edge.reconnect' }>['args']['ends'];
const reconnect = (id: EdgeId, ends: Ends): Invocation => ({
  name: 'edge.reconnect',
  args: { diagramId: D1, id, ends },
});
const edgeIn = (doc: ReturnType<typeof sampleDocument>, id: EdgeId) =>
  doc.diagrams[0]!.edges.find((e) => e.id === id);

describe('edge.reconnect', () => {
  it('moves the target end to another node and side; undo and redo are exact', () => {
    const start = createHistory(deepFreeze(sampleDocument()));
    const h = execute(
      start,
      reconnect(AB, { source: A, target: C, sourceHandle: 'bottom', targetHandle: 'top' }),
    );
    expect(edgeIn(h.document, AB)).toEqual({
      id: AB,
      kind: 'flow',
      source: A,
      target: C,
      sourceHandle: 'bottom',
      targetHandle: 'top',
      label: 'then',
    });
    expect(workspaceDocumentSchema.safeParse(h.document).success).toBe(true);
    const undone = undo(h, [D1]);
    expect(undone.document).toStrictEqual(start.document);
    // The restored edge has no handle keys at all, as it had none before.
    expect(Object.keys(edgeIn(undone.document, AB)!)).toEqual([
      'id',
      'kind',
      'source',
      'target',
      'label',
    ]);
    expect(redo(undone, [D1]).document).toStrictEqual(h.document);
  });

  it('moves the source end and keeps the label and kind', () => {
    const { document } = applyCommand(
      sampleDocument(),
      reconnect(CA, { source: B, target: A, sourceHandle: null, targetHandle: 'right' }),
    );
    expect(edgeIn(document, CA)).toMatchObject({ kind: 'association', source: B, target: A });
  });

  it.each<[string, EdgeId, Ends, RegExp]>([
    [
      'an unknown node',
      AB,
      { source: A, target: 'n-z' as NodeId, sourceHandle: null, targetHandle: null },
      /no node "n-z"/,
    ],
    [
      'a loop on one node',
      AB,
      { source: A, target: A, sourceHandle: 'left', targetHandle: 'right' },
      /two different nodes/,
    ],
    [
      'an unknown edge',
      'e-z' as EdgeId,
      { source: A, target: B, sourceHandle: null, targetHandle: null },
      /no edge "e-z"/,
    ],
  ])('refuses %s', (_title, id, ends, message) => {
    expect(() => applyCommand(deepFreeze(sampleDocument()), reconnect(id, ends))).toThrow(message);
  });

  it('keeps a mapping edge from a company process to a framework process', () => {
    const doc = sampleDocument();
    const P = 'n-p' as NodeId;
    const M = 'e-m' as EdgeId;
    const mapping: DiagramEdge = {
      id: M,
      kind: 'mapping',
      source: P,
      target: C,
      mappingId: 'm-1' as MappingId,
    };
    const d1 = doc.diagrams[0]!;
    const withMapping = {
      ...doc,
      diagrams: [
        {
          ...d1,
          nodes: [
            ...d1.nodes,
            {
              id: P,
              kind: 'process' as const,
              x: 0,
              y: 200,
              width: 100,
              height: 50,
              processId: 'p-1' as ProcessId,
            },
          ],
          edges: [...d1.edges, mapping],
        },
        ...doc.diagrams.slice(1),
      ],
    };
    const call = (ends: Ends) => applyCommand(withMapping, reconnect(M, ends));
    expect(() => call({ source: A, target: C, sourceHandle: null, targetHandle: null })).toThrow(
      /starts at a company process/,
    );
    expect(() => call({ source: P, target: B, sourceHandle: null, targetHandle: null })).toThrow(
      /ends at a framework process/,
    );
    const ok = call({ source: P, target: C, sourceHandle: 'top', targetHandle: 'bottom' });
    expect(workspaceDocumentSchema.safeParse(ok.document).success).toBe(true);
  });
});
