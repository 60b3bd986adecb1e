import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { CommandError, type Invocation } from '../../../../shared/commands/types';
import { copyElements } from '../../../../shared/clipboard/copy-elements';
import { planPaste } from '../../../../shared/clipboard/paste-plan';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../../../shared/model/document';
import type { NodeId } from '../../../../shared/model/ids';
import {
  alignMoves,
  distributeMoves,
  type AlignEdge,
} from '../../../../renderer/canvas/layout/align';
import { zOrders, type ZMove } from '../../../../renderer/canvas/layout/z-order';
import { A, B, C, D1, deepFreeze, sampleDocument } from './fixture';

function apply(document: WorkspaceDocument, invocation: Invocation) {
  return applyCommand(document, invocation);
}

function d1(document: WorkspaceDocument) {
  return document.diagrams.find((d) => d.id === D1)!;
}

describe('element.reorder', () => {
  it('sets drawing orders and its inverse gives back exactly what was, absent z included', () => {
    const before = deepFreeze(sampleDocument());
    const { document, inverse } = apply(before, {
      name: 'element.reorder',
      args: {
        diagramId: D1,
        orders: [
          { id: A, z: 7 },
          { id: B, z: -2 },
        ],
      },
    });
    expect(d1(document).nodes.map((n) => n.z)).toEqual([7, -2, undefined]);
    const back = apply(document, inverse).document;
    expect(back).toEqual(before);
    expect('z' in d1(back).nodes[0]!).toBe(false);
  });

  it('refuses an unknown node or an order out of range', () => {
    const doc = sampleDocument();
    const bad = (orders: { id: NodeId; z: number | null }[]) => () =>
      apply(doc, { name: 'element.reorder', args: { diagramId: D1, orders } });
    expect(bad([{ id: 'nope' as NodeId, z: 1 }])).toThrow(CommandError);
    expect(bad([{ id: A, z: 1.5 }])).toThrow(/out of range/);
    expect(bad([{ id: A, z: 2e9 }])).toThrow(/out of range/);
  });
});

describe('element.lock', () => {
  it('locks and unlocks; the inverse touches only the nodes it changed', () => {
    const before = deepFreeze(sampleDocument());
    const locked = apply(before, {
      name: 'element.lock',
      args: { diagramId: D1, ids: [A, B], locked: true },
    });
    expect(d1(locked.document).nodes.map((n) => n.locked)).toEqual([true, true, undefined]);
    expect(apply(locked.document, locked.inverse).document).toEqual(before);
    const again = apply(locked.document, {
      name: 'element.lock',
      args: { diagramId: D1, ids: [A, C], locked: true },
    });
    expect(again.inverse).toEqual({
      name: 'element.lock',
      args: { diagramId: D1, ids: [C], locked: false },
    });
    expect(apply(again.document, again.inverse).document).toEqual(locked.document);
    // Unlocking removes the field: the file reads as it did before the lock.
    const unlocked = apply(locked.document, {
      name: 'element.lock',
      args: { diagramId: D1, ids: [A, B], locked: false },
    });
    expect(unlocked.document).toEqual(before);
  });
});

