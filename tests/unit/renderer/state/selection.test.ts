import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import {
  EMPTY_SELECTION,
  applySelectChanges,
  pruneSelections,
  selectAllOf,
  selectionOf,
} from '../../../../renderer/state/selection';
import type { DiagramId, EdgeId, NodeId } from '../../../../shared/model/ids';
import { A, AB, B, BC, C, CA, D1, D2, sampleDocument } from '../../shared/commands/fixture';

describe('selection', () => {
  it('applies the select changes the canvas reports', () => {
    const one = applySelectChanges(EMPTY_SELECTION, [{ id: A, selected: true }], []);
    expect([...one.nodes]).toEqual([A]);
    const two = applySelectChanges(one, [{ id: B, selected: true }], [{ id: AB, selected: true }]);
    expect([...two.nodes]).toEqual([A, B]);
    expect([...two.edges]).toEqual([AB]);
    expect(applySelectChanges(two, [{ id: A, selected: false }], []).nodes).toEqual(new Set([B]));
    expect(applySelectChanges(two, [], [])).toBe(two);
  });

  it('selects everything on a diagram', () => {
    const all = selectAllOf(sampleDocument().diagrams[0]!);
    expect(all.nodes).toEqual(new Set([A, B, C]));
    expect(all.edges).toEqual(new Set([AB, BC, CA]));
  });

  it('drops deleted elements and deleted diagrams, and leaves unchanged diagrams alone', () => {
    const before = sampleDocument();
    const d2Selection = selectionOf(['n-gone' as NodeId]);
    const selections = new Map([
      [D1, selectionOf([A, B], [BC])],
      [D2, d2Selection],
      ['ghost' as DiagramId, selectionOf([A])],
    ]);
    const { document: after } = applyCommand(before, {
      name: 'element.delete',
      args: { diagramId: D1, ids: [B] },
    });
    const pruned = pruneSelections(selections, before, after);
    expect(pruned.get(D1)).toEqual(selectionOf([A], [] as EdgeId[]));
    // D2 did not change, so its (stale) selection is not even looked at.
    expect(pruned.get(D2)).toBe(d2Selection);
    expect(pruned.has('ghost' as DiagramId)).toBe(false);
    expect(pruneSelections(selections, after, after)).toBe(selections);
  });
});
