import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  elementDelete,
  elementMove,
  elementRestore,
} from '../../../../shared/commands/element-commands';
import { insertPlaced, removeWhere } from '../../../../shared/commands/document-edit';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import type { DiagramId, NodeId } from '../../../../shared/model/ids';
import { buildDocument } from '../../../fixtures/workspace-builder';

const NODES = 2_000;
const DIAGRAM = 'diagram-1' as DiagramId;

/**
 * A document whose diagram's node list counts how many of its elements are read: the work a
 * command does over the diagram.
 */
function countedDocument(): { document: WorkspaceDocument; reads: () => number } {
  const document = buildDocument({ diagrams: 1, nodesPerDiagram: NODES });
  const diagram = document.diagrams[0];
  if (!diagram) throw new Error('no diagram');
  let reads = 0;
  const nodes = new Proxy(diagram.nodes, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return {
    document: { ...document, diagrams: [{ ...diagram, nodes }] },
    reads: () => reads,
  };
}

/** 100 node ids spread over the whole diagram. */
const spread = Array.from({ length: 100 }, (_, i) => `n-${i * 19 + 7}` as NodeId);

describe('diagram commands do work in proportion to the diagram plus what they change', () => {
  it('moves 100 of 2,000 nodes reading each node a bounded number of times', () => {
    const { document, reads } = countedDocument();
    const moves = spread.map((id) => ({ id, x: 1, y: 2 }));
    const { document: after } = elementMove.apply(document, { diagramId: DIAGRAM, moves });
    // One pass to find the moved nodes, one to copy the list: not one search per move.
    expect(reads()).toBeLessThanOrEqual(3 * NODES);
    expect(after.diagrams[0]?.nodes.filter((n) => n.x === 1 && n.y === 2)).toHaveLength(100);
  });

  it('deletes 100 of 2,000 nodes reading each node a bounded number of times', () => {
    const { document, reads } = countedDocument();
    const { document: after } = elementDelete.apply(document, { diagramId: DIAGRAM, ids: spread });
    expect(reads()).toBeLessThanOrEqual(3 * NODES);
    expect(after.diagrams[0]?.nodes).toHaveLength(NODES - 100);
  });

  it('still names a missing node', () => {
    const { document } = countedDocument();
    expect(() =>
      elementMove.apply(document, {
        diagramId: DIAGRAM,
        moves: [{ id: 'n-nowhere' as NodeId, x: 0, y: 0 }],
      }),
    ).toThrow('no node "n-nowhere"');
  });

  it('restores deleted nodes exactly where they were', () => {
    const document = buildDocument({ diagrams: 1, nodesPerDiagram: 300 });
    const { document: deleted, inverse } = elementDelete.apply(document, {
      diagramId: DIAGRAM,
      ids: spread.filter((id) => Number(id.slice(2)) < 300),
    });
    if (inverse.name !== 'element.restore') throw new Error(`inverse is ${inverse.name}`);
    const { document: restored } = elementRestore.apply(deleted, inverse.args);
    expect(restored.diagrams[0]?.nodes).toEqual(document.diagrams[0]?.nodes);
  });
});

describe('insertPlaced', () => {
  /** What it must equal: each item spliced in at its index, lowest index first. */
  function spliced<T>(list: readonly T[], placed: readonly { item: T; index: number }[]): T[] {
    const out = list.slice();
    for (const { item, index } of [...placed].sort((a, b) => a.index - b.index)) {
      out.splice(Math.min(index, out.length), 0, item);
    }
    return out;
  }

  it('puts removed items back where removeWhere took them from, for any removal', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 200 }), (removals) => {
        const list = removals.map((_, i) => i);
        const { kept, removed } = removeWhere(list, (i) => removals[i] === true);
        expect(insertPlaced(kept, removed)).toEqual(list);
      }),
    );
  });

  it('inserts like one splice per item, lowest index first, indexes past the end appended', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 50 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 40 }),
        (list, indexes) => {
          const placed = indexes.map((index) => ({ item: -1 - index, index }));
          expect(insertPlaced(list, placed)).toEqual(spliced(list, placed));
        },
      ),
    );
  });
});
