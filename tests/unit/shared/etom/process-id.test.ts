import { describe, expect, it } from 'vitest';
import {
  compareProcessIds,
  isIdBelow,
  isProcessIdText,
  parentIdOf,
} from '../../../../shared/etom/process-id';

describe('process ids', () => {
  it('sorts numerically segment by segment, parents before children', () => {
    const ids = ['1.1.10', '1.12', '1.1.9', '1.1', '1.1.9.1', '1.2', '1.1.10.1'];
    expect([...ids].sort(compareProcessIds)).toEqual([
      '1.1',
      '1.1.9',
      '1.1.9.1',
      '1.1.10',
      '1.1.10.1',
      '1.2',
      '1.12',
    ]);
  });

  it('recognises ids and walks up and down the id tree', () => {
    expect(isProcessIdText('1.3.10')).toBe(true);
    expect(isProcessIdText('1.3.')).toBe(false);
    expect(isProcessIdText('X.X')).toBe(false);
    expect(parentIdOf('1.3.3')).toBe('1.3');
    expect(parentIdOf('1')).toBeNull();
    expect(isIdBelow('1.3.3', '1.3')).toBe(true);
    expect(isIdBelow('1.33', '1.3')).toBe(false);
    expect(isIdBelow('1.3', '1.3')).toBe(false);
  });
});
