import { describe, expect, it } from 'vitest';
import { progressText } from '../../../../renderer/diagram-export/progress-text';

describe('progressText', () => {
  it('counts diagrams and pages of a whole-workspace PDF from one', () => {
    expect(progressText({ step: 'preparing', done: 0, total: 12 })).toBe(
      'Drawing diagram 1 of 12…',
    );
    expect(progressText({ step: 'checking', done: 11, total: 12 })).toBe(
      'Checking diagram 12 of 12…',
    );
    expect(progressText({ step: 'drawing', done: 2, total: 12 })).toBe('Writing page 3 of 12…');
    expect(progressText({ step: 'writing', done: 0, total: 0 })).toBe('Saving the file…');
  });

  it('says what one picture goes through, without counting', () => {
    expect(progressText({ step: 'preparing', done: 0, total: 1 })).toBe('Drawing…');
    expect(progressText({ step: 'checking', done: 0, total: 1 })).toBe('Checking the drawing…');
    expect(progressText({ step: 'drawing', done: 0, total: 1 })).toBe('Writing the page…');
    expect(progressText({ step: 'rasterising', done: 0, total: 1 })).toBe(
      'Rasterising the picture…',
    );
  });
});
