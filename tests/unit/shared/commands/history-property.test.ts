import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeBox, makeEdge, makeNote, newDiagramId } from '../../../../shared/commands/factories';
import {
  WORKSPACE_STACK,
  createHistory,
  execute,
  isDirty,
  redo,
  undo,
  type History,
  type StackKey,
} from '../../../../shared/commands/history';
import type { Invocation } from '../../../../shared/commands/types';
import { workspaceDocumentSchema } from '../../../../shared/model/document';
import { sampleDocument } from './fixture';

/** A random intent; turned into a command that fits the document at that moment. */
interface Intent {
  kind: number;
  a: number;
  b: number;
  x: number;
  y: number;
  text: string;
}

const intent = fc.record({
  // 0-12 are commands; 13 and 14 undo and redo from a random tab.
  kind: fc.nat(14),
  a: fc.nat(1000),
  b: fc.nat(1000),
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
  text: fc.string({ maxLength: 20 }),
});

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

/** The command an intent stands for on `h`'s document, or null when it does not apply. */
function toInvocation(h: History, i: Intent): Invocation | null {
  const doc = h.document;
  const diagram = pick(doc.diagrams, i.a);
  const name = i.text.trim() === '' ? 'Diagram' : i.text;
  const freeId = (n: string) => newDiagramId(doc, n, h.stacks.keys());
  if (i.kind === 0) return { name: 'diagram.create', args: { id: freeId(name), name } };
  if (!diagram) return null;
  const diagramId = diagram.id;
  const node = pick(diagram.nodes, i.b);
  const other = pick(diagram.nodes, i.b + 1 + (i.a % 3));
  const edge = pick(diagram.edges, i.b);
  switch (i.kind) {
    case 1:
      return { name: 'diagram.rename', args: { id: diagramId, name } };
    case 2:
      return {
        name: 'diagram.duplicate',
        args: { sourceId: diagramId, id: freeId(`${name} copy`), name },
      };
    case 3:
      return { name: 'diagram.delete', args: { id: diagramId } };
    case 4:
      return { name: 'element.add', args: { diagramId, node: makeBox(i.x, i.y, i.text) } };
    case 5:
      return { name: 'element.add', args: { diagramId, node: makeNote(i.x, i.y, i.text) } };
    case 6:
      return node
        ? { name: 'element.move', args: { diagramId, moves: [{ id: node.id, x: i.x, y: i.y }] } }
        : null;
    case 7:
      return node
        ? {
            name: 'element.resize',
            args: { diagramId, id: node.id, x: i.x, y: i.y, width: 1 + i.a, height: 1 + i.b },
          }
        : null;
    case 8:
      return node && (node.kind === 'box' || node.kind === 'note')
        ? { name: 'element.rename', args: { diagramId, id: node.id, text: i.text } }
        : null;
    case 9:
      return node && other && node.id !== other.id
        ? { name: 'element.delete', args: { diagramId, ids: [node.id, other.id] } }
        : node
          ? { name: 'element.delete', args: { diagramId, ids: [node.id] } }
          : null;
    case 10:
      return node && other
        ? { name: 'edge.add', args: { diagramId, edge: makeEdge(node.id, other.id) } }
        : null;
    case 11:
      return edge ? { name: 'edge.delete', args: { diagramId, ids: [edge.id] } } : null;
    case 12:
      return edge
        ? {
            name: 'edge.relabel',
            args: { diagramId, id: edge.id, label: i.text === '' ? undefined : i.text },
          }
        : null;
    default:
      return null;
  }
}

/** The undo context of a random tab: a diagram's (its stack and the workspace's), or the map's. */
function tabKeys(h: History, n: number): StackKey[] {
  const diagram = pick(h.document.diagrams, n);
  return diagram && n % 4 !== 0 ? [diagram.id, WORKSPACE_STACK] : [WORKSPACE_STACK];
}

/** Every stack key the history knows: undo from all of them goes back in time order. */
const allKeys = (h: History): StackKey[] => [WORKSPACE_STACK, ...h.stacks.keys()];

describe('history over random command sequences', () => {
  it('undoing everything gives back the original, redoing everything the final document', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 40 }), (intents) => {
        const original = sampleDocument();
        let h: History = createHistory(original);
        let steps = 0;
        for (const i of intents) {
          const invocation = i.kind <= 12 ? toInvocation(h, i) : null;
          if (!invocation) continue;
          h = execute(h, invocation);
          steps += 1;
          expect(workspaceDocumentSchema.safeParse(h.document).success).toBe(true);
        }
        const final = h.document;
        for (let n = 0; n < steps; n += 1) h = undo(h, allKeys(h));
        expect(h.document).toStrictEqual(original);
        expect(isDirty(h)).toBe(false);
        for (let n = 0; n < steps; n += 1) h = redo(h, allKeys(h));
        expect(h.document).toStrictEqual(final);
        expect(isDirty(h)).toBe(steps > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('undo and redo from any tab, in any order, always fit the document and lead back to it', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 60 }), (intents) => {
        const original = sampleDocument();
        let h: History = createHistory(original);
        for (const i of intents) {
          if (i.kind === 13) h = undo(h, tabKeys(h, i.a));
          else if (i.kind === 14) h = redo(h, tabKeys(h, i.a));
          else {
            const invocation = toInvocation(h, i);
            if (invocation) h = execute(h, invocation);
          }
          expect(workspaceDocumentSchema.safeParse(h.document).success).toBe(true);
        }
        // Whatever was undone where, undoing what is left on every stack gives the original.
        for (let n = 0; n < 200 && allKeys(h).some((k) => h.stacks.get(k)?.undo.length); n += 1) {
          h = undo(h, allKeys(h));
        }
        expect(h.document).toStrictEqual(original);
        expect(isDirty(h)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
