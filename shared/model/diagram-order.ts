const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Diagrams in the order lists show them: by name as a reader sorts ("Flow 2" before "Flow 10",
 * case and accents aside), then by id. A workspace read from disk holds its diagrams in file
 * name order and one being edited in the order they were made: the lists must not change
 * order between the two.
 */
export function inNameOrder<T extends { name: string; id: string }>(diagrams: readonly T[]): T[] {
  return [...diagrams].sort(
    (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
