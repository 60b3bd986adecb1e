import { describe, expect, it } from 'vitest';
import { resultKeyMove } from '../../../../renderer/library/result-keys';

describe('resultKeyMove', () => {
  it('steps down and up, stopping at the last result and going up into the search box', () => {
    expect(resultKeyMove('ArrowDown', 0, 5, 8)).toBe(1);
    expect(resultKeyMove('ArrowDown', 4, 5, 8)).toBe(4);
    expect(resultKeyMove('ArrowUp', 3, 5, 8)).toBe(2);
    expect(resultKeyMove('ArrowUp', 0, 5, 8)).toBe(-1);
  });

  it('jumps to the ends and by a page, within the results', () => {
    expect(resultKeyMove('Home', 3, 5, 8)).toBe(0);
    expect(resultKeyMove('End', 0, 5, 8)).toBe(4);
    expect(resultKeyMove('PageDown', 0, 50, 8)).toBe(8);
    expect(resultKeyMove('PageDown', 45, 50, 8)).toBe(49);
    expect(resultKeyMove('PageUp', 5, 50, 8)).toBe(0);
    // A panel shorter than two rows still moves a row a page.
    expect(resultKeyMove('PageDown', 0, 50, 0)).toBe(1);
  });

  it('leaves other keys (Enter, Space, letters) to the focused button', () => {
    expect(resultKeyMove('Enter', 0, 5, 8)).toBeNull();
    expect(resultKeyMove(' ', 0, 5, 8)).toBeNull();
    expect(resultKeyMove('a', 0, 5, 8)).toBeNull();
    expect(resultKeyMove('ArrowDown', 0, 0, 8)).toBeNull();
  });
});
