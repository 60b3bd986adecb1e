import type { WorkspaceDocument } from '../model/document';
import type { DiagramFile } from '../model/diagram-schema';
import type { DiagramId } from '../model/ids';
import { CommandError, type CommandName } from './types';

/** Finds a diagram or throws a CommandError naming the command. */
export function findDiagram(
  document: WorkspaceDocument,
  id: DiagramId,
  command: CommandName,
): { diagram: DiagramFile; index: number } {
  const index = document.diagrams.findIndex((d) => d.id === id);
  const diagram = document.diagrams[index];
  if (!diagram) throw new CommandError(command, `no diagram "${id}"`);
  return { diagram, index };
}

/** A new document in which one diagram is replaced by `change(diagram)`; the rest is shared. */
export function updateDiagram(
  document: WorkspaceDocument,
  id: DiagramId,
  command: CommandName,
  change: (diagram: DiagramFile) => DiagramFile,
): WorkspaceDocument {
  const { diagram, index } = findDiagram(document, id, command);
  const diagrams = document.diagrams.slice();
  diagrams[index] = change(diagram);
  return { ...document, diagrams };
}

/**
 * Inserts items at their recorded places (indexes in the list after insertion, as removeWhere
 * records them), so each lands where it was; an index past the end appends. One merge pass,
 * O(list + items log items): restoring thousands of deleted nodes does not shift the list
 * once per node.
 */
export function insertPlaced<T>(
  list: readonly T[],
  placed: ReadonlyArray<{ item: T; index: number }>,
): T[] {
  const sorted = [...placed].sort((a, b) => a.index - b.index);
  const out: T[] = [];
  let next = 0;
  let from = 0;
  while (from < list.length || next < sorted.length) {
    const insert = sorted[next];
    if (insert && (insert.index <= out.length || from >= list.length)) {
      out.push(insert.item);
      next += 1;
    } else {
      out.push(list[from] as T);
      from += 1;
    }
  }
  return out;
}

/** Splits a list into the kept items and the removed ones with their indexes. */
export function removeWhere<T>(
  list: readonly T[],
  remove: (item: T) => boolean,
): { kept: T[]; removed: { item: T; index: number }[] } {
  const kept: T[] = [];
  const removed: { item: T; index: number }[] = [];
  list.forEach((item, index) => {
    if (remove(item)) removed.push({ item, index });
    else kept.push(item);
  });
  return { kept, removed };
}
