import { describe, expect, it } from 'vitest';
import { makeBox, newDiagramId } from '../../../../shared/commands/factories';
import {
  WORKSPACE_STACK,
  beginGesture,
  canRedo,
  canUndo,
  cancelGesture,
  commitGesture,
  createHistory,
  execute,
  isDirty,
  markSaved,
  redo,
  redoLabel,
  replaceDocument,
  savePoint,
  stackOf,
  transact,
  undo,
  undoLabel,
  type History,
  type StackKey,
} from '../../../../shared/commands/history';
import type { Invocation } from '../../../../shared/commands/types';
import type { DiagramId } from '../../../../shared/model/ids';
import { A, B, D1, D2, deepFreeze, sampleDocument } from './fixture';

const move = (x: number): Invocation => ({
  name: 'element.move',
  args: { diagramId: D1, moves: [{ id: A, x, y: x }] },
});
const rename = (text: string): Invocation => ({
  name: 'element.rename',
  args: { diagramId: D1, id: B, text },
});
const addToD2 = (label: string): Invocation => ({
  name: 'element.add',
  args: { diagramId: D2, node: makeBox(0, 0, label) },
});
const D3 = 'd3' as DiagramId;
const createD3: Invocation = { name: 'diagram.create', args: { id: D3, name: 'Third' } };
const nodeA = (h: History) => h.document.diagrams[0]!.nodes[0]!;
const d2Labels = (h: History) =>
  h.document.diagrams.find((d) => d.id === D2)?.nodes.map((n) => (n.kind === 'box' ? n.label : ''));

/** The undo context of a diagram tab: its own stack and the workspace's. */
const tab = (id: DiagramId): StackKey[] => [id, WORKSPACE_STACK];

