import { percentLabel, scopeLabel } from '../coverage/coverage-summary';
import type { CoverageResult } from '../coverage/coverage-types';
import type { FrameworkCatalogue } from '../etom/catalogue';
import type { WorkspaceDocument } from '../model/document';
import type { Mapping } from '../model/mapping-schema';
import { alignmentsOf } from '../model/workspace-schema';

/** One in-scope framework process of a level, as the report's coverage tables print it. */
export interface LevelCoverageRow {
  id: string;
  name: string;
  /** `Scope [n/m]`. */
  scope: string;
  covered: number;
  inScope: number;
  /** The weighted percentage, e.g. `63%`. */
  percent: string;
  score: number;
  /** Mappings made to the process itself. */
  direct: number;
}

/** The in-scope processes of `level`, in catalogue order, with `Scope [n/m]` and percentage. */
export function levelCoverageRows(
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
  level: number,
): LevelCoverageRow[] {
  const rows: LevelCoverageRow[] = [];
  for (const process of catalogue.byLevel(level)) {
    const own = coverage.byId.get(process.id);
    if (own === undefined || own.scope !== 'in') continue;
    rows.push({
      id: process.id,
      name: process.name,
      scope: scopeLabel(own),
      covered: own.coveredChildren,
      inScope: own.inScopeChildren,
      percent: percentLabel(own.score),
      score: own.score,
      direct: own.directMappings,
    });
  }
  return rows;
}

/** One mapping as the report's tables print it. */
export interface ReportMappingRow {
  company: string;
  alignment: string;
  status: string;
  rationale: string;
}

/** The mappings to one framework process, with where it stands in scope. */
export interface ReportMappingGroup {
  id: string;
  name: string;
  level: number;
  /** ` · Scope [n/m]` when in scope, ` · <scope>` otherwise, empty without a decision. */
  scopeNote: string;
  /** By company process name. */
  rows: ReportMappingRow[];
}

/**
 * The mappings of the workspace grouped by the framework process they point at, in catalogue
 * order (a target the pack lacks, or of another pack, is left out); each group's rows by
 * company process name. O(m log m).
 */
export function reportMappingGroups(
  document: WorkspaceDocument,
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
): ReportMappingGroup[] {
  const names = new Map(document.processes.processes.map((p) => [p.id as string, p.name] as const));
  const labels = new Map(alignmentsOf(document.workspace).map((a) => [a.id, a.label] as const));
  const byTarget = new Map<string, Mapping[]>();
  for (const mapping of document.mappings.mappings) {
    if (mapping.target.pack !== catalogue.pack.id || !catalogue.has(mapping.target.id)) continue;
    const list = byTarget.get(mapping.target.id) ?? [];
    list.push(mapping);
    byTarget.set(mapping.target.id, list);
  }
  const groups: ReportMappingGroup[] = [];
  for (const process of catalogue.processes) {
    const list = byTarget.get(process.id);
    if (list === undefined) continue;
    const own = coverage.byId.get(process.id);
    const scopeNote =
      own === undefined ? '' : own.scope === 'in' ? ` · ${scopeLabel(own)}` : ` · ${own.scope}`;
    const rows = list
      .map((m) => ({ m, company: names.get(m.processId) ?? m.processId }))
      .sort((a, b) => a.company.localeCompare(b.company))
      .map(({ m, company }) => ({
        company,
        alignment: labels.get(m.alignment) ?? m.alignment,
        status: m.status,
        rationale: m.rationale ?? '',
      }));
    groups.push({ id: process.id, name: process.name, level: process.level, scopeNote, rows });
  }
  return groups;
}
