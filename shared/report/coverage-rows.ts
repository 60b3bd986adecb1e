import type { FrameworkCatalogue } from '../etom/catalogue';
import type { CoverageResult } from '../coverage/coverage-types';
import type { CompanyProcess } from '../model/process-schema';

/** One line of the coverage roll-up: an in-scope framework process. */
export interface CoverageRow {
  pack: string;
  id: string;
  level: number;
  name: string;
  /** `own` or `inherited`: where the in-scope decision comes from. */
  scopeFrom: string;
  /** n of `Scope [n/m]`. */
  coveredChildren: number;
  /** m of `Scope [n/m]`. */
  inScopeChildren: number;
  /** Weighted share of the in-scope children, whole percent. */
  scorePercent: number;
  /** What it counts for in its parent, whole percent. */
  weightPercent: number;
  covered: boolean;
  directMappings: number;
  /** Names of the company processes mapped to it directly, `; `-separated, sorted. */
  companyProcesses: string;
}

/** The CSV header of `coverage` (and the first row of each level's sheet). */
export const COVERAGE_COLUMNS = [
  'pack',
  'id',
  'level',
  'name',
  'scope_from',
  'covered_children',
  'in_scope_children',
  'score_percent',
  'weight_percent',
  'covered',
  'direct_mappings',
  'company_processes',
] as const;

/** The roll-up of every in-scope process of the catalogue, in id order. */
export function coverageRows(
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
  processes: readonly CompanyProcess[],
): CoverageRow[] {
  const names = new Map(processes.map((p) => [p.id as string, p.name] as const));
  const rows: CoverageRow[] = [];
  for (const process of catalogue.processes) {
    const own = coverage.byId.get(process.id);
    if (own === undefined || own.scope !== 'in') continue;
    rows.push({
      pack: catalogue.pack.id,
      id: process.id,
      level: process.level,
      name: process.name,
      scopeFrom: own.scopeFrom,
      coveredChildren: own.coveredChildren,
      inScopeChildren: own.inScopeChildren,
      scorePercent: Math.round(own.score * 100),
      weightPercent: Math.round(own.weight * 100),
      covered: own.covered,
      directMappings: own.directMappings,
      companyProcesses: own.companyProcessIds
        .map((id) => names.get(id) ?? id)
        .sort((a, b) => a.localeCompare(b))
        .join('; '),
    });
  }
  return rows;
}

/** A row as CSV/XLSX cells, in COVERAGE_COLUMNS order. */
export function coverageCells(row: CoverageRow): (string | number)[] {
  return [
    row.pack,
    row.id,
    row.level,
    row.name,
    row.scopeFrom,
    row.coveredChildren,
    row.inScopeChildren,
    row.scorePercent,
    row.weightPercent,
    row.covered ? 'yes' : 'no',
    row.directMappings,
    row.companyProcesses,
  ];
}
