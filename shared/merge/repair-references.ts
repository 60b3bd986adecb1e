import { formatPath, type MergeConflict } from './merge-conflict';

/** How a tree of elements names parents: diagram nodes leave it out, processes say null. */
export interface Tree<T> {
  field: string;
  parentOf(item: T): string | null | undefined;
  canContain(parent: T): boolean;
  /** Moves `item` to the top level. */
  clear(item: T): void;
}

/**
 * Clears each parent reference that a merge left pointing at an element that is gone, at one
 * that cannot contain it, or round a cycle (each side moved one element under the other), and
 * says so: the element moves to the top level rather than the file becoming unreadable.
 */
export function repairParents<T extends { id: string }>(
  items: T[],
  tree: Tree<T>,
): MergeConflict[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const conflicts: MergeConflict[] = [];
  for (const item of items) {
    const seen = new Set([item.id]);
    let parentId = tree.parentOf(item);
    while (parentId !== undefined && parentId !== null) {
      const parent = byId.get(parentId);
      if (parent === undefined || !tree.canContain(parent) || seen.has(parentId)) break;
      seen.add(parentId);
      parentId = tree.parentOf(parent);
    }
    if (parentId === undefined || parentId === null) continue;
    const path = [tree.field, { key: item.id }, 'parentId'];
    conflicts.push({
      kind: 'dangling-reference',
      path,
      ours: tree.parentOf(item),
      message: `${formatPath(path)} pointed at "${tree.parentOf(item)}", which after the merge is gone, cannot contain it or contains it in turn; it is now at the top level.`,
    });
    tree.clear(item);
  }
  return conflicts;
}

interface Edge {
  id: string;
  source: string;
  target: string;
}

/** Drops the edges whose end the merge deleted (one side deleted a node, the other connected it). */
export function dropDanglingEdges<E extends Edge>(
  edges: E[],
  nodeIds: ReadonlySet<string>,
): { edges: E[]; conflicts: MergeConflict[] } {
  const conflicts: MergeConflict[] = [];
  const kept = edges.filter((edge) => {
    const missing = [edge.source, edge.target].find((end) => !nodeIds.has(end));
    if (missing === undefined) return true;
    const path = ['edges', { key: edge.id }];
    conflicts.push({
      kind: 'dangling-reference',
      path,
      theirs: edge,
      message: `${formatPath(path)} connects node "${missing}", which the other side deleted; the connection is left out.`,
    });
    return false;
  });
  return { edges: kept, conflicts };
}

/** Keeps a code on the first process that has it and takes it off later ones, saying so. */
export function clearRepeatedCodes<P extends { id: string; code?: string | undefined }>(
  processes: P[],
): MergeConflict[] {
  const seen = new Map<string, string>();
  const conflicts: MergeConflict[] = [];
  for (const process of processes) {
    if (process.code === undefined) continue;
    const key = process.code.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, process.id);
      continue;
    }
    const path = ['processes', { key: process.id }, 'code'];
    conflicts.push({
      kind: 'both-added',
      path,
      theirs: process.code,
      message: `${formatPath(path)}: both sides gave the code "${process.code}" to different processes; it stays on "${first}" only.`,
    });
    delete process.code;
  }
  return conflicts;
}