describe('element.insert', () => {
  const box = (id: string, x = 0) => ({
    id: id as NodeId,
    kind: 'box' as const,
    x,
    y: 0,
    width: 10,
    height: 10,
    label: id,
  });

  it('adds nodes and edges in one step; its inverse removes them all', () => {
    const before = deepFreeze(sampleDocument());
    const { document, inverse } = apply(before, {
      name: 'element.insert',
      args: {
        diagramId: D1,
        nodes: [box('p1'), box('p2')],
        edges: [
          { id: 'pe' as never, kind: 'flow', source: 'p1' as NodeId, target: 'p2' as NodeId },
          { id: 'pa' as never, kind: 'flow', source: A, target: 'p1' as NodeId },
        ],
      },
    });
    expect(d1(document).nodes).toHaveLength(5);
    expect(d1(document).edges).toHaveLength(5);
    expect(workspaceDocumentSchema.safeParse(document).success).toBe(true);
    expect(apply(document, inverse).document).toEqual(before);
  });

  it('refuses taken ids, dangling ends, edges that touch no inserted node, and nothing', () => {
    const doc = sampleDocument();
    const insert =
      (args: Omit<Extract<Invocation, { name: 'element.insert' }>['args'], 'diagramId'>) => () =>
        apply(doc, { name: 'element.insert', args: { diagramId: D1, ...args } });
    expect(insert({ nodes: [box(A)], edges: [] })).toThrow(/already exists/);
    expect(insert({ nodes: [], edges: [] })).toThrow(/nothing/);
    expect(
      insert({
        nodes: [box('p1')],
        edges: [{ id: 'x' as never, kind: 'flow', source: 'p1' as NodeId, target: 'zz' as NodeId }],
      }),
    ).toThrow(/no node "zz"/);
    expect(
      insert({
        nodes: [box('p1')],
        edges: [{ id: 'x' as never, kind: 'flow', source: A, target: B }],
      }),
    ).toThrow(/touches no inserted node/);
  });
});

/** A random editing intent, made into a command that fits the document at that moment. */
const intent = fc.record({
  kind: fc.nat(5),
  pick: fc.array(fc.nat(50), { minLength: 1, maxLength: 4 }),
  n: fc.nat(20),
  dx: fc.integer({ min: -300, max: 300 }),
});
const EDGES: AlignEdge[] = ['left', 'centre', 'right', 'top', 'middle', 'bottom'];
const Z: ZMove[] = ['forward', 'backward', 'front', 'back'];
/** Ids the pastes give, never the same twice. */
let fresh = 0;

function toInvocation(
  doc: WorkspaceDocument,
  i: { kind: number; pick: number[]; n: number; dx: number },
): Invocation | null {
  const diagram = d1(doc);
  const ids = new Set(i.pick.map((p) => diagram.nodes[p % diagram.nodes.length]!.id as string));
  const chosen = diagram.nodes.filter((n) => ids.has(n.id));
  switch (i.kind) {
    case 0: {
      const clip = copyElements(doc, diagram, ids)!;
      const plan = planPaste(doc, diagram, clip, { dx: i.dx, dy: 24 }, (p) => {
        fresh += 1;
        return `${p}-pasted-${fresh}`;
      });
      return plan.invocation;
    }
    case 1:
      return {
        name: 'element.reorder',
        args: { diagramId: D1, orders: zOrders(diagram.nodes, ids, Z[i.n % 4]!) },
      };
    case 2:
      return {
        name: 'element.lock',
        args: { diagramId: D1, ids: [...ids] as NodeId[], locked: i.n % 2 === 0 },
      };
    case 3: {
      const moves = alignMoves(chosen, EDGES[i.n % 6]!);
      return moves.length > 0 ? { name: 'element.move', args: { diagramId: D1, moves } } : null;
    }
    case 4: {
      const moves = distributeMoves(chosen, i.n % 2 === 0 ? 'horizontal' : 'vertical');
      return moves.length > 0 ? { name: 'element.move', args: { diagramId: D1, moves } } : null;
    }
    default:
      return {
        name: 'element.delete',
        args: { diagramId: D1, ids: [...ids].slice(0, 1) as NodeId[] },
      };
  }
}

describe('the editing commands, in any sequence', () => {
  it('undone fully, give back the original document, each step a valid document', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 25 }), (intents) => {
        const original = deepFreeze(sampleDocument());
        let doc = original;
        const inverses: Invocation[] = [];
        for (const i of intents) {
          if (d1(doc).nodes.length === 0) break;
          const invocation = toInvocation(doc, i);
          if (!invocation) continue;
          const applied = apply(doc, invocation);
          expect(workspaceDocumentSchema.safeParse(applied.document).success).toBe(true);
          doc = deepFreeze(applied.document);
          inverses.unshift(applied.inverse);
        }
        for (const inverse of inverses) doc = apply(doc, inverse).document;
        expect(doc).toEqual(original);
      }),
      { numRuns: 150 },
    );
  });
});
