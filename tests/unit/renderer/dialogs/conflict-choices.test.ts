import { describe, expect, it } from 'vitest';
import { conflictChoices } from '../../../../renderer/dialogs/conflict-choices';

describe('conflictChoices', () => {
  it('offers reload only when there is nothing unsaved to keep', () => {
    expect(conflictChoices({ reason: 'outside', dirty: false, readOnly: null })).toEqual([
      'reload',
    ]);
    expect(conflictChoices({ reason: 'outside', dirty: false, readOnly: 'Taken over' })).toEqual([
      'reload',
    ]);
  });

  it('offers save as copy, keep mine and reload in a window that may save', () => {
    expect(conflictChoices({ reason: 'save', dirty: true, readOnly: null })).toEqual([
      'saveAsCopy',
      'keepMine',
      'reload',
    ]);
    expect(conflictChoices({ reason: 'outside', dirty: true, readOnly: null })).toEqual([
      'saveAsCopy',
      'keepMine',
      'reload',
    ]);
  });

  it('never offers keep mine in a read-only window, whose save would be refused', () => {
    for (const reason of ['save', 'outside'] as const) {
      expect(
        conflictChoices({ reason, dirty: true, readOnly: 'Ana on this computer took it over' }),
      ).toEqual(['saveAsCopy', 'reload']);
    }
  });
});
