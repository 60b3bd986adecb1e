import { sameJson } from './same-json';
import { formatPath, type MergeConflict, type PathStep } from './merge-conflict';

/** Arrays that are sets, by the path of their parent's key: how to key their elements. */
export type SetKeys = ReadonlyMap<string, (element: unknown) => string>;

export interface MergeResult {
  value: unknown;
  conflicts: MergeConflict[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setPath(path: readonly PathStep[]): string {
  return path.filter((step): step is string => typeof step === 'string').join('.');
}

/**
 * Three-way merge of JSON values, per field: a side that changed a value from the base wins
 * over one that did not; two different changes to one value are a conflict (ours is kept).
 * Objects merge key by key; arrays named in `sets` merge element by element by their key
 * (additions on both sides both land, an element deleted on one side and changed on the other
 * is a conflict); any other array is one value.
 */
export function mergeValue(
  base: unknown,
  ours: unknown,
  theirs: unknown,
  sets: SetKeys,
  path: readonly PathStep[] = [],
): MergeResult {
  if (sameJson(ours, theirs)) return { value: ours, conflicts: [] };
  if (sameJson(base, ours)) return { value: theirs, conflicts: [] };
  if (sameJson(base, theirs)) return { value: ours, conflicts: [] };
  const keyOf = sets.get(setPath(path));
  if (keyOf && Array.isArray(ours) && Array.isArray(theirs)) {
    return mergeSet(Array.isArray(base) ? base : [], ours, theirs, keyOf, sets, path);
  }
  if (isObject(ours) && isObject(theirs) && (base === undefined || isObject(base))) {
    return mergeObject(base ?? {}, ours, theirs, sets, path);
  }
  return {
    value: ours,
    conflicts: [
      {
        kind: 'both-changed',
        path,
        ...(base === undefined ? {} : { base }),
        ours,
        theirs,
        message: `${formatPath(path) || 'The file'} was changed on both sides; ours is kept.`,
      },
    ],
  };
}

function mergeObject(
  base: Json,
  ours: Json,
  theirs: Json,
  sets: SetKeys,
  path: readonly PathStep[],
): MergeResult {
  const value: Json = {};
  const conflicts: MergeConflict[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)]);
  for (const key of keys) {
    const merged = mergeValue(base[key], ours[key], theirs[key], sets, [...path, key]);
    if (merged.value !== undefined) value[key] = merged.value;
    conflicts.push(...merged.conflicts);
  }
  return { value, conflicts };
}

function byKey(items: readonly unknown[], keyOf: (element: unknown) => string) {
  return new Map(items.map((item) => [keyOf(item), item]));
}

function mergeSet(
  base: readonly unknown[],
  ours: readonly unknown[],
  theirs: readonly unknown[],
  keyOf: (element: unknown) => string,
  sets: SetKeys,
  path: readonly PathStep[],
): MergeResult {
  const b = byKey(base, keyOf);
  const o = byKey(ours, keyOf);
  const t = byKey(theirs, keyOf);
  const merged: unknown[] = [];
  const conflicts: MergeConflict[] = [];
  // Ours first in our order, then what only they added in theirs: files are sorted on write.
  const keys = new Set([...o.keys(), ...t.keys(), ...b.keys()]);
  for (const key of keys) {
    const at = [...path, { key }];
    const [was, mine, other] = [b.get(key), o.get(key), t.get(key)];
    if (mine === undefined && other === undefined) continue;
    if (mine === undefined || other === undefined) {
      const kept = mine ?? other;
      if (was === undefined) {
        merged.push(kept);
        continue;
      }
      if (sameJson(was, kept)) continue; // deleted on one side, untouched on the other
      const deletedOurs = mine === undefined;
      conflicts.push({
        kind: deletedOurs ? 'deleted-ours-changed-theirs' : 'changed-ours-deleted-theirs',
        path: at,
        base: was,
        ...(deletedOurs ? { theirs: other } : { ours: mine }),
        message: deletedOurs
          ? `${formatPath(at)} was deleted on our side and changed on theirs; it stays deleted.`
          : `${formatPath(at)} was changed on our side and deleted on theirs; ours is kept.`,
      });
      if (!deletedOurs) merged.push(mine);
      continue;
    }
    const result = mergeValue(was, mine, other, sets, at);
    if (was === undefined) {
      for (const conflict of result.conflicts) conflict.kind = 'both-added';
    }
    merged.push(result.value);
    conflicts.push(...result.conflicts);
  }
  return { value: merged, conflicts };
}
