import { formatCsv } from '../codecs/csv';
import { GAP_LEVEL, listExtensions, listGaps, listOverlaps } from '../coverage/coverage-lists';
import type { CoverageResult } from '../coverage/coverage-types';
import type { FrameworkCatalogue } from '../etom/catalogue';
import type { WorkspaceDocument } from '../model/document';
import { neutraliseRows } from './csv-safe';
import { levelCoverageRows, reportMappingGroups } from './report-rows';

/** The columns of the alignment report as CSV: one table, its sections told apart by the first. */
export const REPORT_CSV_COLUMNS = [
  'section',
  'framework_id',
  'framework_level',
  'framework_name',
  'scope',
  'coverage_percent',
  'company_process',
  'alignment',
  'status',
  'rationale',
] as const;

type Row = (string | number)[];

/** A row in REPORT_CSV_COLUMNS order; the cells not given are empty. */
function row(
  section: string,
  cells: Partial<Record<(typeof REPORT_CSV_COLUMNS)[number], string | number>>,
): Row {
  return REPORT_CSV_COLUMNS.map((column) =>
    column === 'section' ? section : (cells[column] ?? ''),
  );
}

/**
 * The alignment report as one CSV table (RFC 4180, CRLF), the HTML report's sections in its
 * order, each row naming its section: `coverage` (every in-scope L2, `Scope [n/m]` and the
 * weighted percentage), `mapping` (per framework process in catalogue order, the company
 * processes mapped to it with alignment, status and rationale), `gap` (in-scope processes
 * nothing maps to, at the top of each uncovered branch, down to L3), `overlap` (a framework
 * process mapped from several company processes, named in one cell) and `extension` (company
 * processes with no mapping, or flagged not in eTOM). Cells a spreadsheet would run are
 * neutralised.
 */
export function alignmentReportCsv(
  document: WorkspaceDocument,
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
): string {
  const names = new Map(document.processes.processes.map((p) => [p.id as string, p.name] as const));
  const rows: Row[] = [];
  for (const l2 of levelCoverageRows(catalogue, coverage, 2)) {
    rows.push(
      row('coverage', {
        framework_id: l2.id,
        framework_level: 2,
        framework_name: l2.name,
        scope: l2.scope,
        coverage_percent: Math.round(l2.score * 100),
      }),
    );
  }
  for (const group of reportMappingGroups(document, catalogue, coverage)) {
    const scope = group.scopeNote.replace(/^ · /, '');
    for (const mapping of group.rows) {
      rows.push(
        row('mapping', {
          framework_id: group.id,
          framework_level: group.level,
          framework_name: group.name,
          scope,
          company_process: mapping.company,
          alignment: mapping.alignment,
          status: mapping.status,
          rationale: mapping.rationale,
        }),
      );
    }
  }
  for (const gap of listGaps(catalogue, coverage, GAP_LEVEL)) {
    rows.push(
      row('gap', { framework_id: gap.id, framework_level: gap.level, framework_name: gap.name }),
    );
  }
  for (const overlap of listOverlaps(catalogue, coverage)) {
    rows.push(
      row('overlap', {
        framework_id: overlap.id,
        framework_level: overlap.level,
        framework_name: overlap.name,
        company_process: overlap.companyProcessIds.map((id) => names.get(id) ?? id).join('; '),
      }),
    );
  }
  for (const extension of listExtensions(
    document.processes.processes,
    document.mappings.mappings,
  )) {
    rows.push(
      row('extension', {
        company_process: extension.name,
        status: extension.reason === 'flagged' ? 'not in eTOM' : 'no mapping yet',
      }),
    );
  }
  return formatCsv([[...REPORT_CSV_COLUMNS], ...neutraliseRows(rows)]);
}
