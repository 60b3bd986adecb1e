import type { DiagramId } from '../model/ids';
import type { Invocation } from './types';

/**
 * The key of the stack that holds workspace-level changes (the diagram list, the framework
 * pack; later company processes and mappings). Diagram ids are slugs, which never hold `@`.
 */
export const WORKSPACE_STACK = '@workspace';

/** Which undo stack a change belongs to: one diagram's, or the workspace's. */
export type StackKey = DiagramId | typeof WORKSPACE_STACK;

/** One undo step: what was done, what undoes it, and the stack revisions on either side. */
export interface HistoryStep {
  label: string;
  /** Applied in order to redo. Recomputed each time the step is undone. */
  forward: readonly Invocation[];
  /** Applied in order to undo. Recomputed each time the step is done or redone. */
  inverse: readonly Invocation[];
  /** The stack's revision before and after the step. */
  before: number;
  after: number;
  /**
   * When the step was last done (on the undo list) or undone (on the redo list), on a clock
   * shared by all stacks: undo takes the latest of the stacks it may touch.
   */
  at: number;
}

/** One stack of undo steps, with where it stands and where it stood at the last save. */
export interface UndoStack {
  undo: readonly HistoryStep[];
  redo: readonly HistoryStep[];
  revision: number;
  savedRevision: number;
}

/** A stack nothing has been done on yet: at revision 0, which is what was loaded. */
export const EMPTY_STACK: UndoStack = { undo: [], redo: [], revision: 0, savedRevision: 0 };

/** Most undo steps kept per stack; older ones are dropped. */
export const MAX_UNDO_STEPS = 500;

/** True when the stack is not where it was when last saved. */
export function stackDirty(stack: UndoStack): boolean {
  return stack.revision !== stack.savedRevision;
}

/** The stack with a new step done on it (the redo list is cleared). */
export function pushStep(stack: UndoStack, step: HistoryStep): UndoStack {
  return {
    ...stack,
    undo: [...stack.undo, step].slice(-MAX_UNDO_STEPS),
    redo: [],
    revision: step.after,
  };
}
