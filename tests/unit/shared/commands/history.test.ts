import { describe, expect, it } from 'vitest';
import {
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
  undo,
  undoLabel,
  type History,
} from '../../../../shared/commands/history';
import type { Invocation } from '../../../../shared/commands/types';
import { A, B, D1, deepFreeze, sampleDocument } from './fixture';

const move = (x: number): Invocation => ({
  name: 'element.move',
  args: { diagramId: D1, moves: [{ id: A, x, y: x }] },
});
const rename = (text: string): Invocation => ({
  name: 'element.rename',
  args: { diagramId: D1, id: B, text },
});
const nodeA = (h: History) => h.document.diagrams[0]!.nodes[0]!;

describe('history', () => {
  it('undoes and redoes single steps and labels them', () => {
    const start = createHistory(deepFreeze(sampleDocument()));
    const h1 = execute(start, move(10));
    const h2 = execute(h1, rename('x'));
    expect(undoLabel(h2)).toBe('Rename element');
    const back = undo(undo(h2));
    expect(back.document).toStrictEqual(start.document);
    expect(canUndo(back)).toBe(false);
    expect(redoLabel(back)).toBe('Move elements');
    const again = redo(redo(back));
    expect(again.document).toStrictEqual(h2.document);
    expect(canRedo(again)).toBe(false);
  });

  it('a new change clears the redo stack', () => {
    const h = undo(execute(createHistory(sampleDocument()), move(10)));
    expect(canRedo(h)).toBe(true);
    expect(canRedo(execute(h, move(20)))).toBe(false);
  });

  it('groups a whole gesture into one undo step', () => {
    const start = createHistory(sampleDocument());
    let h = beginGesture(start, 'Drag');
    for (let x = 1; x <= 50; x += 1) h = execute(h, move(x));
    expect(nodeA(h).x).toBe(50);
    expect(isDirty(h)).toBe(false);
    h = commitGesture(h);
    expect(h.undoStack).toHaveLength(1);
    expect(undoLabel(h)).toBe('Drag');
    expect(isDirty(h)).toBe(true);
    h = undo(h);
    expect(h.document).toStrictEqual(start.document);
    h = redo(h);
    expect(nodeA(h).x).toBe(50);
  });

  it('cancelling a gesture (Escape) restores where it began and records nothing', () => {
    const start = execute(createHistory(sampleDocument()), rename('before drag'));
    let h = beginGesture(start, 'Drag');
    h = execute(execute(h, move(5)), move(9));
    h = cancelGesture(h);
    expect(h.document).toStrictEqual(start.document);
    expect(h.undoStack).toHaveLength(1);
    expect(h.gesture).toBeNull();
  });

  it('an empty gesture adds no step; undo during a gesture undoes the gesture', () => {
    const start = createHistory(sampleDocument());
    expect(commitGesture(beginGesture(start, 'Nothing')).undoStack).toHaveLength(0);
    const h = undo(execute(beginGesture(start, 'Drag'), move(3)));
    expect(h.document).toStrictEqual(start.document);
    expect(canRedo(h)).toBe(true);
  });

  it('leaves the document untouched when a command is refused', () => {
    const h = createHistory(sampleDocument());
    expect(() => execute(h, { name: 'diagram.rename', args: { id: D1, name: '' } })).toThrow();
    expect(h.undoStack).toHaveLength(0);
  });
});

describe('dirty tracking', () => {
  it('is clean after load, dirty after a change, clean again after undo to the saved point', () => {
    let h = createHistory(sampleDocument());
    expect(isDirty(h)).toBe(false);
    h = execute(h, move(1));
    expect(isDirty(h)).toBe(true);
    h = undo(h);
    expect(isDirty(h)).toBe(false);
  });

  it('tracks the saved revision through undo, redo and new edits', () => {
    let h = execute(execute(createHistory(sampleDocument()), move(1)), move(2));
    h = markSaved(h);
    expect(isDirty(h)).toBe(false);
    h = undo(h);
    expect(isDirty(h)).toBe(true);
    h = redo(h);
    expect(isDirty(h)).toBe(false);
    // Undo then a different edit reaches a new revision, never the saved one.
    h = execute(undo(h), move(7));
    expect(isDirty(h)).toBe(true);
    h = undo(h);
    expect(isDirty(h)).toBe(true);
  });

  it('marks only the revision that was saved when edits continued during the save', () => {
    let h = execute(createHistory(sampleDocument()), move(1));
    const savingRevision = h.revision;
    h = execute(h, move(2));
    h = markSaved(h, savingRevision);
    expect(isDirty(h)).toBe(true);
    expect(isDirty(undo(h))).toBe(false);
  });

  it('a replaced document is clean after a reload and dirty after a restore', () => {
    const h = execute(createHistory(sampleDocument()), move(1));
    const reloaded = replaceDocument(h, sampleDocument(), false);
    expect(isDirty(reloaded)).toBe(false);
    expect(canUndo(reloaded)).toBe(false);
    const restored = replaceDocument(h, sampleDocument(), true);
    expect(isDirty(restored)).toBe(true);
    expect(isDirty(markSaved(restored))).toBe(false);
  });
});
