import type { FrameworkCatalogue } from '../etom/catalogue';
import type { Mapping } from '../model/mapping-schema';
import type { ScopeEntry } from '../model/scope-schema';
import type { AlignmentQualifier } from '../model/workspace-schema';
import { targetKey } from '../model/framework-ref';
import { stepsBetween } from '../commands/change-lineage';
import type {
  CoverageInputs,
  CoverageResult,
  EffectiveScope,
  ProcessCoverage,
} from './coverage-types';

/**
 * Coverage of a workspace against one framework pack, kept up to date edit by edit.
 *
 * The rules (README "Coverage"):
 * - scope is inherited: a process without a decision takes its nearest ancestor's;
 * - a process is covered when at least one mapping points at it or at a process below it;
 * - `Scope [n/m]` of a process counts its in-scope children (m) and those covered (n);
 * - its weighted score is the mean over those children of what each counts for, which is
 *   max(best alignment weight of the mappings made to the child itself, the child's own score);
 * - a mapping made directly to a parent covers the parent (it counts for the grandparent with
 *   its full weight) but counts none of the parent's children as covered.
 *
 * `update` takes the next inputs and recomputes only what changed: the targets of added or
 * removed mappings and their ancestors, and the subtree of a changed scope decision. What
 * changed comes from the commands themselves where they noted it (change-lineage: the
 * mappings and entries they took out and put in, so the cost follows the edit, not the
 * workspace); otherwise the arrays are compared by identity (commands replace the objects
 * they change and share the rest).
 */
export class CoverageModel {
  private catalogue: FrameworkCatalogue;
  private alignments: readonly AlignmentQualifier[];
  private weights = new Map<string, number>();
  private scopeEntries: readonly ScopeEntry[];
  private mappings: readonly Mapping[];
  private decisions = new Map<string, ScopeEntry>();
  /** Mappings per framework id of the pack. */
  private direct = new Map<string, Set<Mapping>>();
  private unresolved = new Set<Mapping>();
  private results = new Map<string, ProcessCoverage>();
  private depth = new Map<string, number>();
  /**
   * How the last `update` found what changed: from the changes the commands noted
   * (`changes`, O(changed)), by comparing the arrays whole (`diff`), or by starting over.
   */
  lastUpdate: 'changes' | 'diff' | 'rebuild' = 'rebuild';

  constructor(inputs: CoverageInputs) {
    this.catalogue = inputs.catalogue;
    this.alignments = inputs.alignments;
    this.scopeEntries = inputs.scope;
    this.mappings = inputs.mappings;
    this.rebuild();
  }

  /** The coverage now: a fresh map each call, so holders of an older result keep theirs. */
  result(): CoverageResult {
    return {
      pack: this.catalogue.pack.id,
      byId: new Map(this.results),
      unresolvedMappings: [...this.unresolved],
    };
  }

  /** Moves to `next`, recomputing what the differences touch; returns the new result. */
  update(next: CoverageInputs): CoverageResult {
    if (next.catalogue !== this.catalogue || next.alignments !== this.alignments) {
      this.catalogue = next.catalogue;
      this.alignments = next.alignments;
      this.scopeEntries = next.scope;
      this.mappings = next.mappings;
      this.rebuild();
      this.lastUpdate = 'rebuild';
      return this.result();
    }
    const dirty = new Set<string>();
    const mappingSteps = stepsBetween(this.mappings, next.mappings);
    const scopeSteps = stepsBetween(this.scopeEntries, next.scope);
    this.lastUpdate = mappingSteps !== null && scopeSteps !== null ? 'changes' : 'diff';
    if (mappingSteps !== null) {
      for (const step of mappingSteps) {
        for (const mapping of step.removed) this.removeMapping(mapping, dirty);
        for (const mapping of step.added) this.addMapping(mapping, dirty);
      }
    } else {
      const before = new Set(this.mappings);
      const after = new Set(next.mappings);
      for (const mapping of before) if (!after.has(mapping)) this.removeMapping(mapping, dirty);
      for (const mapping of after) if (!before.has(mapping)) this.addMapping(mapping, dirty);
    }
    this.mappings = next.mappings;
    if (scopeSteps !== null) {
      for (const step of scopeSteps) {
        for (const entry of step.removed) this.removeDecision(entry, dirty);
        for (const entry of step.added) this.putDecision(entry, dirty);
      }
    } else {
      const before = new Map(this.scopeEntries.map((e) => [targetKey(e.target), e] as const));
      const after = new Map(next.scope.map((e) => [targetKey(e.target), e] as const));
      for (const [key, entry] of before)
        if (after.get(key) !== entry) this.removeDecision(entry, dirty);
      for (const [key, entry] of after)
        if (before.get(key) !== entry) this.putDecision(entry, dirty);
    }
    this.scopeEntries = next.scope;
    this.recompute(dirty);
    return this.result();
  }

  private rebuild(): void {
    this.weights = new Map(this.alignments.map((a) => [a.id, a.weight]));
    this.decisions = new Map();
    for (const entry of this.scopeEntries) {
      if (entry.target.pack === this.catalogue.pack.id) this.decisions.set(entry.target.id, entry);
    }
    this.direct = new Map();
    this.unresolved = new Set();
    const ignored = new Set<string>();
    for (const mapping of this.mappings) this.addMapping(mapping, ignored);
    this.depth = new Map();
    this.results = new Map();
    const all = new Set<string>();
    for (const process of this.catalogue.processes) all.add(process.id);
    this.recompute(all);
  }

