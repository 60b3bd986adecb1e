/**
 * A change to some fields of one object: a value sets the field, `null` removes it. Plain
 * data (no `undefined`), so an invocation survives JSON (journal, clipboard) unchanged.
 */
export type FieldPatch<T> = { [K in keyof T]?: Exclude<T[K], undefined> | null };

/**
 * Applies `patch` to `target`: the changed object, and the patch that puts back what was
 * there (the old value, or null where the field was absent). O(fields patched).
 */
export function applyFieldPatch<T extends object, F extends object>(
  target: T,
  patch: FieldPatch<F>,
): { value: T; inverse: FieldPatch<F> } {
  const value: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  const inverse: Record<string, unknown> = {};
  for (const [key, next] of Object.entries(patch)) {
    if (next === undefined) continue;
    inverse[key] = key in value ? value[key] : null;
    if (next === null) delete value[key];
    else value[key] = next;
  }
  return { value: value as T, inverse: inverse as FieldPatch<F> };
}
