import { describe, expect, it } from 'vitest';
import { folderKeyMove } from '../../../../renderer/dialogs/folder-keys';

const names = ['alpha', 'beta', 'bravo', 'charlie'];

describe('folderKeyMove', () => {
  it('moves the active row within the list', () => {
    expect(folderKeyMove('ArrowDown', false, 0, names)).toEqual({ kind: 'move', index: 1 });
    expect(folderKeyMove('ArrowDown', false, 3, names)).toEqual({ kind: 'move', index: 3 });
    expect(folderKeyMove('ArrowUp', false, 0, names)).toEqual({ kind: 'move', index: 0 });
    expect(folderKeyMove('End', false, 0, names)).toEqual({ kind: 'move', index: 3 });
    expect(folderKeyMove('Home', false, 2, names)).toEqual({ kind: 'move', index: 0 });
    expect(folderKeyMove('PageDown', false, 1, names)).toEqual({ kind: 'move', index: 3 });
    expect(folderKeyMove('PageUp', false, 3, names)).toEqual({ kind: 'move', index: 0 });
  });

  it('goes in with Enter or Right, up with Backspace, Left or Alt+Up', () => {
    expect(folderKeyMove('Enter', false, 1, names)).toEqual({ kind: 'enter' });
    expect(folderKeyMove('ArrowRight', false, 1, names)).toEqual({ kind: 'enter' });
    expect(folderKeyMove('Backspace', false, 1, names)).toEqual({ kind: 'up' });
    expect(folderKeyMove('ArrowLeft', false, 1, names)).toEqual({ kind: 'up' });
    expect(folderKeyMove('ArrowUp', true, 1, names)).toEqual({ kind: 'up' });
  });

  it('jumps to the next folder starting with a typed letter, wrapping around', () => {
    expect(folderKeyMove('b', false, 0, names)).toEqual({ kind: 'move', index: 1 });
    expect(folderKeyMove('B', false, 1, names)).toEqual({ kind: 'move', index: 2 });
    expect(folderKeyMove('b', false, 2, names)).toEqual({ kind: 'move', index: 1 });
    expect(folderKeyMove('z', false, 0, names)).toBeNull();
  });

  it('does nothing in an empty folder but going up', () => {
    expect(folderKeyMove('ArrowDown', false, 0, [])).toBeNull();
    expect(folderKeyMove('Enter', false, 0, [])).toBeNull();
    expect(folderKeyMove('Backspace', false, 0, [])).toEqual({ kind: 'up' });
    expect(folderKeyMove('Tab', false, 0, names)).toBeNull();
  });
});