describe('history', () => {
  it('undoes and redoes single steps and labels them', () => {
    const start = createHistory(deepFreeze(sampleDocument()));
    const h1 = execute(start, move(10));
    const h2 = execute(h1, rename('x'));
    expect(undoLabel(h2, tab(D1))).toBe('Rename element');
    const back = undo(undo(h2, tab(D1)), tab(D1));
    expect(back.document).toStrictEqual(start.document);
    expect(canUndo(back, tab(D1))).toBe(false);
    expect(redoLabel(back, tab(D1))).toBe('Move elements');
    const again = redo(redo(back, tab(D1)), tab(D1));
    expect(again.document).toStrictEqual(h2.document);
    expect(canRedo(again, tab(D1))).toBe(false);
  });

  it('keeps one stack per diagram: undo in one diagram leaves the other alone', () => {
    let h = execute(createHistory(sampleDocument()), move(10));
    h = execute(h, addToD2('Later, elsewhere'));
    expect(stackOf(h, D1).undo).toHaveLength(1);
    expect(stackOf(h, D2).undo).toHaveLength(1);
    // D2's edit is the latest, but from D1's tab only D1's step can be undone.
    expect(undoLabel(h, tab(D1))).toBe('Move elements');
    h = undo(h, tab(D1));
    expect(nodeA(h).x).toBe(0);
    expect(d2Labels(h)).toEqual(['Later, elsewhere']);
    expect(canUndo(h, tab(D1))).toBe(false);
    expect(canUndo(h, tab(D2))).toBe(true);
  });

  it('puts diagram-list changes on the workspace stack, undone from any tab in time order', () => {
    let h = execute(createHistory(sampleDocument()), move(10));
    h = execute(h, createD3);
    expect(stackOf(h, WORKSPACE_STACK).undo).toHaveLength(1);
    h = execute(h, rename('after'));
    expect(undoLabel(h, tab(D1))).toBe('Rename element');
    h = undo(h, tab(D1));
    expect(undoLabel(h, tab(D1))).toBe('New diagram');
    h = undo(h, tab(D1));
    expect(h.document.diagrams.map((d) => d.id)).toEqual([D1, D2]);
    expect(undoLabel(h, tab(D1))).toBe('Move elements');
    // A tab without a stack of its own (the framework map) undoes workspace changes only.
    expect(canRedo(h, [WORKSPACE_STACK])).toBe(true);
  });

  it('a new change clears the redo list of its own stack only', () => {
    let h = execute(execute(createHistory(sampleDocument()), move(10)), addToD2('x'));
    h = undo(undo(h, tab(D1)), tab(D2));
    expect(canRedo(h, [D1])).toBe(true);
    h = execute(h, addToD2('y'));
    expect(canRedo(h, [D2])).toBe(false);
    expect(canRedo(h, [D1])).toBe(true);
  });

  it('a diagram whose creation is undone keeps its edits for redo', () => {
    let h = execute(createHistory(sampleDocument()), createD3);
    h = execute(h, {
      name: 'element.add',
      args: { diagramId: D3, node: makeBox(5, 5, 'Drawn in the new diagram') },
    });
    // Undone from another tab, the creation takes the whole diagram away ...
    h = undo(h, tab(D2));
    expect(h.document.diagrams.some((d) => d.id === D3)).toBe(false);
    expect(canUndo(h, tab(D3))).toBe(false);
    // ... and its redo brings it back as it was, so its own stack still fits.
    h = redo(h, tab(D2));
    const d3 = h.document.diagrams.find((d) => d.id === D3);
    expect(d3?.nodes).toHaveLength(1);
    h = undo(h, [D3]);
    expect(h.document.diagrams.find((d) => d.id === D3)?.nodes).toEqual([]);
  });

  it('never gives a new diagram the id of a deleted one that undo can bring back', () => {
    let h = execute(createHistory(sampleDocument()), addToD2('kept for undo'));
    h = execute(h, { name: 'diagram.delete', args: { id: D2 } });
    expect(() =>
      execute(h, { name: 'diagram.create', args: { id: D2, name: 'Billing again' } }),
    ).toThrow(/undo can bring back/);
    expect(newDiagramId(h.document, 'Billing', h.stacks.keys())).toBe('billing-2');
  });

  it('a transaction is one undo step on one stack; a refused command changes nothing', () => {
    const start = createHistory(sampleDocument());
    const h = transact(start, 'Paste', [addToD2('a'), addToD2('b'), addToD2('c')]);
    expect(stackOf(h, D2).undo).toHaveLength(1);
    expect(undoLabel(h, tab(D2))).toBe('Paste');
    expect(undo(h, tab(D2)).document).toStrictEqual(start.document);
    expect(() => transact(start, 'Bad', [addToD2('a'), move(1)])).toThrow(/two undo stacks/);
    expect(() =>
      transact(start, 'Bad', [
        addToD2('a'),
        { name: 'element.delete', args: { diagramId: D2, ids: [A] } },
      ]),
    ).toThrow(/no node/);
  });

  it('groups a whole gesture into one undo step', () => {
    const start = createHistory(sampleDocument());
    let h = beginGesture(start, D1, 'Drag');
    for (let x = 1; x <= 50; x += 1) h = execute(h, move(x));
    expect(nodeA(h).x).toBe(50);
    expect(isDirty(h)).toBe(false);
    h = commitGesture(h);
    expect(stackOf(h, D1).undo).toHaveLength(1);
    expect(undoLabel(h, tab(D1))).toBe('Drag');
    expect(isDirty(h)).toBe(true);
    h = undo(h, tab(D1));
    expect(h.document).toStrictEqual(start.document);
    h = redo(h, tab(D1));
    expect(nodeA(h).x).toBe(50);
  });

  it('refuses a command of another stack inside a gesture', () => {
    const h = beginGesture(createHistory(sampleDocument()), D1, 'Drag');
    expect(() => execute(h, addToD2('x'))).toThrow(/two undo stacks/);
  });

  it('cancelling a gesture (Escape) restores where it began and records nothing', () => {
    const start = execute(createHistory(sampleDocument()), rename('before drag'));
    let h = beginGesture(start, D1, 'Drag');
    h = execute(execute(h, move(5)), move(9));
    h = cancelGesture(h);
    expect(h.document).toStrictEqual(start.document);
    expect(stackOf(h, D1).undo).toHaveLength(1);
    expect(h.gesture).toBeNull();
  });

  it('an empty gesture adds no step; undo during a gesture undoes the gesture', () => {
    const start = createHistory(sampleDocument());
    expect(stackOf(commitGesture(beginGesture(start, D1, 'Nothing')), D1).undo).toHaveLength(0);
    const open = execute(beginGesture(start, D1, 'Drag'), move(3));
    expect(canUndo(open, tab(D1))).toBe(true);
    const h = undo(open, tab(D1));
    expect(h.document).toStrictEqual(start.document);
    expect(canRedo(h, tab(D1))).toBe(true);
  });

  it('leaves the document untouched when a command is refused', () => {
    const h = createHistory(sampleDocument());
    expect(() => execute(h, { name: 'diagram.rename', args: { id: D1, name: '' } })).toThrow();
    expect(h.stacks.size).toBe(0);
  });
});

