import type { RankedDocument } from './ranking-index';
import type { DocumentScore } from './score';

/** The level whose subtree is a "family": the L2 processes, where mappings are judged. */
const FAMILY_LEVEL = 2;

/** The process's ancestor at the family level (itself at or above it), as `pack|id`. */
function familyOf(doc: RankedDocument): string {
  let process = doc.process;
  while (process.level > FAMILY_LEVEL && process.parentId !== null) {
    const parent = doc.catalogue.byId(process.parentId);
    if (parent === undefined) break;
    process = parent;
  }
  return `${doc.catalogue.pack.id}|${process.id}`;
}

/** A candidate after family support: its new score and how many relatives backed it. */
export interface SupportedScore extends DocumentScore {
  relatives: number;
}

/**
 * Re-ranks candidates by the evidence of their family: a candidate gains `weight` times the
 * scores of the other candidates in the same L2 subtree. An operator's process name usually
 * matches several processes of the one L2 it belongs to (its children share its words), while
 * a stray deep process elsewhere matches alone; this moves the whole family up. Scores stay
 * within 0..1. Ties keep the engine's order.
 */
export function withFamilySupport(
  candidates: readonly DocumentScore[],
  weight: number,
): SupportedScore[] {
  const families = candidates.map(({ doc }) => familyOf(doc));
  const sums = new Map<string, { total: number; count: number }>();
  candidates.forEach((candidate, i) => {
    const key = families[i] as string;
    const sum = sums.get(key) ?? { total: 0, count: 0 };
    sum.total += candidate.score;
    sum.count += 1;
    sums.set(key, sum);
  });
  return candidates
    .map((candidate, i) => {
      const sum = sums.get(families[i] as string) ?? { total: 0, count: 0 };
      const others = sum.total - candidate.score;
      return {
        ...candidate,
        score: Math.min(1, candidate.score + weight * others),
        relatives: sum.count - 1,
        position: i,
      };
    })
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ position: _position, ...rest }) => rest);
}

/**
 * Makes room for alternatives: every candidate after the best of its family keeps `keep` of
 * its score, then all are ordered by score again. Five suggestions from one L2 tell the
 * analyst less than the best of several L2s; a family's runners-up still follow where nothing
 * else matches as well, and scores stay in rank order (thresholds and bulk accepts use them).
 */
export function familiesFirst(
  candidates: readonly SupportedScore[],
  keep: number,
): SupportedScore[] {
  const seen = new Set<string>();
  return candidates
    .map((candidate, position) => {
      const family = familyOf(candidate.doc);
      const first = !seen.has(family);
      seen.add(family);
      return {
        candidate: first ? candidate : { ...candidate, score: candidate.score * keep },
        position,
      };
    })
    .sort((a, b) => b.candidate.score - a.candidate.score || a.position - b.position)
    .map(({ candidate }) => candidate);
}
