import type { WorkspaceDocument } from '../model/document';
import { applyCommand, commandLabel, stackOfInvocation } from './catalogue';
import { stackOf, withStack, type History } from './history-state';
import { CommandError, type Invocation } from './types';
import { WORKSPACE_STACK, pushStep, type HistoryStep, type StackKey } from './undo-stack';

// One place to import the history from: its state, its steps and what was saved.
export { WORKSPACE_STACK, MAX_UNDO_STEPS } from './undo-stack';
export type { HistoryStep, StackKey, UndoStack } from './undo-stack';
export { createHistory, stackOf } from './history-state';
export type { Gesture, History, SavePoint } from './history-state';
export { isDirty, markSaved, replaceDocument, savePoint } from './saved-state';

/**
 * A new diagram must not take the id of a deleted one whose undo stack is kept (undo can bring
 * it back): the two would share a stack. newDiagramId(document, name, history.stacks.keys())
 * gives a free one.
 */
function assertFreshDiagramId(history: History, invocation: Invocation): void {
  if (invocation.name !== 'diagram.create' && invocation.name !== 'diagram.duplicate') return;
  if (history.stacks.has(invocation.args.id)) {
    throw new CommandError(
      invocation.name,
      `the id "${invocation.args.id}" belongs to a deleted diagram that undo can bring back`,
    );
  }
}

/** Applies invocations in order: the new document and the inverses, in the order to apply. */
function applyAll(
  document: WorkspaceDocument,
  invocations: readonly Invocation[],
): { document: WorkspaceDocument; inverse: Invocation[] } {
  let current = document;
  const inverse: Invocation[] = [];
  for (const invocation of invocations) {
    const applied = applyCommand(current, invocation);
    current = applied.document;
    inverse.push(applied.inverse);
  }
  return { document: current, inverse: inverse.reverse() };
}

function record(
  history: History,
  key: StackKey,
  document: WorkspaceDocument,
  step: Pick<HistoryStep, 'label' | 'forward' | 'inverse'>,
): History {
  const stack = stackOf(history, key);
  const after = history.nextRevision;
  const clock = history.clock + 1;
  const next = pushStep(stack, { ...step, before: stack.revision, after, at: clock });
  return { ...withStack(history, key, next), document, nextRevision: after + 1, clock };
}

/**
 * Applies a command on the stack it belongs to (the diagram it names, else the workspace's).
 * Outside a gesture it becomes its own undo step; inside one it is collected into the gesture.
 * Throws CommandError (and changes nothing) on bad arguments or when it does not belong to the
 * open gesture's stack.
 */