describe('dirty tracking', () => {
  it('is clean after load, dirty after a change, clean again after undo to the saved point', () => {
    let h = createHistory(sampleDocument());
    expect(isDirty(h)).toBe(false);
    h = execute(h, move(1));
    expect(isDirty(h)).toBe(true);
    h = undo(h, tab(D1));
    expect(isDirty(h)).toBe(false);
  });

  it('is dirty while any stack is away from its saved position', () => {
    let h = markSaved(execute(execute(createHistory(sampleDocument()), move(1)), addToD2('x')));
    expect(isDirty(h)).toBe(false);
    h = undo(h, tab(D2));
    expect(isDirty(h)).toBe(true);
    h = redo(h, tab(D2));
    h = execute(h, createD3);
    expect(isDirty(h)).toBe(true);
    h = undo(h, [WORKSPACE_STACK]);
    expect(isDirty(h)).toBe(false);
  });

  it('does not count the edits of a diagram that is gone again', () => {
    let h = execute(createHistory(sampleDocument()), createD3);
    h = execute(h, {
      name: 'element.add',
      args: { diagramId: D3, node: makeBox(0, 0, 'x') },
    });
    h = undo(h, [WORKSPACE_STACK]);
    expect(h.document).toStrictEqual(sampleDocument());
    expect(isDirty(h)).toBe(false);
  });

  it('tracks the saved revision through undo, redo and new edits', () => {
    let h = execute(execute(createHistory(sampleDocument()), move(1)), move(2));
    h = markSaved(h);
    expect(isDirty(h)).toBe(false);
    h = undo(h, tab(D1));
    expect(isDirty(h)).toBe(true);
    h = redo(h, tab(D1));
    expect(isDirty(h)).toBe(false);
    // Undo then a different edit reaches a new revision, never the saved one.
    h = execute(undo(h, tab(D1)), move(7));
    expect(isDirty(h)).toBe(true);
    h = undo(h, tab(D1));
    expect(isDirty(h)).toBe(true);
  });

  it('marks only what was saved when edits continued during the save', () => {
    let h = execute(createHistory(sampleDocument()), move(1));
    const point = savePoint(h);
    h = execute(execute(h, move(2)), addToD2('during the save'));
    h = markSaved(h, point);
    expect(isDirty(h)).toBe(true);
    expect(isDirty(undo(undo(h, tab(D2)), tab(D1)))).toBe(false);
  });

  it('a replaced document is clean after a reload and dirty after a restore', () => {
    const h = execute(createHistory(sampleDocument()), move(1));
    const reloaded = replaceDocument(h, sampleDocument(), false);
    expect(isDirty(reloaded)).toBe(false);
    expect(canUndo(reloaded, tab(D1))).toBe(false);
    const restored = replaceDocument(h, sampleDocument(), true);
    expect(isDirty(restored)).toBe(true);
    expect(isDirty(markSaved(restored))).toBe(false);
    // A save that began before the restore does not make the restored document clean.
    expect(isDirty(markSaved(restored, savePoint(h)))).toBe(true);
  });
});
