import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { WorkspaceDocument } from '../../shared/model/document';
import type { Mapping, MappingStatus } from '../../shared/model/mapping-schema';
import { alignmentsOf } from '../../shared/model/workspace-schema';

/** One row of the mapping table: a mapping with both sides named. */
export interface MappingRow {
  mapping: Mapping;
  processCode: string;
  processName: string;
  pack: string;
  targetId: string;
  /** The framework process's name, or a note that the pack lacks it. */
  targetName: string;
  level: number | null;
  alignmentLabel: string;
  /** Lower-case text the filter box searches. */
  haystack: string;
}

export const SORT_KEYS = [
  'process',
  'target',
  'level',
  'alignment',
  'status',
  'rationale',
  'updated',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RowQuery {
  text: string;
  /** An alignment id, or '' for any. */
  alignment: string;
  status: MappingStatus | '';
  /** A framework level, or null for any. */
  level: number | null;
  sort: { key: SortKey; descending: boolean };
}

export const ALL_ROWS: RowQuery = {
  text: '',
  alignment: '',
  status: '',
  level: null,
  sort: { key: 'process', descending: false },
};

/**
 * The rows of every mapping, named from the workspace's processes and the catalogue of each
 * mapping's pack (`catalogueOf` answers undefined for a pack not loaded yet: the id stands).
 */
export function mappingRows(
  document: WorkspaceDocument,
  catalogueOf: (pack: string) => FrameworkCatalogue | undefined,
): MappingRow[] {
  const processes = new Map(document.processes.processes.map((p) => [p.id, p]));
  const labels = new Map(alignmentsOf(document.workspace).map((q) => [q.id, q.label]));
  return document.mappings.mappings.map((mapping) => {
    const process = processes.get(mapping.processId);
    const catalogue = catalogueOf(mapping.target.pack);
    const target = catalogue?.byId(mapping.target.id);
    const processCode = process?.code ?? '';
    const processName = process?.name ?? `(missing process ${mapping.processId})`;
    const targetName = target?.name ?? (catalogue ? '(not in this pack)' : '');
    return {
      mapping,
      processCode,
      processName,
      pack: mapping.target.pack,
      targetId: mapping.target.id,
      targetName,
      level: target?.level ?? null,
      alignmentLabel: labels.get(mapping.alignment) ?? mapping.alignment,
      haystack: [processCode, processName, mapping.target.id, targetName, mapping.rationale ?? '']
        .join('\n')
        .toLowerCase(),
    };
  });
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function sortText(row: MappingRow, key: SortKey): string {
  switch (key) {
    case 'process':
      return `${row.processName}\n${row.processCode}`;
    case 'target':
      return `${row.targetId}\n${row.pack}`;
    case 'level':
      return String(row.level ?? 99);
    case 'alignment':
      return row.alignmentLabel;
    case 'status':
      return row.mapping.status;
    case 'rationale':
      return row.mapping.rationale ?? '';
    case 'updated':
      return row.mapping.updatedAt ?? '';
  }
}

/** The rows `query` keeps, sorted as it asks (ties by mapping id, so the order is stable). */
export function queryRows(rows: readonly MappingRow[], query: RowQuery): MappingRow[] {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = rows.filter(
    (row) =>
      (query.alignment === '' || row.mapping.alignment === query.alignment) &&
      (query.status === '' || row.mapping.status === query.status) &&
      (query.level === null || row.level === query.level) &&
      words.every((word) => row.haystack.includes(word)),
  );
  const { key, descending } = query.sort;
  const keyed = kept.map((row) => ({ row, text: sortText(row, key) }));
  keyed.sort((a, b) => {
    const order =
      collator.compare(a.text, b.text) || (a.row.mapping.id < b.row.mapping.id ? -1 : 1);
    return descending ? -order : order;
  });
  return keyed.map((entry) => entry.row);
}

export type Grouping = 'none' | 'process' | 'target';

/** A line of the table: a group's heading or a mapping's row. */
export type TableLine =
  { kind: 'group'; key: string; title: string; count: number } | { kind: 'row'; row: MappingRow };

/**
 * The lines of the table: the rows as they are, or grouped under each company process or each
 * framework process (groups in the order of their first row).
 */
export function groupRows(rows: readonly MappingRow[], grouping: Grouping): TableLine[] {
  if (grouping === 'none') return rows.map((row) => ({ kind: 'row', row }));
  const groups = new Map<string, { title: string; rows: MappingRow[] }>();
  for (const row of rows) {
    const key =
      grouping === 'process' ? `p|${row.mapping.processId}` : `t|${row.pack}|${row.targetId}`;
    const title =
      grouping === 'process'
        ? [row.processCode, row.processName].filter(Boolean).join(' ')
        : `${row.targetId} ${row.targetName}`.trim();
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { title, rows: [row] });
  }
  const lines: TableLine[] = [];
  for (const [key, group] of groups) {
    lines.push({ kind: 'group', key, title: group.title, count: group.rows.length });
    for (const row of group.rows) lines.push({ kind: 'row', row });
  }
  return lines;
}
