import type { FrameworkCatalogue } from '../etom/catalogue';
import type { Mapping } from '../model/mapping-schema';
import type { ScopeEntry, ScopeStatus } from '../model/scope-schema';
import type { AlignmentQualifier } from '../model/workspace-schema';

/** A process's scope as the roll-ups use it: a decision, or none anywhere above it. */
export type EffectiveScope = ScopeStatus | 'unset';

/** What the coverage of one workspace is computed from. */
export interface CoverageInputs {
  catalogue: FrameworkCatalogue;
  scope: readonly ScopeEntry[];
  mappings: readonly Mapping[];
  alignments: readonly AlignmentQualifier[];
}

/**
 * The coverage of one framework process. `coveredChildren / inScopeChildren` is what the map
 * shows as `Scope [n/m]`; `score` is the weighted share (full 1, partial its weight).
 */
export interface ProcessCoverage {
  id: string;
  /** Its own decision, else the nearest ancestor's, else `unset`. */
  scope: EffectiveScope;
  /** Whether `scope` is this process's own decision or inherited from an ancestor. */
  scopeFrom: 'own' | 'inherited' | 'none';
  /** How many mappings point at this process itself. */
  directMappings: number;
  /** The best weight among those mappings (0 when there are none). */
  directWeight: number;
  /** The mappings made to this process itself, sorted by id. */
  mappings: readonly Mapping[];
  /** The company processes mapped to this process itself, sorted, without repeats. */
  companyProcessIds: readonly string[];
  /** At least one mapping points at this process or at a process below it. */
  covered: boolean;
  /** `m`: the children in scope. */
  inScopeChildren: number;
  /** `n`: the children in scope that are covered. */
  coveredChildren: number;
  /** Weighted share of the in-scope children, 0..1 (0 when it has none in scope). */
  score: number;
  /** What the process counts for in its parent's score: max(directWeight, score). */
  weight: number;
}

/** Coverage of one column of the map (a vertical grouping) over its in-scope L2s. */
export interface GroupCoverage {
  group: string;
  inScope: number;
  covered: number;
  score: number;
}

/** Counts of one framework level. */
export interface LevelSummary {
  level: number;
  inScope: number;
  covered: number;
  /** Mean weight of the in-scope processes of this level, 0..1. */
  score: number;
}

/** Everything the heat map, the lists, the CLI and the report read. */
export interface CoverageResult {
  pack: string;
  byId: ReadonlyMap<string, ProcessCoverage>;
  /** Mappings whose target is not a process of the pack (another pack, or an unknown id). */
  unresolvedMappings: readonly Mapping[];
}
