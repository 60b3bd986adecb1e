import { describe, expect, it } from 'vitest';
import { assignSlots } from '../../../../renderer/mapping-table/row-slots';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('assignSlots', () => {
  it('numbers the first window from 0', () => {
    expect([...assignSlots(new Map(), range(0, 4))]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('keeps the slot of a line that stays and gives a scrolled-in line a freed slot', () => {
    const first = assignSlots(new Map(), range(0, 5));
    const down = assignSlots(first, range(3, 8));
    // Lines 3 and 4 stay where they were; 5, 6, 7 reuse the slots of 0, 1, 2.
    expect(down.get(3)).toBe(3);
    expect(down.get(4)).toBe(4);
    expect([down.get(5), down.get(6), down.get(7)]).toEqual([0, 1, 2]);
    const up = assignSlots(down, range(1, 6));
    expect(up.get(3)).toBe(3);
    expect(up.get(5)).toBe(0);
    expect(new Set(up.values()).size).toBe(5);
  });

  it('never gives two lines one slot and stays within the largest window', () => {
    let slots = assignSlots(new Map(), range(0, 10));
    for (const start of [7, 30, 29, 2, 0, 500, 495, 12]) {
      const size = 8 + (start % 3);
      slots = assignSlots(slots, range(start, start + size));
      expect(slots.size).toBe(size);
      expect(new Set(slots.values()).size).toBe(size);
      expect(Math.max(...slots.values())).toBeLessThan(10);
    }
  });

  it('grows with a window that grows', () => {
    const small = assignSlots(new Map(), range(0, 2));
    expect([...assignSlots(small, range(0, 4)).values()].sort()).toEqual([0, 1, 2, 3]);
  });
});
