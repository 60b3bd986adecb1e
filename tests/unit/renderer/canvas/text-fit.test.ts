import { describe, expect, it } from 'vitest';
import {
  NODE_TEXT,
  clampLines,
  heightToFit,
  linesThatFit,
  wrapLines,
  type Measure,
} from '../../../../renderer/canvas/text-fit';

// A monospaced measure: every character is 10 px wide, so expectations are easy to read.
const mono: Measure = (text) => [...text].length * 10;

describe('wrapLines', () => {
  it('wraps between words, never inside one that fits a line', () => {
    expect(wrapLines('Customer Order Handling', 100, mono)).toEqual([
      'Customer',
      'Order',
      'Handling',
    ]);
    expect(wrapLines('Issue Customer Orders', 150, mono)).toEqual(['Issue Customer', 'Orders']);
  });

  it('breaks only a word longer than the line', () => {
    expect(wrapLines('Telecommunications fault', 80, mono)).toEqual([
      'Telecomm',
      'unicatio',
      'ns fault',
    ]);
  });

  it('keeps explicit line breaks and empty lines', () => {
    expect(wrapLines('One\n\nTwo words', 200, mono)).toEqual(['One', '', 'Two words']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapLines('', 100, mono)).toEqual(['']);
  });
});

describe('clampLines', () => {
  const lines = ['Determine customer', 'order feasibility', 'and reserve stock'];

  it('keeps everything that fits', () => {
    expect(clampLines(lines, 3, 200, mono)).toEqual(lines);
  });

  it('cuts at the end with an ellipsis, never in the middle', () => {
    expect(clampLines(lines, 2, 200, mono)).toEqual(['Determine customer', 'order feasibility…']);
  });

  it('shortens the last line so the ellipsis fits too', () => {
    expect(clampLines(lines, 1, 100, mono)).toEqual(['Determine…']);
  });

  it('shows at least one line', () => {
    expect(clampLines(lines, 0, 300, mono)).toEqual(['Determine customer…']);
  });
});

describe('box heights', () => {
  it('counts the whole lines a box shows', () => {
    expect(linesThatFit(72)).toBe(3); // (72 - 16) / 17
    expect(linesThatFit(10)).toBe(1);
  });

  it('grows a box to show all of its text, and never shrinks it below its minimum', () => {
    const text = 'Receive the order, check credit, reserve the number and book the installer';
    const lines = wrapLines(text, 180 - 20, mono).length;
    expect(lines).toBe(6);
    expect(heightToFit(text, 180, mono, { padding: 20, minHeight: 40 })).toBe(
      6 * NODE_TEXT.lineHeight + NODE_TEXT.reserved,
    );
    expect(heightToFit('Short', 180, mono, { padding: 20, minHeight: 40 })).toBe(40);
  });
});
