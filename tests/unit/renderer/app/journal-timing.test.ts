import { describe, expect, it } from 'vitest';
import { journalWait } from '../../../../renderer/app/journal-timing';

describe('journalWait', () => {
  it('waits the full delay after a first change', () => {
    expect(journalWait(1000, null, 800)).toBe(800);
  });

  it('does not postpone the write for later changes: it stays due a delay after the first', () => {
    expect(journalWait(1300, 1000, 800)).toBe(500);
    expect(journalWait(1790, 1000, 800)).toBe(10);
    expect(journalWait(1800, 1000, 800)).toBe(0);
    expect(journalWait(9000, 1000, 800)).toBe(0);
  });

  it('never leaves a change of a steady stream unjournalled for longer than the delay', () => {
    // An edit every 100 ms for 5 s: simulate the timer and record when writes happen.
    const delay = 800;
    let pendingSince: number | null = null;
    let due: number | null = null;
    const writes: number[] = [];
    let longest = 0;
    for (let t = 0; t <= 5000; t += 10) {
      if (due !== null && t >= due) {
        longest = Math.max(longest, t - pendingSince!);
        writes.push(t);
        pendingSince = null;
        due = null;
      }
      if (t % 100 === 0) {
        const wait = journalWait(t, pendingSince, delay);
        pendingSince ??= t;
        due = t + wait;
      }
    }
    expect(writes.length).toBeGreaterThanOrEqual(5);
    expect(longest).toBeLessThanOrEqual(delay);
  });
});
