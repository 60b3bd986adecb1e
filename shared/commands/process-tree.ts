import type { CompanyProcess } from '../model/process-schema';
import type { ProcessId } from '../model/ids';

/** Sibling order: `order` first, then id, so two processes with the same order never swap. */
export function compareSiblings(a: CompanyProcess, b: CompanyProcess): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The children of every parent (null for the top), each list in sibling order. */
export function childrenByParent(
  processes: readonly CompanyProcess[],
): Map<ProcessId | null, CompanyProcess[]> {
  const children = new Map<ProcessId | null, CompanyProcess[]>();
  for (const process of processes) {
    const list = children.get(process.parentId);
    if (list) list.push(process);
    else children.set(process.parentId, [process]);
  }
  for (const list of children.values()) list.sort(compareSiblings);
  return children;
}

/** The processes under `parentId`, in sibling order. */
export function siblingsOf(
  processes: readonly CompanyProcess[],
  parentId: ProcessId | null,
): CompanyProcess[] {
  return processes.filter((p) => p.parentId === parentId).sort(compareSiblings);
}

/** `roots` and every process below them, each once. */
export function subtreeIds(
  processes: readonly CompanyProcess[],
  roots: readonly ProcessId[],
): Set<ProcessId> {
  const children = childrenByParent(processes);
  const found = new Set<ProcessId>();
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    for (const child of children.get(id) ?? []) stack.push(child.id);
  }
  return found;
}

/** True when `ancestor` is `id` itself or above it in the tree. */
export function isSelfOrAncestor(
  byId: ReadonlyMap<ProcessId, CompanyProcess>,
  ancestor: ProcessId,
  id: ProcessId | null,
): boolean {
  const seen = new Set<ProcessId>();
  for (let at = id; at !== null && !seen.has(at); at = byId.get(at)?.parentId ?? null) {
    if (at === ancestor) return true;
    seen.add(at);
  }
  return false;
}

/** The processes in tree order (depth first, siblings in order) with their depth. */
export function treeOrder(
  processes: readonly CompanyProcess[],
): Array<{ process: CompanyProcess; depth: number }> {
  const children = childrenByParent(processes);
  const out: Array<{ process: CompanyProcess; depth: number }> = [];
  // Iterative: a pasted chain of thousands of levels must not overflow the call stack.
  const stack: Array<{ process: CompanyProcess; depth: number }> = (children.get(null) ?? [])
    .map((process) => ({ process, depth: 0 }))
    .reverse();
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    out.push(entry);
    const below = children.get(entry.process.id) ?? [];
    for (let i = below.length - 1; i >= 0; i -= 1) {
      const child = below[i];
      if (child) stack.push({ process: child, depth: entry.depth + 1 });
    }
  }
  return out;
}
