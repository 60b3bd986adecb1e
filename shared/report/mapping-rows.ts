import type { FrameworkCatalogue } from '../etom/catalogue';
import type { WorkspaceDocument } from '../model/document';
import { alignmentsOf } from '../model/workspace-schema';

/** The columns of the mapping table as exported (CSV header, first row of the sheet). */
export const MAPPING_COLUMNS = [
  'mapping_id',
  'company_process',
  'company_code',
  'pack',
  'release',
  'framework_id',
  'framework_level',
  'framework_name',
  'alignment',
  'status',
  'rationale',
  'evidence',
  'created_by',
  'created_at',
  'updated_by',
  'updated_at',
] as const;

/**
 * The mapping table of a workspace as rows of cells in MAPPING_COLUMNS order: one per mapping,
 * by company process name, then framework id. The alignment is the qualifier's label; a
 * framework process the pack lacks keeps its id with an empty name and level. O(m log m).
 */
export function mappingTableRows(
  document: WorkspaceDocument,
  catalogue: FrameworkCatalogue,
): (string | number)[][] {
  const byId = new Map(document.processes.processes.map((p) => [p.id as string, p] as const));
  const labels = new Map(alignmentsOf(document.workspace).map((a) => [a.id, a.label] as const));
  const rows = document.mappings.mappings.map((m) => {
    const company = byId.get(m.processId);
    const target = m.target.pack === catalogue.pack.id ? catalogue.byId(m.target.id) : undefined;
    return [
      m.id,
      company?.name ?? m.processId,
      company?.code ?? '',
      m.target.pack,
      m.target.release,
      m.target.id,
      target?.level ?? '',
      target?.name ?? '',
      labels.get(m.alignment) ?? m.alignment,
      m.status,
      m.rationale ?? '',
      (m.evidence ?? []).map((link) => link.url).join(' '),
      m.createdBy ?? '',
      m.createdAt ?? '',
      m.updatedBy ?? '',
      m.updatedAt ?? '',
    ];
  });
  const text = (row: (string | number)[], at: number) => String(row[at]);
  return rows.sort(
    (a, b) =>
      text(a, 1).localeCompare(text(b, 1)) ||
      text(a, 5).localeCompare(text(b, 5), undefined, { numeric: true }) ||
      text(a, 0).localeCompare(text(b, 0)),
  );
}
