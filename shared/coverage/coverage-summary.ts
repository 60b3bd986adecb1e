import type { FrameworkCatalogue } from '../etom/catalogue';
import type { MapLayout } from '../etom/map-layout';
import type {
  CoverageResult,
  GroupCoverage,
  LevelSummary,
  ProcessCoverage,
} from './coverage-types';

/** `Scope [n/m]` as the map and the report print it. */
export function scopeLabel(coverage: ProcessCoverage): string {
  return `Scope [${coverage.coveredChildren}/${coverage.inScopeChildren}]`;
}

/**
 * A 0..1 share as a whole percentage, e.g. `0.625` -> `63%`; a share above 0 that would round
 * to 0 reads `<1%`, so only nothing at all reads `0%`.
 */
export function percentLabel(share: number): string {
  const percent = wholePercent(share);
  return share > 0 && percent === 0 ? '<1%' : `${percent}%`;
}

/** A 0..1 share as the whole percentage `percentLabel` prints, e.g. `0.625` -> 63. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}

/**
 * The share a heat-map cell shows for a process: its weighted score over its in-scope
 * children, or (a process with none in scope) what it counts for itself.
 */
export function cellShare(coverage: ProcessCoverage): number {
  return coverage.inScopeChildren > 0 ? coverage.score : coverage.weight;
}

/**
 * Coverage of each vertical grouping (a column of the map) over the in-scope L2s placed in
 * it; an L2 spanning two columns counts in both.
 */
export function groupCoverage(layout: MapLayout, coverage: CoverageResult): GroupCoverage[] {
  return layout.columns.map((column) => {
    let inScope = 0;
    let covered = 0;
    let sum = 0;
    for (const cell of layout.cells) {
      if (!cell.columns.includes(column.verticalGroup)) continue;
      const own = coverage.byId.get(cell.id);
      if (own === undefined || own.scope !== 'in') continue;
      inScope += 1;
      sum += own.weight;
      if (own.covered) covered += 1;
    }
    return {
      group: column.verticalGroup,
      inScope,
      covered,
      score: inScope === 0 ? 0 : sum / inScope,
    };
  });
}

/** In-scope and covered counts per framework level, top level first. */
export function levelSummary(
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
): LevelSummary[] {
  return catalogue.levels().map((level) => {
    let inScope = 0;
    let covered = 0;
    let sum = 0;
    for (const process of catalogue.byLevel(level)) {
      const own = coverage.byId.get(process.id);
      if (own === undefined || own.scope !== 'in') continue;
      inScope += 1;
      sum += own.weight;
      if (own.covered) covered += 1;
    }
    return { level, inScope, covered, score: inScope === 0 ? 0 : sum / inScope };
  });
}
