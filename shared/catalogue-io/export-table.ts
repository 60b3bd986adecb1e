import { formatCsv } from '../codecs/csv';
import { treeOrder } from '../commands/process-tree';
import type { CompanyProcess } from '../model/process-schema';
import type { ProcessId } from '../model/ids';
import { neutraliseCell } from './cell-text';

/** The columns of an exported catalogue; an import guesses them all back. */
export const EXPORT_HEADER = [
  'Code',
  'Name',
  'Path',
  'Parent code',
  'Level',
  'Description',
  'Owner',
  'Tags',
  'Not in eTOM',
] as const;

/**
 * A name as one part of a `Path` cell: `/` in it becomes `\/` and `\` becomes `\\`, so that
 * `splitPath` (import-plan.ts) reads the same parts back.
 */
export function escapePathPart(name: string): string {
  return name.replace(/[\\/]/g, (ch) => `\\${ch}`);
}

/**
 * The catalogue as a table, in tree order (parents before children, siblings in order): the
 * header and one row per process. `Path` is the names from the top down to the process itself,
 * joined by `/`, each escaped by `escapePathPart`.
 */
export function catalogueTable(processes: readonly CompanyProcess[]): string[][] {
  const byId = new Map(processes.map((p) => [p.id, p]));
  const paths = new Map<ProcessId, string>();
  const rows: string[][] = [[...EXPORT_HEADER]];
  for (const { process } of treeOrder(processes)) {
    const parent = process.parentId === null ? undefined : byId.get(process.parentId);
    const parentPath = parent ? paths.get(parent.id) : undefined;
    const own = escapePathPart(process.name);
    const path = parentPath === undefined ? own : `${parentPath}/${own}`;
    paths.set(process.id, path);
    rows.push([
      process.code ?? '',
      process.name,
      path,
      parent?.code ?? '',
      process.level === undefined ? '' : String(process.level),
      process.description ?? '',
      process.owner ?? '',
      (process.tags ?? []).join('; '),
      process.extension ? 'yes' : '',
    ]);
  }
  return rows;
}

/**
 * The catalogue as CSV text (CRLF, RFC 4180 quoting, a BOM so that spreadsheets read UTF-8),
 * every cell that a spreadsheet would take for a formula neutralised with a leading `'`.
 */
export function catalogueCsv(processes: readonly CompanyProcess[]): string {
  return `\uFEFF${formatCsv(catalogueTable(processes).map((row) => row.map(neutraliseCell)))}`;
}