export function execute(history: History, invocation: Invocation, label?: string): History {
  const key = stackOfInvocation(invocation);
  assertFreshDiagramId(history, invocation);
  const gesture = history.gesture;
  if (gesture && gesture.stack !== key) {
    throw new CommandError(invocation.name, 'one undo step cannot span two undo stacks');
  }
  const applied = applyCommand(history.document, invocation);
  if (gesture) {
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
  return record(history, key, applied.document, {
    label: label ?? commandLabel(invocation.name),
    forward: [invocation],
    inverse: [applied.inverse],
  });
}

/** Starts a gesture on `stack`; an open one is committed first. */
export function beginGesture(history: History, stack: StackKey, label: string): History {
  const base = commitGesture(history);
  return {
    ...base,
    gesture: { stack, label, startDocument: base.document, forward: [], inverse: [] },
  };
}

/** Ends the gesture: all its commands become one undo step (none if it changed nothing). */
export function commitGesture(history: History): History {
  const gesture = history.gesture;
  if (!gesture) return history;
  const closed = { ...history, gesture: null };
  if (gesture.forward.length === 0) return closed;
  return record(closed, gesture.stack, closed.document, gesture);
}

/** Abandons the gesture: the document goes back to where it began and nothing is recorded. */
export function cancelGesture(history: History): History {
  if (!history.gesture) return history;
  return { ...history, document: history.gesture.startDocument, gesture: null };
}

/**
 * Runs several commands as one undo step (a paste, an align, a delete of nodes and edges), all
 * on one stack. Nothing changes if any of them is refused.
 */
export function transact(
  history: History,
  label: string,
  invocations: readonly Invocation[],
): History {
  const first = invocations[0];
  if (!first) return history;
  const key = stackOfInvocation(first);
  for (const invocation of invocations) {
    assertFreshDiagramId(history, invocation);
    if (stackOfInvocation(invocation) !== key) {
      throw new CommandError(invocation.name, 'one undo step cannot span two undo stacks');
    }
  }
  const base = commitGesture(history);
  const applied = applyAll(base.document, invocations);
  return record(base, key, applied.document, {
    label,
    forward: invocations,
    inverse: applied.inverse,
  });
}

/**
 * The latest step among the tops of the given stacks' undo (or redo) lists. The stack of a
 * diagram the document no longer holds is skipped: it waits until its diagram comes back.
 */
function latest(
  history: History,
  keys: readonly StackKey[],
  list: 'undo' | 'redo',
): { key: StackKey; step: HistoryStep } | null {
  let best: { key: StackKey; step: HistoryStep } | null = null;
  for (const key of new Set(keys)) {
    if (key !== WORKSPACE_STACK && !history.document.diagrams.some((d) => d.id === key)) continue;
    const steps = stackOf(history, key)[list];
    const step = steps[steps.length - 1];
    if (step && (!best || step.at > best.step.at)) best = { key, step };
  }
  return best;
}

/** True when one of `keys`' stacks (or an open gesture) has something to undo. */
export function canUndo(history: History, keys: readonly StackKey[]): boolean {
  const gesture = history.gesture;
  if (gesture && gesture.forward.length > 0 && keys.includes(gesture.stack)) return true;
  return latest(history, keys, 'undo') !== null;
}

export function canRedo(history: History, keys: readonly StackKey[]): boolean {
  return latest(history, keys, 'redo') !== null;
}

/**
 * Undoes the latest step of the given stacks (an open gesture is committed first, so it is
 * what gets undone). The step's redo is recomputed from what the undo did, so it always fits
 * the document, whatever other stacks did meanwhile.
 */
export function undo(history: History, keys: readonly StackKey[]): History {
  const base = commitGesture(history);
  const found = latest(base, keys, 'undo');
  if (!found) return base;
  const { key, step } = found;
  const stack = stackOf(base, key);
  const applied = applyAll(base.document, step.inverse);
  const clock = base.clock + 1;
  const undone: HistoryStep = { ...step, forward: applied.inverse, at: clock };
  return {
    ...withStack(base, key, {
      ...stack,
      undo: stack.undo.slice(0, -1),
      redo: [...stack.redo, undone],
      revision: step.before,
    }),
    document: applied.document,
    clock,
  };
}

/** Redoes the step of the given stacks undone last. */
export function redo(history: History, keys: readonly StackKey[]): History {
  const base = commitGesture(history);
  const found = latest(base, keys, 'redo');
  if (!found) return base;
  const { key, step } = found;
  const stack = stackOf(base, key);
  const applied = applyAll(base.document, step.forward);
  const clock = base.clock + 1;
  const done: HistoryStep = { ...step, inverse: applied.inverse, at: clock };
  return {
    ...withStack(base, key, {
      ...stack,
      undo: [...stack.undo, done],
      redo: stack.redo.slice(0, -1),
      revision: step.after,
    }),
    document: applied.document,
    clock,
  };
}

/** "Move elements": what undo would undo now, or null. */
export function undoLabel(history: History, keys: readonly StackKey[]): string | null {
  return latest(history, keys, 'undo')?.step.label ?? null;
}

/** What redo would redo now, or null. */
export function redoLabel(history: History, keys: readonly StackKey[]): string | null {
  return latest(history, keys, 'redo')?.step.label ?? null;
}
