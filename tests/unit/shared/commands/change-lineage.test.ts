import { describe, expect, it } from 'vitest';
import {
  MAX_LINEAGE_DEPTH,
  noteDerived,
  stepsBetween,
} from '../../../../shared/commands/change-lineage';

interface Item {
  id: string;
}
const item = (id: string): Item => ({ id });

describe('change lineage', () => {
  it('gives the noted steps from an older array to a newer one, oldest first', () => {
    const a = item('a');
    const b = item('b');
    const b2 = item('b');
    const v0: Item[] = [a];
    const v1 = [...v0, b];
    noteDerived(v1, v0, { removed: [], added: [b] });
    const v2 = [a, b2];
    noteDerived(v2, v1, { removed: [b], added: [b2] });
    expect(stepsBetween(v0, v2)).toEqual([
      { removed: [], added: [b] },
      { removed: [b], added: [b2] },
    ]);
    expect(stepsBetween(v1, v2)).toEqual([{ removed: [b], added: [b2] }]);
    expect(stepsBetween(v2, v2)).toEqual([]);
  });

  it('knows nothing of arrays no command derived, nor of a way back', () => {
    const v0: Item[] = [item('a')];
    const v1 = [...v0, item('b')];
    noteDerived(v1, v0, { removed: [], added: [v1[1]!] });
    const loaded: Item[] = [item('a')];
    expect(stepsBetween(loaded, v1)).toBeNull();
    expect(stepsBetween(v1, loaded)).toBeNull();
    // Newer to older is not a lineage: undo makes a new array, noted as its own step.
    expect(stepsBetween(v1, v0)).toBeNull();
  });

  it('forgets what lies further back than its depth, so the chain stays bounded', () => {
    const first: Item[] = [];
    let current = first;
    for (let i = 0; i <= MAX_LINEAGE_DEPTH; i += 1) {
      const added = item(`x${i}`);
      const next = [...current, added];
      noteDerived(next, current, { removed: [], added: [added] });
      current = next;
    }
    expect(stepsBetween(first, current)).toBeNull();
    expect(stepsBetween(first, first)).toEqual([]);
  });
});
