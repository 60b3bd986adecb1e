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

/** Inserts items at their recorded places, lowest index first, so each lands where it was. */
export function insertPlaced<T>(
  list: readonly T[],
  placed: ReadonlyArray<{ item: T; index: number }>,
): T[] {
  const out = list.slice();
  for (const { item, index } of [...placed].sort((a, b) => a.index - b.index)) {
    out.splice(Math.min(index, out.length), 0, item);
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
