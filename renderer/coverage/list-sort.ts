import { compareProcessIds } from '../../shared/etom/process-id';

/** A list's sort: a column and a direction. */
export interface ListSort<K extends string> {
  key: K;
  descending: boolean;
}

/** The next sort after a click on `key`'s header: the same column flips, another starts ascending. */
export function nextSort<K extends string>(sort: ListSort<K>, key: K): ListSort<K> {
  return { key, descending: sort.key === key ? !sort.descending : false };
}

/** Sorts by one of `compare`'s columns, ties by `tie`. */
export function sortList<T, K extends string>(
  items: readonly T[],
  sort: ListSort<K>,
  compare: Readonly<Record<K, (a: T, b: T) => number>>,
  tie: (a: T, b: T) => number,
): T[] {
  const sign = sort.descending ? -1 : 1;
  return [...items].sort((a, b) => sign * compare[sort.key](a, b) || tie(a, b));
}

/** Framework ids in the framework's order (1.2 before 1.10). */
export const byProcessId = (a: { id: string }, b: { id: string }) => compareProcessIds(a.id, b.id);
export const byText = (a: string, b: string) => a.localeCompare(b);
