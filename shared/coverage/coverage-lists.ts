import type { FrameworkCatalogue } from '../etom/catalogue';
import type { Mapping } from '../model/mapping-schema';
import type { CompanyProcess } from '../model/process-schema';
import type { CoverageResult } from './coverage-types';

/** An in-scope framework process nothing maps to. */
export interface Gap {
  id: string;
  level: number;
  name: string;
}

/** A framework process mapped from several company processes. */
export interface Overlap {
  id: string;
  level: number;
  name: string;
  companyProcessIds: readonly string[];
}

/** A company process that stands for nothing in the framework, or is not mapped yet. */
export interface Extension {
  processId: string;
  name: string;
  reason: 'flagged' | 'unmapped';
}

/** The deepest level gaps are listed at by default: L3, where alignments are reported. */
export const GAP_LEVEL = 3;

/**
 * The gaps: in-scope processes down to `maxLevel` that are not covered, each listed once at
 * the top of its uncovered branch (an L2 with nothing mapped anywhere below it is one gap, not
 * one per L3). Deeper processes are not listed: an L3 mapped as a whole would otherwise make
 * each of its L4s a gap.
 */
export function listGaps(
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
  maxLevel = GAP_LEVEL,
): Gap[] {
  const gaps: Gap[] = [];
  for (const process of catalogue.processes) {
    if (process.level > maxLevel) continue;
    const own = coverage.byId.get(process.id);
    if (own === undefined || own.scope !== 'in' || own.covered) continue;
    const parent = process.parentId === null ? undefined : coverage.byId.get(process.parentId);
    if (parent !== undefined && parent.scope === 'in' && !parent.covered) continue;
    gaps.push({ id: process.id, level: process.level, name: process.name });
  }
  return gaps;
}

/** The overlaps: processes that mappings from two or more company processes point at. */
export function listOverlaps(catalogue: FrameworkCatalogue, coverage: CoverageResult): Overlap[] {
  const out: Overlap[] = [];
  for (const process of catalogue.processes) {
    const own = coverage.byId.get(process.id);
    if (own === undefined || own.companyProcessIds.length < 2) continue;
    out.push({
      id: process.id,
      level: process.level,
      name: process.name,
      companyProcessIds: own.companyProcessIds,
    });
  }
  return out;
}

/**
 * The extensions: company processes flagged "not in eTOM", then those with no mapping on them
 * or below them, each in the order of `processes`. A grouping process whose children are
 * mapped is covered through them, so it is not listed.
 */
export function listExtensions(
  processes: readonly CompanyProcess[],
  mappings: readonly Mapping[],
): Extension[] {
  const parentOf = new Map<string, string | null>(processes.map((p) => [p.id, p.parentId]));
  // Every mapped process and its ancestors: each walk stops at the first one already marked.
  const covered = new Set<string>();
  for (const mapping of mappings) {
    let id: string | null | undefined = mapping.processId;
    while (id !== null && id !== undefined && !covered.has(id)) {
      covered.add(id);
      id = parentOf.get(id);
    }
  }
  const flagged: Extension[] = [];
  const unmapped: Extension[] = [];
  for (const process of processes) {
    if (process.extension === true) {
      flagged.push({ processId: process.id, name: process.name, reason: 'flagged' });
    } else if (!covered.has(process.id)) {
      unmapped.push({ processId: process.id, name: process.name, reason: 'unmapped' });
    }
  }
  return [...flagged, ...unmapped];
}

/**
 * The mappings behind a process: those made to it and to every process below it, its own
 * first, then its children's in the framework's order (each process's sorted by id). Only covered branches are visited, so the walk costs what is
 * mapped there, not the size of the subtree.
 */
export function mappingsBehind(
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
  id: string,
): Mapping[] {
  const out: Mapping[] = [];
  const visit = (processId: string) => {
    const own = coverage.byId.get(processId);
    if (own === undefined || !own.covered) return;
    out.push(...own.mappings);
    for (const child of catalogue.children(processId)) visit(child.id);
  };
  visit(id);
  return out;
}