  /** Forgets a decision (if it is still the one held) and marks its subtree. */
  private removeDecision(entry: ScopeEntry, dirty: Set<string>): void {
    if (entry.target.pack !== this.catalogue.pack.id) return;
    const id = entry.target.id;
    if (this.decisions.get(id) === entry) this.decisions.delete(id);
    this.markSubtree(id, dirty);
  }

  private putDecision(entry: ScopeEntry, dirty: Set<string>): void {
    if (entry.target.pack !== this.catalogue.pack.id) return;
    this.decisions.set(entry.target.id, entry);
    this.markSubtree(entry.target.id, dirty);
  }

  private markSubtree(id: string, dirty: Set<string>): void {
    if (!this.catalogue.has(id)) return;
    dirty.add(id);
    for (const below of this.catalogue.descendants(id)) dirty.add(below.id);
  }

  private addMapping(mapping: Mapping, dirty: Set<string>): void {
    const id = mapping.target.id;
    if (mapping.target.pack !== this.catalogue.pack.id || !this.catalogue.has(id)) {
      this.unresolved.add(mapping);
      return;
    }
    let set = this.direct.get(id);
    if (set === undefined) this.direct.set(id, (set = new Set()));
    set.add(mapping);
    dirty.add(id);
  }

  private removeMapping(mapping: Mapping, dirty: Set<string>): void {
    if (this.unresolved.delete(mapping)) return;
    const id = mapping.target.id;
    const set = this.direct.get(id);
    if (set === undefined) return;
    set.delete(mapping);
    if (set.size === 0) this.direct.delete(id);
    dirty.add(id);
  }

  private depthOf(id: string): number {
    const known = this.depth.get(id);
    if (known !== undefined) return known;
    const depth = this.catalogue.ancestors(id).length;
    this.depth.set(id, depth);
    return depth;
  }

  private scopeOf(id: string): { scope: EffectiveScope; from: ProcessCoverage['scopeFrom'] } {
    const own = this.decisions.get(id);
    if (own !== undefined) return { scope: own.status, from: 'own' };
    const parentId = this.catalogue.byId(id)?.parentId ?? null;
    if (parentId === null) return { scope: 'unset', from: 'none' };
    // Parents are computed first (see recompute), so the parent's result is current.
    const parent = this.results.get(parentId);
    if (parent === undefined || parent.scope === 'unset') return { scope: 'unset', from: 'none' };
    return { scope: parent.scope, from: 'inherited' };
  }

  /**
   * Recomputes `dirty` and every ancestor of it. Scope flows down, so the dirty set is first
   * visited top-down for scope; weights flow up, so everything is then summed bottom-up.
   */
  private recompute(dirty: ReadonlySet<string>): void {
    if (dirty.size === 0) return;
    const scopes = new Map<string, { scope: EffectiveScope; from: ProcessCoverage['scopeFrom'] }>();
    const topDown = [...dirty].sort((a, b) => this.depthOf(a) - this.depthOf(b));
    for (const id of topDown) {
      const s = this.scopeOf(id);
      scopes.set(id, s);
      // Publish the scope now so that children visited later inherit the new value.
      const previous = this.results.get(id);
      this.results.set(id, { ...(previous ?? this.empty(id)), scope: s.scope, scopeFrom: s.from });
    }
    const touched = new Set(dirty);
    for (const id of dirty) {
      const path = this.catalogue.ancestors(id);
      // From the parent upwards: once one is in, everything above it is too.
      for (let i = path.length - 1; i >= 0; i -= 1) {
        const ancestorId = path[i]!.id;
        if (touched.has(ancestorId) && !dirty.has(ancestorId)) break;
        touched.add(ancestorId);
      }
    }
    const bottomUp = [...touched].sort((a, b) => this.depthOf(b) - this.depthOf(a));
    for (const id of bottomUp) this.results.set(id, this.compute(id));
  }

  private empty(id: string): ProcessCoverage {
    return {
      id,
      scope: 'unset',
      scopeFrom: 'none',
      directMappings: 0,
      directWeight: 0,
      mappings: [],
      companyProcessIds: [],
      covered: false,
      inScopeChildren: 0,
      coveredChildren: 0,
      score: 0,
      weight: 0,
    };
  }

  private compute(id: string): ProcessCoverage {
    const current = this.results.get(id) ?? this.empty(id);
    const mapped = this.direct.get(id);
    let directWeight = 0;
    const companies = new Set<string>();
    if (mapped !== undefined) {
      for (const mapping of mapped) {
        directWeight = Math.max(directWeight, this.weights.get(mapping.alignment) ?? 0);
        companies.add(mapping.processId);
      }
    }
    let inScope = 0;
    let coveredChildren = 0;
    let sum = 0;
    let anyChildCovered = false;
    for (const child of this.catalogue.children(id)) {
      const result = this.results.get(child.id);
      if (result === undefined) continue;
      if (result.covered) anyChildCovered = true;
      if (result.scope !== 'in') continue;
      inScope += 1;
      sum += result.weight;
      if (result.covered) coveredChildren += 1;
    }
    const score = inScope === 0 ? 0 : sum / inScope;
    const directMappings = mapped?.size ?? 0;
    return {
      id,
      scope: current.scope,
      scopeFrom: current.scopeFrom,
      directMappings,
      directWeight,
      mappings: mapped === undefined ? [] : [...mapped].sort(byId),
      companyProcessIds: [...companies].sort(),
      covered: directMappings > 0 || anyChildCovered,
      inScopeChildren: inScope,
      coveredChildren,
      score,
      weight: Math.max(directWeight, score),
    };
  }
}

function byId(a: Mapping, b: Mapping): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Coverage of `inputs` computed once (the CLI and the report; the app keeps a CoverageModel). */
export function computeCoverage(inputs: CoverageInputs): CoverageResult {
  return new CoverageModel(inputs).result();
}
