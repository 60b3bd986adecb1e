import type { DiagramId } from '../../shared/model/ids';
import {
  EMPTY_SELECTION,
  applySelectChanges,
  type SelectChange,
  type Selection,
} from './selection';
import { useStudio, type StudioState } from './studio-store';

/** What is selected on a diagram now. */
export function selectionIn(state: StudioState, diagramId: DiagramId | null): Selection {
  return (diagramId && state.selections.get(diagramId)) || EMPTY_SELECTION;
}

/** Replaces a diagram's selection. */
export function setSelection(diagramId: DiagramId, selection: Selection): void {
  useStudio.setState((s) => {
    const selections = new Map(s.selections);
    selections.set(diagramId, selection);
    return { selections };
  });
}

/** Applies the select changes the canvas reported (clicks, Shift-clicks, a rubber band). */
export function changeSelection(
  diagramId: DiagramId,
  nodes: readonly SelectChange[],
  edges: readonly SelectChange[],
): void {
  const before = selectionIn(useStudio.getState(), diagramId);
  const after = applySelectChanges(before, nodes, edges);
  if (after !== before) setSelection(diagramId, after);
}
