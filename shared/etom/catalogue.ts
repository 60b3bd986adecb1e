import type { FrameworkProcessId } from '../model/ids';
import type { FrameworkPack, FrameworkPackInfo, FrameworkProcess } from './pack-model';
import { compareProcessIds } from './process-id';

/**
 * Read-only lookups over one pack: by id, the tree (children, ancestors, descendants, roots)
 * and the classifications (level, domain, vertical group). Lists come in id order, compared
 * numerically segment by segment (`1.1.9` before `1.1.10`).
 */
export interface FrameworkCatalogue {
  readonly pack: FrameworkPackInfo;
  /** Every process, in id order. */
  readonly processes: readonly FrameworkProcess[];
  byId(id: string): FrameworkProcess | undefined;
  has(id: string): boolean;
  /** The processes without a parent (L1 domains, or the classic L0 areas). */
  roots(): readonly FrameworkProcess[];
  children(id: string): readonly FrameworkProcess[];
  /** From the root down to the parent; empty for a root or an unknown id. */
  ancestors(id: string): FrameworkProcess[];
  /** Everything below `id`, depth first, in id order. */
  descendants(id: string): FrameworkProcess[];
  byLevel(level: number): readonly FrameworkProcess[];
  byDomain(domain: string): readonly FrameworkProcess[];
  byVerticalGroup(group: string): readonly FrameworkProcess[];
  /** The levels, domains and vertical groups present, for filters. */
  levels(): number[];
  domains(): string[];
  verticalGroups(): string[];
}

const EMPTY: readonly FrameworkProcess[] = Object.freeze([]);

function push<K>(map: Map<K, FrameworkProcess[]>, key: K, process: FrameworkProcess): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [process]);
  else list.push(process);
}

/** Builds a catalogue over `pack`; the pack's processes need not be sorted. */
export function createCatalogue(pack: FrameworkPack): FrameworkCatalogue {
  const { processes: unsorted, ...info } = pack;
  const processes = [...unsorted].sort((a, b) => compareProcessIds(a.id, b.id));
  const byId = new Map<string, FrameworkProcess>();
  const children = new Map<string, FrameworkProcess[]>();
  const byLevel = new Map<number, FrameworkProcess[]>();
  const byDomain = new Map<string, FrameworkProcess[]>();
  const byGroup = new Map<string, FrameworkProcess[]>();
  const roots: FrameworkProcess[] = [];
  for (const process of processes) byId.set(process.id, process);
  for (const process of processes) {
    // A parent missing from the pack (a damaged user pack) makes the process a root,
    // so nothing becomes unreachable in the tree.
    if (process.parentId === null || !byId.has(process.parentId)) roots.push(process);
    else push(children, process.parentId, process);
    push(byLevel, process.level, process);
    push(byDomain, process.domain, process);
    for (const group of process.verticalGroups) push(byGroup, group, process);
  }

  const ancestors = (id: string): FrameworkProcess[] => {
    const path: FrameworkProcess[] = [];
    const seen = new Set<string>([id]);
    let parentId: FrameworkProcessId | null = byId.get(id)?.parentId ?? null;
    while (parentId !== null && !seen.has(parentId)) {
      const parent = byId.get(parentId);
      if (parent === undefined) break;
      seen.add(parentId);
      path.unshift(parent);
      parentId = parent.parentId;
    }
    return path;
  };

  const descendants = (id: string): FrameworkProcess[] => {
    const out: FrameworkProcess[] = [];
    const stack = [...(children.get(id) ?? [])].reverse();
    while (stack.length > 0) {
      const next = stack.pop() as FrameworkProcess;
      out.push(next);
      const below = children.get(next.id);
      if (below !== undefined) for (let i = below.length - 1; i >= 0; i -= 1) stack.push(below[i]!);
    }
    return out;
  };

  return {
    pack: info,
    processes,
    byId: (id) => byId.get(id),
    has: (id) => byId.has(id),
    roots: () => roots,
    children: (id) => children.get(id) ?? EMPTY,
    ancestors,
    descendants,
    byLevel: (level) => byLevel.get(level) ?? EMPTY,
    byDomain: (domain) => byDomain.get(domain) ?? EMPTY,
    byVerticalGroup: (group) => byGroup.get(group) ?? EMPTY,
    levels: () => [...byLevel.keys()].sort((a, b) => a - b),
    domains: () => [...byDomain.keys()],
    verticalGroups: () => [...byGroup.keys()],
  };
}
