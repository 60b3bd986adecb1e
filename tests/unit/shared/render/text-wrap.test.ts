import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureText, wrapText } from '../../../../shared/render/text-wrap';

describe('wrapText', () => {
  it('breaks at spaces and keeps every line within the width', () => {
    const lines = wrapText('Customer Order Processing Management', 90, 11.5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Customer Order Processing Management');
    for (const line of lines) expect(measureText(line, 11.5)).toBeLessThanOrEqual(90);
  });

  it('breaks a word wider than the box inside the word, as overflow-wrap does', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 40, 11.5);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(measureText(line, 11.5)).toBeLessThanOrEqual(40);
  });

  it('loses no non-space character and no line is over the width, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 20, max: 300 }),
        (text, width) => {
          const lines = wrapText(text, width, 11.5);
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const line of lines) {
            // A single character wider than the box still goes on a line of its own.
            if ([...line].length > 1) expect(measureText(line, 11.5)).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });

  it('measures bold wider, and wide letters wider than narrow ones', () => {
    expect(measureText('Market', 12, true)).toBeGreaterThan(measureText('Market', 12));
    expect(measureText('MMMM', 12)).toBeGreaterThan(measureText('iiii', 12));
  });
});
