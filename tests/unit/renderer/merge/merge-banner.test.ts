import { describe, expect, it } from 'vitest';
import { bannerText } from '../../../../renderer/merge/MergeBanner';

describe('bannerText', () => {
  it('speaks of a merge only when a merge recorded conflicts', () => {
    expect(bannerText({ open: 3, openConflicts: 3 })).toBe(
      'A merge left 3 conflicts to resolve in this workspace.',
    );
    expect(bannerText({ open: 1, openConflicts: 1 })).toBe(
      'A merge left 1 conflict to resolve in this workspace.',
    );
  });

  it('names references that point at nothing for what they are, with or without a merge', () => {
    expect(bannerText({ open: 684, openConflicts: 0 })).toBe(
      '684 references point at a process that is not there: review them before going on.',
    );
    expect(bannerText({ open: 1, openConflicts: 0 })).toBe(
      '1 reference points at a process that is not there: review it before going on.',
    );
    expect(bannerText({ open: 3, openConflicts: 2 })).toBe(
      'A merge left 2 conflicts to resolve in this workspace, and 1 reference points at a process that is not there.',
    );
  });
});
