import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../../../renderer/canvas/text-fit';
import { breakWord, measureText, wrapText, wrapWords } from '../../../../shared/render/text-wrap';

// Labels of the kind diagrams hold: short names, long eTOM names, one word wider than a box.
const LABELS = [
  'Customer Order Handling',
  'Determine Customer Order Feasibility and Reserve Resources',
  'Telecommunicationsserviceactivationmanagement fault',
  'Issue   Customer \t Orders',
  'a b c d e f g h i j k l m n o p',
  'OPS-12 Activate fibre service (same-day, if the credit check by finance passes)',
];

describe('the canvas wraps node text as the exports do', () => {
  it('gives the same lines as wrapText for one-paragraph text at any width', () => {
    for (const label of LABELS) {
      for (const width of [40, 90, 150, 176, 260]) {
        const measure = (text: string) => measureText(text, 13);
        expect(wrapLines(label, width, measure), `${label} at ${width}`).toEqual(
          wrapText(label, width, 13),
        );
      }
    }
  });

  it('keeps each explicit line of a note, wrapped by the same rule', () => {
    const fits = (text: string) => [...text].length <= 8;
    expect(wrapLines('Credit check\n\nby finance', 8, (t) => [...t].length)).toEqual([
      ...wrapWords(['Credit', 'check'], fits),
      '',
      ...wrapWords(['by', 'finance'], fits),
    ]);
  });
});

describe('breakWord', () => {
  it('cuts a word wider than the box into pieces that fit, at least a character each', () => {
    expect(breakWord('Telecommunications', (t) => t.length <= 8)).toEqual([
      'Telecomm',
      'unicatio',
      'ns',
    ]);
    expect(breakWord('WWW', () => false)).toEqual(['W', 'W', 'W']);
  });
});

describe('wrapWords', () => {
  it('breaks inside a word only when the word alone is too wide', () => {
    const fits = (t: string) => t.length <= 10;
    expect(wrapWords(['Order', 'Handling', 'Provisioning'], fits)).toEqual([
      'Order',
      'Handling',
      'Provisioni',
      'ng',
    ]);
  });
});
