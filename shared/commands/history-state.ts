import type { WorkspaceDocument } from '../model/document';
import type { Invocation } from './types';
import { EMPTY_STACK, type StackKey, type UndoStack } from './undo-stack';

/** A gesture in progress (a paste, an align, a layout): its commands become one step. */
export interface Gesture {
  stack: StackKey;
  label: string;
  startDocument: WorkspaceDocument;
  forward: readonly Invocation[];
  inverse: readonly Invocation[];
}

/**
 * The document with one undo stack per diagram and one for workspace-level changes. Immutable:
 * every function returns a new History. Selection and viewport are deliberately not here; they
 * never enter history and never make the document dirty.
 *
 * Every step gets a fresh revision number (never reused, across all stacks), so `isDirty` is
 * exact: undoing back to the saved state is clean again, and a new edit after an undo is never
 * mistaken for it.
 */
export interface History {
  document: WorkspaceDocument;
  /** By stack key; a stack nothing was done on is absent (EMPTY_STACK). */
  stacks: ReadonlyMap<StackKey, UndoStack>;
  nextRevision: number;
  /** Orders steps across stacks (see HistoryStep.at). */
  clock: number;
  gesture: Gesture | null;
  /** Bumped when the document is replaced from outside, so older save points no longer apply. */
  generation: number;
}

/** What went to disk in a save: each stack's revision at the moment the save began. */
export interface SavePoint {
  generation: number;
  revisions: ReadonlyMap<StackKey, number>;
}

/** A history for a document just loaded from disk (clean). */
export function createHistory(document: WorkspaceDocument): History {
  return { document, stacks: new Map(), nextRevision: 1, clock: 0, gesture: null, generation: 0 };
}

/** The stack under `key` (EMPTY_STACK when nothing was done on it). */
export function stackOf(history: History, key: StackKey): UndoStack {
  return history.stacks.get(key) ?? EMPTY_STACK;
}

/** The history with `stack` under `key`. */
export function withStack(history: History, key: StackKey, stack: UndoStack): History {
  const stacks = new Map(history.stacks);
  stacks.set(key, stack);
  return { ...history, stacks };
}
