/**
 * Accuracy at L2 over the evaluation set: a ranking is right at top-k when one of its first k
 * results lies in (or is) the labelled L2. Misses are listed for the tune rows only, so that
 * the held-out rows stay unseen while the engine is tuned.
 */
import { l2Of, type EvalCase } from './suggest-eval-set';

/** A ranking under test: framework ids for a company process name, best first. */
export type Ranker = (query: string, limit: number) => string[];

export interface Accuracy {
  cases: number;
  top1: number;
  top5: number;
  /** Tune rows whose label is not first: the query, where the label came, the top ids. */
  misses: string[];
}

export function measureAccuracy(ranker: Ranker, cases: readonly EvalCase[]): Accuracy {
  let top1 = 0;
  let top5 = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const ids = ranker(c.query, 5);
    const rank = ids.findIndex((id) => l2Of(id) === c.l2);
    if (rank === 0) top1 += 1;
    if (rank >= 0) top5 += 1;
    if (rank !== 0 && c.split === 'tune') {
      const where = rank < 0 ? 'not in top 5' : `rank ${rank + 1}`;
      misses.push(`${c.query} (${c.l2}): ${where}; got ${ids.slice(0, 3).join(', ')}`);
    }
  }
  return { cases: cases.length, top1, top5, misses };
}

export const percent = (part: number, whole: number): string =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
