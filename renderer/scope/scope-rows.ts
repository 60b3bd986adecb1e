import type { CoverageResult } from '../../shared/coverage/coverage-types';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../shared/etom/pack-model';
import { compareProcessIds } from '../../shared/etom/process-id';
import { targetKey } from '../../shared/model/framework-ref';
import type { ScopeEntry } from '../../shared/model/scope-schema';
import { SCOPE_STATUSES } from '../../shared/model/scope-schema';

/** One row of the L2 scope list. */
export interface ScopeRow {
  process: FrameworkProcess;
  domain: FrameworkProcess;
  entry: ScopeEntry | undefined;
  /** `n/m` and the weighted share, when the process is in scope. */
  covered: number;
  inScope: number;
  score: number;
}

export type ScopeSortKey = 'id' | 'name' | 'status' | 'review' | 'coverage';

/** The domains whose children the list shows: the level-1 processes of the pack. */
export function scopeDomains(catalogue: FrameworkCatalogue): readonly FrameworkProcess[] {
  return catalogue.byLevel(1);
}

/** Every child of the domains, with its own decision and its coverage. */
export function scopeRows(
  catalogue: FrameworkCatalogue,
  entries: ReadonlyMap<string, ScopeEntry>,
  coverage: CoverageResult | null,
): ScopeRow[] {
  const rows: ScopeRow[] = [];
  for (const domain of scopeDomains(catalogue)) {
    for (const process of catalogue.children(domain.id)) {
      const own = coverage?.byId.get(process.id);
      rows.push({
        process,
        domain,
        entry: entries.get(targetKey({ pack: catalogue.pack.id, id: process.id })),
        covered: own?.coveredChildren ?? 0,
        inScope: own?.inScopeChildren ?? 0,
        score: own?.score ?? 0,
      });
    }
  }
  return rows;
}

const statusRank = (row: ScopeRow) =>
  row.entry ? SCOPE_STATUSES.indexOf(row.entry.status) : SCOPE_STATUSES.length;

/** The rows sorted by a column (ties by id), descending when `descending`. */
export function sortScopeRows(
  rows: readonly ScopeRow[],
  key: ScopeSortKey,
  descending: boolean,
): ScopeRow[] {
  const byId = (a: ScopeRow, b: ScopeRow) => compareProcessIds(a.process.id, b.process.id);
  const compare: Record<ScopeSortKey, (a: ScopeRow, b: ScopeRow) => number> = {
    id: byId,
    name: (a, b) => a.process.name.localeCompare(b.process.name),
    status: (a, b) => statusRank(a) - statusRank(b),
    review: (a, b) => (a.entry?.review ?? '').localeCompare(b.entry?.review ?? ''),
    coverage: (a, b) => a.score - b.score,
  };
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare[key](a, b) || byId(a, b));
}

/** Rows whose id, name, domain or reason contains `text` (any case). */
export function filterScopeRows(rows: readonly ScopeRow[], text: string): ScopeRow[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...rows];
  return rows.filter((row) =>
    [row.process.id, row.process.name, row.domain.name, row.entry?.reason ?? ''].some((s) =>
      s.toLowerCase().includes(needle),
    ),
  );
}
