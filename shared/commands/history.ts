import type { WorkspaceDocument } from '../model/document';
import { applyCommand, commandLabel } from './catalogue';
import type { Invocation } from './types';

/** One undo step: what was done, what undoes it, and the revisions on either side. */
export interface HistoryStep {
  label: string;
  /** Applied in order to redo. */
  forward: Invocation[];
  /** Applied in order to undo (already reversed). */
  inverse: Invocation[];
  before: number;
  after: number;
}

/** A gesture in progress (a drag, a paste): its commands become one step on commit. */
export interface Gesture {
  label: string;
  startDocument: WorkspaceDocument;
  forward: Invocation[];
  inverse: Invocation[];
}

/**
 * The document with its undo and redo stacks. Immutable: every function returns a new
 * History. Selection and viewport are deliberately not here; they never enter history.
 *
 * Each change gets a fresh revision number (never reused), so `isDirty` is exact: undoing back
 * to the saved state is clean again, and a new edit after an undo is never mistaken for it.
 */
export interface History {
  document: WorkspaceDocument;
  undoStack: readonly HistoryStep[];
  redoStack: readonly HistoryStep[];
  revision: number;
  savedRevision: number;
  nextRevision: number;
  gesture: Gesture | null;
}

/** Most undo steps kept; older ones are dropped. */
export const MAX_UNDO_STEPS = 500;

/** A history for a document just loaded from disk (clean). */
export function createHistory(document: WorkspaceDocument): History {
  return {
    document,
    undoStack: [],
    redoStack: [],
    revision: 0,
    savedRevision: 0,
    nextRevision: 1,
    gesture: null,
  };
}

/** True when the document differs from what was last saved. */
export function isDirty(history: History): boolean {
  return history.revision !== history.savedRevision;
}

function pushStep(history: History, step: Omit<HistoryStep, 'before' | 'after'>): History {
  const after = history.nextRevision;
  const undoStack = [...history.undoStack, { ...step, before: history.revision, after }];
  return {
    ...history,
    undoStack: undoStack.slice(-MAX_UNDO_STEPS),
    redoStack: [],
    revision: after,
    nextRevision: after + 1,
  };
}

/**
 * Applies a command. Outside a gesture it becomes its own undo step; inside one it is
 * collected into the gesture. Throws CommandError (and changes nothing) on bad arguments.
 */
export function execute(history: History, invocation: Invocation, label?: string): History {
  const applied = applyCommand(history.document, invocation);
  if (history.gesture) {
    const gesture = history.gesture;
    return {
      ...history,
      document: applied.document,
      gesture: {
        ...gesture,
        forward: [...gesture.forward, invocation],
        inverse: [applied.inverse, ...gesture.inverse],
      },
    };
  }
  return pushStep(
    { ...history, document: applied.document },
    {
      label: label ?? commandLabel(invocation.name),
      forward: [invocation],
      inverse: [applied.inverse],
    },
  );
}

/** Starts a gesture; an open one is committed first. */
export function beginGesture(history: History, label: string): History {
  const base = commitGesture(history);
  return {
    ...base,
    gesture: { label, startDocument: base.document, forward: [], inverse: [] },
  };
}

/** Ends the gesture: all its commands become one undo step (none if it changed nothing). */
export function commitGesture(history: History): History {
  const gesture = history.gesture;
  if (!gesture) return history;
  const closed = { ...history, gesture: null };
  if (gesture.forward.length === 0) return closed;
  return pushStep(closed, {
    label: gesture.label,
    forward: gesture.forward,
    inverse: gesture.inverse,
  });
}

/** Abandons the gesture (Escape): the document goes back to where the gesture began. */
export function cancelGesture(history: History): History {
  if (!history.gesture) return history;
  return { ...history, document: history.gesture.startDocument, gesture: null };
}

export function canUndo(history: History): boolean {
  return history.undoStack.length > 0 || (history.gesture?.forward.length ?? 0) > 0;
}

export function canRedo(history: History): boolean {
  return history.redoStack.length > 0;
}

function applyAll(document: WorkspaceDocument, invocations: readonly Invocation[]) {
  return invocations.reduce((doc, inv) => applyCommand(doc, inv).document, document);
}

/** Undoes the last step (an open gesture is committed first, so it is what gets undone). */
export function undo(history: History): History {
  const base = commitGesture(history);
  const step = base.undoStack[base.undoStack.length - 1];
  if (!step) return base;
  return {
    ...base,
    document: applyAll(base.document, step.inverse),
    undoStack: base.undoStack.slice(0, -1),
    redoStack: [...base.redoStack, step],
    revision: step.before,
  };
}

/** Redoes the last undone step. */
export function redo(history: History): History {
  const base = commitGesture(history);
  const step = base.redoStack[base.redoStack.length - 1];
  if (!step) return base;
  return {
    ...base,
    document: applyAll(base.document, step.forward),
    undoStack: [...base.undoStack, step],
    redoStack: base.redoStack.slice(0, -1),
    revision: step.after,
  };
}

/** Records that `revision` (by default the current one) is what is now on disk. */
export function markSaved(history: History, revision: number = history.revision): History {
  return { ...history, savedRevision: revision };
}

/**
 * Replaces the document from outside the history (a reload, a restored journal). The stacks
 * are cleared; `dirty` says whether the new document differs from the disk.
 */
export function replaceDocument(
  history: History,
  document: WorkspaceDocument,
  dirty: boolean,
): History {
  const revision = history.nextRevision;
  return {
    document,
    undoStack: [],
    redoStack: [],
    revision,
    savedRevision: dirty ? -1 : revision,
    nextRevision: revision + 1,
    gesture: null,
  };
}

/** "Undo Move elements", or null when there is nothing to undo. */
export function undoLabel(history: History): string | null {
  return history.undoStack[history.undoStack.length - 1]?.label ?? null;
}

/** "Redo Move elements", or null when there is nothing to redo. */
export function redoLabel(history: History): string | null {
  return history.redoStack[history.redoStack.length - 1]?.label ?? null;
}
