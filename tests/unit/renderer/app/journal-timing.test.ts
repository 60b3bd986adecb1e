import { describe, expect, it } from 'vitest';
import { journalWait } from '../../../../renderer/app/journal-timing';

describe('journalWait', () => {
  it('waits the full delay after a first change', () => {
    expect(journalWait(1000, null, 800)).toBe(800);
  });

  it('debounces later changes, but never past twice the delay since the first', () => {
    expect(journalWait(1300, 1000, 800)).toBe(800);
    expect(journalWait(2000, 1000, 800)).toBe(600);
    expect(journalWait(2600, 1000, 800)).toBe(0);
    expect(journalWait(9000, 1000, 800)).toBe(0);
  });

  it('keeps a steady stream of edits journalled at least every two delays', () => {
    // An edit every 100 ms for 5 s: simulate the timer and record when writes happen.
    const delay = 800;
    let pendingSince: number | null = null;
    let due: number | null = null;
    const writes: number[] = [];
    for (let t = 0; t <= 5000; t += 10) {
      if (due !== null && t >= due) {
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
    expect(writes.length).toBeGreaterThanOrEqual(3);
    const gaps = writes.slice(1).map((w, i) => w - writes[i]!);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(2 * delay + 100);
  });
});
