import type { WorkspaceDocument } from '../model/document';
import { createHistory, stackOf, withStack, type History, type SavePoint } from './history-state';
import { EMPTY_STACK, WORKSPACE_STACK, stackDirty } from './undo-stack';

/**
 * True when the document differs from what was last saved: the workspace stack, or the stack
 * of a diagram the document holds, is not at its saved revision. The stack of a diagram that is
 * gone does not count; whether it is gone is the workspace stack's business.
 */
export function isDirty(history: History): boolean {
  if (stackDirty(stackOf(history, WORKSPACE_STACK))) return true;
  return history.document.diagrams.some((d) => stackDirty(stackOf(history, d.id)));
}

/** Where every stack stands now; give it to markSaved once the save succeeded. */
export function savePoint(history: History): SavePoint {
  return {
    generation: history.generation,
    revisions: new Map([...history.stacks].map(([key, stack]) => [key, stack.revision])),
  };
}

/**
 * Records that the document as it was at `point` is what is now on disk. A stack that did not
 * exist at that point was still at revision 0 then. Edits made while the save ran stay dirty,
 * and a point taken before the document was replaced from outside changes nothing.
 */
export function markSaved(history: History, point: SavePoint = savePoint(history)): History {
  if (point.generation !== history.generation) return history;
  const stacks = new Map(
    [...history.stacks].map(([key, stack]) => [
      key,
      { ...stack, savedRevision: point.revisions.get(key) ?? 0 },
    ]),
  );
  return { ...history, stacks };
}

/**
 * Replaces the document from outside the history (a reload, a restored journal). All stacks
 * are cleared; `dirty` says whether the new document differs from the disk.
 */
export function replaceDocument(
  history: History,
  document: WorkspaceDocument,
  dirty: boolean,
): History {
  const fresh: History = {
    ...createHistory(document),
    nextRevision: history.nextRevision,
    clock: history.clock,
    generation: history.generation + 1,
  };
  // No revision is ever -1, so the workspace stack stays dirty until the next save.
  return dirty ? withStack(fresh, WORKSPACE_STACK, { ...EMPTY_STACK, savedRevision: -1 }) : fresh;
}
