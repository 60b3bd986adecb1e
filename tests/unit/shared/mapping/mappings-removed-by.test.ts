import { describe, expect, it } from 'vitest';
import { mappingsRemovedBy } from '../../../../shared/mapping/mappings-removed-by';
import type { Invocation } from '../../../../shared/commands/types';
import type { EdgeId } from '../../../../shared/model/ids';
import { A, AB, C, D1, D2, sampleDocument } from '../commands/fixture';
import { TAKE, TAKE_EDGE, TAKE_MAPPING, mappedDocument } from '../commands/mapped-fixture';

describe('mappingsRemovedBy', () => {
  it('names the mapping of a mapping edge deleted on its own', () => {
    const commands: Invocation[] = [
      { name: 'edge.delete', args: { diagramId: D1, ids: [TAKE_EDGE] } },
    ];
    expect(mappingsRemovedBy(mappedDocument(), D1, commands)).toEqual([TAKE_MAPPING]);
  });

  it('names the mapping of an edge that goes with a deleted node, at either end', () => {
    for (const id of [TAKE, C]) {
      const commands: Invocation[] = [
        { name: 'element.delete', args: { diagramId: D1, ids: [id] } },
      ];
      expect(mappingsRemovedBy(mappedDocument(), D1, commands)).toEqual([TAKE_MAPPING]);
    }
  });

  it('names nothing when no mapping edge goes, or its mapping is gone already', () => {
    const plain: Invocation[] = [{ name: 'edge.delete', args: { diagramId: D1, ids: [AB] } }];
    expect(mappingsRemovedBy(mappedDocument(), D1, plain)).toEqual([]);
    const nodeA: Invocation[] = [{ name: 'element.delete', args: { diagramId: D1, ids: [A] } }];
    expect(mappingsRemovedBy(mappedDocument(), D1, nodeA)).toEqual([]);
    const document = mappedDocument();
    const orphan = { ...document, mappings: { ...document.mappings, mappings: [] } };
    const edge: Invocation[] = [{ name: 'edge.delete', args: { diagramId: D1, ids: [TAKE_EDGE] } }];
    expect(mappingsRemovedBy(orphan, D1, edge)).toEqual([]);
    expect(mappingsRemovedBy(sampleDocument(), D2, [])).toEqual([]);
  });

  it('names a mapping once when two of its edges go', () => {
    const document = mappedDocument();
    const twice = {
      ...document,
      diagrams: document.diagrams.map((d) =>
        d.id === D1
          ? {
              ...d,
              edges: [
                ...d.edges,
                {
                  id: 'e-again' as EdgeId,
                  kind: 'mapping' as const,
                  source: TAKE,
                  target: C,
                  mappingId: TAKE_MAPPING,
                },
              ],
            }
          : d,
      ),
    };
    const commands: Invocation[] = [
      { name: 'element.delete', args: { diagramId: D1, ids: [TAKE] } },
    ];
    expect(mappingsRemovedBy(twice, D1, commands)).toEqual([TAKE_MAPPING]);
  });
});
