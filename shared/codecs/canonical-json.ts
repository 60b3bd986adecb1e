/**
 * Deterministic JSON for the files of a workspace, so that saving an unchanged document
 * changes no byte and git diffs stay readable.
 *
 * The format: two-space indented JSON with a trailing newline. In every object, keys come in
 * this order:
 * 1. the envelope keys `format` then `schemaVersion`,
 * 2. then `id`, then `name` (what a reader looks for first),
 * 3. then every other key, sorted by UTF-16 code unit (plain `<`, never locale-dependent).
 * Arrays keep their order: it carries meaning (node z-order, process order). Properties whose
 * value is `undefined` are left out, as JSON.stringify does.
 */

const LEADING_KEYS = ['format', 'schemaVersion', 'id', 'name'] as const;

function leadingRank(key: string): number {
  const rank = (LEADING_KEYS as ReadonlyArray<string>).indexOf(key);
  return rank === -1 ? LEADING_KEYS.length : rank;
}

/** Compares two object keys in canonical order. */
export function compareKeys(a: string, b: string): number {
  const byRank = leadingRank(a) - leadingRank(b);
  if (byRank !== 0) return byRank;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` whose objects enumerate their keys in canonical order. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (!isPlainRecord(value)) return value;
  // A null-prototype object: a key named `__proto__` stays an ordinary key, never a setter.
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value).sort(compareKeys)) {
    out[key] = ordered(value[key]);
  }
  return out;
}

/** Serialises one workspace file in the canonical form described above. */
export function toCanonicalJson(value: unknown): string {
  return `${JSON.stringify(ordered(value), null, 2)}\n`;
}
