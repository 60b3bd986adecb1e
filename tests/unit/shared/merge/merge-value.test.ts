import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../../shared/merge/merge-conflict';
import { mergeValue, type SetKeys } from '../../../../shared/merge/merge-value';

const SETS: SetKeys = new Map([['items', (item: unknown) => (item as { id: string }).id]]);

describe('mergeValue', () => {
  it('takes the side that changed a field, and merges different fields of one object', () => {
    const base = { a: 1, b: 1, c: 1 };
    const result = mergeValue(base, { a: 2, b: 1, c: 1 }, { a: 1, b: 3, c: 1 }, SETS);
    expect(result).toEqual({ value: { a: 2, b: 3, c: 1 }, conflicts: [] });
  });

  it('removes a key one side removed and the other left alone', () => {
    const result = mergeValue({ a: 1, b: 1 }, { a: 1 }, { a: 5, b: 1 }, SETS);
    expect(result).toEqual({ value: { a: 5 }, conflicts: [] });
  });

  it('keeps ours for one field changed two ways, and says what theirs was', () => {
    const result = mergeValue({ a: 'x' }, { a: 'ours' }, { a: 'theirs' }, SETS);
    expect(result.value).toEqual({ a: 'ours' });
    expect(result.conflicts).toMatchObject([
      { kind: 'both-changed', path: ['a'], base: 'x', ours: 'ours', theirs: 'theirs' },
    ]);
  });

  it('treats an array that is not a set as one value', () => {
    const result = mergeValue({ t: [1] }, { t: [1, 2] }, { t: [1, 3] }, SETS);
    expect(result.value).toEqual({ t: [1, 2] });
    expect(result.conflicts.map((c) => formatPath(c.path))).toEqual(['t']);
  });

  it('lands additions of both sides in a set, and merges edits of one element by field', () => {
    const base = { items: [{ id: 'a', x: 1, y: 1 }] };
    const ours = { items: [{ id: 'a', x: 2, y: 1 }, { id: 'b' }] };
    const theirs = { items: [{ id: 'a', x: 1, y: 2 }, { id: 'c' }] };
    const result = mergeValue(base, ours, theirs, SETS);
    expect(result.conflicts).toEqual([]);
    expect(result.value).toEqual({ items: [{ id: 'a', x: 2, y: 2 }, { id: 'b' }, { id: 'c' }] });
  });

  it('deletes an element one side deleted and the other left alone', () => {
    const base = { items: [{ id: 'a' }, { id: 'b' }] };
    const result = mergeValue(base, { items: [{ id: 'b' }] }, base, SETS);
    expect(result).toEqual({ value: { items: [{ id: 'b' }] }, conflicts: [] });
  });

  it('reports a delete against an edit: ours decides, theirs is in the conflict', () => {
    const base = { items: [{ id: 'a', x: 1 }] };
    const deletedOurs = mergeValue(base, { items: [] }, { items: [{ id: 'a', x: 2 }] }, SETS);
    expect(deletedOurs.value).toEqual({ items: [] });
    expect(deletedOurs.conflicts).toMatchObject([
      { kind: 'deleted-ours-changed-theirs', theirs: { id: 'a', x: 2 } },
    ]);
    expect(formatPath(deletedOurs.conflicts[0]?.path ?? [])).toBe('items["a"]');

    const deletedTheirs = mergeValue(base, { items: [{ id: 'a', x: 3 }] }, { items: [] }, SETS);
    expect(deletedTheirs.value).toEqual({ items: [{ id: 'a', x: 3 }] });
    expect(deletedTheirs.conflicts).toMatchObject([{ kind: 'changed-ours-deleted-theirs' }]);
  });

  it('merges one id added on both sides field by field, conflicting where they differ', () => {
    const result = mergeValue(
      { items: [] },
      { items: [{ id: 'n', a: 1, b: 1 }] },
      { items: [{ id: 'n', a: 1, b: 2, c: 3 }] },
      SETS,
    );
    expect(result.value).toEqual({ items: [{ id: 'n', a: 1, b: 1, c: 3 }] });
    expect(result.conflicts).toMatchObject([
      { kind: 'both-added', path: ['items', { key: 'n' }, 'b'] },
    ]);
  });
});
