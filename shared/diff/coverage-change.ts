import type { CoverageResult, ProcessCoverage } from '../coverage/coverage-types';
import { cellShare } from '../coverage/coverage-summary';
import { heatCell } from '../coverage/heat-palette';

/**
 * How a framework process's coverage moved between two sides: `better` (a higher share, or
 * more of its children covered), `worse`, or `scope` (its scope, or how many of its children
 * are in scope, changed: the figures are then not comparable, so it is neither).
 */
export type CoverageMove = 'better' | 'worse' | 'scope';

/** One process whose coverage changed, with what its heat-map cell said on each side. */
export interface ProcessCoverageChange {
  id: string;
  move: CoverageMove;
  /** The cell's figures on each side, e.g. `2/3 67%`, `out of scope`, `no scope decision`. */
  before: string;
  after: string;
}

/**
 * What a heat-map cell says of a process: its figures in scope, its scope otherwise. A process
 * with children in scope shows their share, so the mappings made to it directly are added in
 * words (else a mapping added there would show as `0/3 0% -> 0/3 0%`).
 */
export function coverageFigure(coverage: ProcessCoverage | undefined): string {
  if (coverage === undefined || coverage.scope === 'unset') return 'no scope decision';
  if (coverage.scope !== 'in') return `${coverage.scope} of scope`;
  const direct = coverage.directMappings;
  const here =
    coverage.inScopeChildren > 0 && direct > 0
      ? `, ${direct} mapping${direct === 1 ? '' : 's'} here`
      : '';
  return `${heatCell(coverage).caption}${here}`;
}

const sign = (a: number, b: number): number => (a < b ? 1 : a > b ? -1 : 0);

/** The move of one process, or null when its cell would look the same on both sides. */
function moveOf(
  before: ProcessCoverage | undefined,
  after: ProcessCoverage | undefined,
): CoverageMove | null {
  const [was, now] = [before?.scope ?? 'unset', after?.scope ?? 'unset'];
  if (was !== now) return 'scope';
  // Out of scope or undecided on both sides: the heat map shows no coverage for it.
  if (now !== 'in' || before === undefined || after === undefined) return null;
  if (before.inScopeChildren !== after.inScopeChildren) return 'scope';
  // The share first; then, at an equal share, the covered children; then the best mapping
  // made to the process itself; then covered at all.
  const direction =
    sign(cellShare(before), cellShare(after)) ||
    sign(before.coveredChildren, after.coveredChildren) ||
    sign(before.directWeight, after.directWeight) ||
    sign(Number(before.covered), Number(after.covered));
  return direction > 0 ? 'better' : direction < 0 ? 'worse' : null;
}

/**
 * The processes whose heat-map cell differs between two coverages of one pack (`before`, the
 * other side; `after`, now), by id, in the order of `after` then the ids only `before` has.
 * A process whose scope is the same and not "in" on both sides is unchanged, whatever maps
 * to it: the heat map shows it flat either way.
 */
export function coverageChanges(
  before: CoverageResult,
  after: CoverageResult,
): Map<string, ProcessCoverageChange> {
  const changes = new Map<string, ProcessCoverageChange>();
  const ids = new Set([...after.byId.keys(), ...before.byId.keys()]);
  for (const id of ids) {
    const [was, now] = [before.byId.get(id), after.byId.get(id)];
    const move = moveOf(was, now);
    if (move !== null)
      changes.set(id, { id, move, before: coverageFigure(was), after: coverageFigure(now) });
  }
  return changes;
}
