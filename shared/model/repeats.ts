import type { z } from 'zod';

/**
 * Adds a schema issue at `[field, index, at]` for every item of `items` whose key an earlier
 * item already had (ids of a set, one scope decision per process): the file names the second
 * occurrence, where the analyst will look for the mistake.
 */
export function flagRepeats<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string,
  place: { field: string; at: string },
  message: (item: T) => string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        message: message(item),
        path: [place.field, index, place.at],
      });
    }
    seen.add(key);
  });
}
