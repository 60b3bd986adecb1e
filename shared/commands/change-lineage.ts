/**
 * Where an array of the document came from: commands that replace the mappings or scope
 * entries note which objects they took out and put in, so a consumer holding an older array
 * (the coverage model) can catch up by visiting only those objects instead of diffing both
 * arrays whole. It is a memo beside the document, never part of it: an array nothing was
 * noted for (a document loaded from disk, a test's hand-made input) simply has no lineage, and
 * the consumer falls back to its own diff.
 *
 * Only numbers and the changed objects are kept, never an older array, so noting a change
 * holds no earlier copy of a 10,000-element list alive.
 */

/** One command's change to an array: these objects left it, then these entered it. */
export interface ArrayStep<T> {
  removed: readonly T[];
  added: readonly T[];
}

interface Link {
  /** The stamp of the array this one was derived from. */
  base: number;
  step: ArrayStep<unknown>;
  /** How the base itself was derived, if that was noted. */
  previous: Link | null;
  depth: number;
}

/** How far back a chain is kept; a consumer further behind than this diffs instead. */
export const MAX_LINEAGE_DEPTH = 256;

const stamps = new WeakMap<object, number>();
const links = new WeakMap<object, Link>();
let nextStamp = 1;

function stampOf(array: object): number {
  let stamp = stamps.get(array);
  if (stamp === undefined) {
    stamp = nextStamp;
    nextStamp += 1;
    stamps.set(array, stamp);
  }
  return stamp;
}

/** Notes that `next` is `base` with `step.removed` taken out and `step.added` put in. */
export function noteDerived<T>(next: readonly T[], base: readonly T[], step: ArrayStep<T>): void {
  if (next === base) return;
  let previous = links.get(base) ?? null;
  if (previous !== null && previous.depth >= MAX_LINEAGE_DEPTH) previous = null;
  links.set(next, {
    base: stampOf(base),
    step: step,
    previous,
    depth: previous === null ? 1 : previous.depth + 1,
  });
}

/**
 * The steps that lead from `from` to `to`, oldest first; `[]` when they are the same array;
 * null when `to` is not known to descend from `from` (the caller then compares them itself).
 */
export function stepsBetween<T>(from: readonly T[], to: readonly T[]): ArrayStep<T>[] | null {
  if (from === to) return [];
  const target = stamps.get(from);
  if (target === undefined) return null;
  const steps: ArrayStep<T>[] = [];
  for (let link = links.get(to) ?? null; link !== null; link = link.previous) {
    steps.push(link.step as ArrayStep<T>);
    if (link.base === target) return steps.reverse();
  }
  return null;
}
