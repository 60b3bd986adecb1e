import { treeOrder } from '../../shared/commands/process-tree';
import type { ProcessId } from '../../shared/model/ids';
import type { CompanyProcess } from '../../shared/model/process-schema';

/** One visible row of the catalogue tree. */
export interface CatalogueRow {
  process: CompanyProcess;
  depth: number;
  hasChildren: boolean;
}

/**
 * The rows to show: tree order, without the children of collapsed processes; with a filter,
 * the processes whose name, code, owner or tags hold it, and their ancestors (for context).
 */
export function visibleCatalogueRows(
  processes: readonly CompanyProcess[],
  collapsed: ReadonlySet<ProcessId>,
  filter: string,
): CatalogueRow[] {
  const ordered = treeOrder(processes);
  const parents = new Set<ProcessId | null>(processes.map((p) => p.parentId));
  const needle = filter.trim().toLowerCase();
  let keep: Set<ProcessId> | null = null;
  if (needle !== '') {
    const byId = new Map(processes.map((p) => [p.id, p]));
    keep = new Set();
    for (const p of processes) {
      const text = [p.name, p.code ?? '', p.owner ?? '', ...(p.tags ?? [])].join(' ').toLowerCase();
      if (!text.includes(needle)) continue;
      for (let at: CompanyProcess | undefined = p; at && !keep.has(at.id);) {
        keep.add(at.id);
        at = at.parentId === null ? undefined : byId.get(at.parentId);
      }
    }
  }
  const rows: CatalogueRow[] = [];
  let hiddenBelow = Number.POSITIVE_INFINITY;
  for (const { process, depth } of ordered) {
    if (depth > hiddenBelow) continue;
    hiddenBelow = Number.POSITIVE_INFINITY;
    if (keep && !keep.has(process.id)) continue;
    const hasChildren = parents.has(process.id);
    rows.push({ process, depth, hasChildren });
    if (!keep && hasChildren && collapsed.has(process.id)) hiddenBelow = depth;
  }
  return rows;
}

/**
 * `collapsed` without the ancestors of `id`, so that its row shows (a process revealed from
 * the library search or the coverage lists); the same set when none of them was collapsed.
 */
export function expandedTo(
  processes: readonly CompanyProcess[],
  collapsed: ReadonlySet<ProcessId>,
  id: ProcessId | null,
): ReadonlySet<ProcessId> {
  if (id === null || collapsed.size === 0) return collapsed;
  const parentOf = new Map(processes.map((p) => [p.id, p.parentId]));
  let next: Set<ProcessId> | null = null;
  const seen = new Set<ProcessId>();
  for (
    let at = parentOf.get(id) ?? null;
    at !== null && !seen.has(at);
    at = parentOf.get(at) ?? null
  ) {
    seen.add(at);
    if (!collapsed.has(at)) continue;
    next ??= new Set(collapsed);
    next.delete(at);
  }
  return next ?? collapsed;
}
