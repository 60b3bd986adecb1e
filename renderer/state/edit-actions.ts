import {
  execute,
  redo,
  transact,
  undo,
  type History,
  type StackKey,
} from '../../shared/commands/history';
import { CommandError, type Invocation } from '../../shared/commands/types';
import { pruneSelections } from './selection';
import { reconcileTabs } from './tabs';
import { useStudio } from './studio-store';

function commitHistory(next: History): void {
  const state = useStudio.getState();
  useStudio.setState({
    history: next,
    ...reconcileTabs(state, next.document),
    selections: pruneSelections(state.selections, state.history?.document, next.document),
  });
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

/** Undoes the latest step of the given stacks (the active tab's: see ActionContext). */
export function undoEdit(stacks: readonly StackKey[]): void {
  const { history } = useStudio.getState();
  if (!history || isEditingBlocked()) return;
  // A step can stop fitting when a step of another stack changed what it touches (an edit of
  // a mapping whose drawing was undone on its diagram): it is refused, and stays where it is.
  try {
    commitHistory(undo(history, stacks));
  } catch (error) {
    refuse(error);
  }
}

/** Redoes the step of the given stacks undone last. */
export function redoEdit(stacks: readonly StackKey[]): void {
  const { history } = useStudio.getState();
  if (!history || isEditingBlocked()) return;
  try {
    commitHistory(redo(history, stacks));
  } catch (error) {
    refuse(error);
  }
}
