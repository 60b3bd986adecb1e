import {
  WORKSPACE_STACK,
  cancelGesture,
  execute,
  redo,
  transact,
  undo,
  type History,
  type StackKey,
} from '../../shared/commands/history';
import { CommandError, type Invocation } from '../../shared/commands/types';
import { diagramOf, reconcileTabs } from './tabs';
import { useStudio } from './studio-store';

function commitHistory(next: History): void {
  const state = useStudio.getState();
  useStudio.setState({ history: next, ...reconcileTabs(state, next.document) });
}

function refuse(error: unknown): void {
  if (!(error instanceof CommandError)) throw error;
  useStudio.setState({ error: { code: 'INVALID_ARGUMENT', message: error.message } });
}

/** True when edits are refused (no workspace, or it is read-only). */
export function isEditingBlocked(): boolean {
  const { history, workspace } = useStudio.getState();
  return !history || !workspace || workspace.readOnly !== null;
}

/**
 * Runs one catalogue command against the open document as an undo step (or as part of the
 * open gesture). A refused command changes nothing and shows why.
 */
export function runCommand(invocation: Invocation, label?: string): boolean {
  const { history } = useStudio.getState();
  if (!history || isEditingBlocked()) return false;
  try {
    commitHistory(execute(history, invocation, label));
    return true;
  } catch (error) {
    refuse(error);
    return false;
  }
}

/** Runs several commands of one stack as one undo step, e.g. deleting nodes and edges. */
export function runCommands(label: string, invocations: readonly Invocation[]): boolean {
  const { history } = useStudio.getState();
  if (!history || isEditingBlocked() || invocations.length === 0) return false;
  try {
    commitHistory(transact(history, label, invocations));
    return true;
  } catch (error) {
    refuse(error);
    return false;
  }
}

/** Abandons the open gesture, if any (Escape). */
export function cancelEdit(): void {
  const { history } = useStudio.getState();
  if (history?.gesture) commitHistory(cancelGesture(history));
}

/**
 * The undo stacks the active tab acts on: a diagram's own and the workspace's (undone in time
 * order), or the workspace's alone on tabs that are not a diagram.
 */
export function activeUndoStacks(): StackKey[] {
  const diagram = diagramOf(useStudio.getState().activeTab);
  return diagram ? [diagram, WORKSPACE_STACK] : [WORKSPACE_STACK];
}

export function undoEdit(): void {
  const { history } = useStudio.getState();
  if (history && !isEditingBlocked()) commitHistory(undo(history, activeUndoStacks()));
}

export function redoEdit(): void {
  const { history } = useStudio.getState();
  if (history && !isEditingBlocked()) commitHistory(redo(history, activeUndoStacks()));
}
