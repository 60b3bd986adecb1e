import { describe, expect, it } from 'vitest';
import { labelCap, MAX_LABEL, MIN_LABEL } from '../../../../renderer/workspace/tab-label-cap';

const drawn = (widths: number[], cap: number) =>
  widths.reduce((sum, width) => sum + Math.min(width, cap), 0);

describe('labelCap: the width tab names are cut at so that they fit', () => {
  it('cuts none when all fit whole', () => {
    expect(labelCap([80, 120, 150], 400)).toBe(MAX_LABEL);
    expect(labelCap([], 0)).toBe(MAX_LABEL);
  });

  it('cuts the longest names first, at one width, and keeps the short ones whole', () => {
    // 80 and 100 fit whole; the 220 left is shared by the two long names, 110 each.
    const widths = [80, 100, 200, 210];
    expect(labelCap(widths, 400)).toBe(110);
    expect(drawn(widths, 110)).toBe(400);
    // Only the long one gives up width where it alone is too wide.
    expect(labelCap([90, 95, 300], 400)).toBe(215);
  });

  it('uses all the room it has: one more pixel would not fit', () => {
    for (const room of [300, 517, 640, 668]) {
      const widths = [60, 100, 124, 140, 180];
      const cap = labelCap(widths, room);
      if (cap === MIN_LABEL || cap === MAX_LABEL) continue;
      expect(drawn(widths, cap)).toBeLessThanOrEqual(room);
      expect(drawn(widths, cap + 1)).toBeGreaterThan(room);
    }
  });

  it('cuts no shorter than a word or two: the strip scrolls instead', () => {
    expect(labelCap([200, 200, 200, 200, 200, 200], 300)).toBe(MIN_LABEL);
  });
});
