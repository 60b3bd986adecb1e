import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../shared/etom/pack-model';

/** One visible row of the library tree. */
export interface TreeRow {
  process: FrameworkProcess;
  /** 1 for the roots (aria-level). */
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** Position among its siblings, 1-based, and how many siblings (aria-posinset/setsize). */
  position: number;
  siblings: number;
}

/** The rows shown when the processes in `expanded` are open, depth first in id order. */
export function visibleRows(
  catalogue: FrameworkCatalogue,
  expanded: ReadonlySet<string>,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (list: readonly FrameworkProcess[], depth: number): void => {
    list.forEach((process, index) => {
      const children = catalogue.children(process.id);
      const open = children.length > 0 && expanded.has(process.id);
      rows.push({
        process,
        depth,
        hasChildren: children.length > 0,
        expanded: open,
        position: index + 1,
        siblings: list.length,
      });
      if (open) walk(children, depth + 1);
    });
  };
  walk(catalogue.roots(), 1);
  return rows;
}

/** The processes to open so that every process down to tree depth `depth` shows. */
export function expandToDepth(catalogue: FrameworkCatalogue, depth: number): Set<string> {
  const open = new Set<string>();
  const walk = (list: readonly FrameworkProcess[], at: number): void => {
    if (at >= depth) return;
    for (const process of list) {
      const children = catalogue.children(process.id);
      if (children.length === 0) continue;
      open.add(process.id);
      walk(children, at + 1);
    }
  };
  walk(catalogue.roots(), 1);
  return open;
}

/** `expanded` plus every ancestor of `id`, so that `id` shows in the tree. */
export function revealIn(
  catalogue: FrameworkCatalogue,
  expanded: ReadonlySet<string>,
  id: string,
): Set<string> {
  const next = new Set(expanded);
  for (const ancestor of catalogue.ancestors(id)) next.add(ancestor.id);
  return next;
}

/** What a key press in the tree does. */
export type TreeMove =
  | { kind: 'focus'; index: number }
  | { kind: 'expand'; id: string }
  | { kind: 'collapse'; id: string }
  | { kind: 'none' };

/** The WAI-ARIA tree keys: arrows, Home and End. */
export function treeKeyMove(rows: readonly TreeRow[], index: number, key: string): TreeMove {
  const row = rows[index];
  const last = rows.length - 1;
  if (rows.length === 0) return { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: Math.min(index + 1, last) };
    case 'ArrowUp':
      return { kind: 'focus', index: Math.max(index - 1, 0) };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: last };
    case 'ArrowRight':
      if (!row?.hasChildren) return { kind: 'none' };
      return row.expanded
        ? { kind: 'focus', index: index + 1 }
        : { kind: 'expand', id: row.process.id };
    case 'ArrowLeft': {
      if (!row) return { kind: 'none' };
      if (row.expanded) return { kind: 'collapse', id: row.process.id };
      const parent = row.process.parentId;
      const at = parent === null ? -1 : rows.findIndex((r) => r.process.id === parent);
      return at >= 0 ? { kind: 'focus', index: at } : { kind: 'none' };
    }
    default:
      return { kind: 'none' };
  }
}

/**
 * Type-ahead: the next row after `from` (wrapping) whose name starts with `prefix`, ignoring
 * case; the row itself still matches while the user keeps typing the same word. -1 for none.
 */
export function typeAheadIndex(rows: readonly TreeRow[], from: number, prefix: string): number {
  const wanted = prefix.toLocaleLowerCase();
  if (wanted === '' || rows.length === 0) return -1;
  const start = wanted.length > 1 ? from : from + 1;
  for (let step = 0; step < rows.length; step += 1) {
    const index = (((start + step) % rows.length) + rows.length) % rows.length;
    if (rows[index]?.process.name.toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return -1;
}
