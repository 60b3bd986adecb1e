/**
 * Which DOM row slot shows which line of a virtualised list. A line that stays in view keeps
 * its slot; a line that scrolls in takes the slot of one that scrolled out. Rendered keyed by
 * slot (in slot order), a scroll then changes the text and offset of a few existing rows
 * instead of unmounting rows and mounting new ones, and no row element is ever moved.
 */
export type SlotMap = ReadonlyMap<number, number>;

/**
 * The slots of `indices` (the lines in view, in any order), given the slots of the previous
 * frame: kept lines keep theirs, new lines take freed slots lowest first, then unused numbers
 * from 0 up, so the slots stay within the largest window seen.
 */
export function assignSlots(previous: SlotMap, indices: readonly number[]): Map<number, number> {
  const next = new Map<number, number>();
  const used = new Set<number>();
  for (const index of indices) {
    const slot = previous.get(index);
    if (slot !== undefined) {
      next.set(index, slot);
      used.add(slot);
    }
  }
  const freed = [...previous.values()].filter((slot) => !used.has(slot)).sort((a, b) => a - b);
  let fresh = 0;
  for (const index of indices) {
    if (next.has(index)) continue;
    let slot = freed.shift();
    if (slot === undefined) {
      while (used.has(fresh)) fresh += 1;
      slot = fresh;
    }
    used.add(slot);
    next.set(index, slot);
  }
  return next;
}
