import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { step } from '../../../../../../shared/model/migrations/diagram/v2-to-v3';
import { validateFileValue } from '../../../../../../shared/model/validate';
import { inDrawingOrder } from '../../../../../../renderer/canvas/to-flow';
import { reportFigures } from '../../../../../support/scorecard';
import { deepFreeze } from '../../../commands/fixture';
import { failureOfSync as failure } from '../../../../helpers/host-failure';

const RUNS = 1_000;

function v2Diagram(nodes: unknown): Record<string, unknown> {
  return {
    format: 'etom-studio.diagram',
    schemaVersion: 2,
    id: 'flow',
    name: 'Flow',
    nodes,
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  };
}

describe('diagram v2 -> v3', () => {
  it('gives each node its place in the file as its drawing order, and changes nothing else', () => {
    const input = deepFreeze(
      v2Diagram([
        { id: 'z-last-id', kind: 'box', x: 0, y: 0, width: 10, height: 10, label: 'drawn first' },
        { id: 'a-first-id', kind: 'note', x: 5, y: 5, width: 10, height: 10, text: 'on top' },
      ]),
    );
    const migrated = step.migrate(input);
    expect(migrated).toEqual({
      ...input,
      nodes: [
        {
          id: 'z-last-id',
          kind: 'box',
          x: 0,
          y: 0,
          width: 10,
          height: 10,
          label: 'drawn first',
          z: 0,
        },
        { id: 'a-first-id', kind: 'note', x: 5, y: 5, width: 10, height: 10, text: 'on top', z: 1 },
      ],
    });
    const opened = validateFileValue('diagram', input, 'diagrams/flow.json');
    // Sorted by id the note would come first; its z keeps it drawn on top, as in version 2.
    expect(inDrawingOrder(opened.value.nodes).map((n) => n.id)).toEqual([
      'z-last-id',
      'a-first-id',
    ]);
  });

  it('passes malformed nodes on, so the schema names the file and the place', () => {
    expect(step.migrate(v2Diagram('none'))).toMatchObject({ nodes: 'none' });
    const notAList = failure(() => validateFileValue('diagram', v2Diagram('none'), 'd.json'));
    expect(notAList).toMatchObject({ code: 'SCHEMA_ERROR', file: 'd.json', jsonPath: 'nodes' });
    const notANode = failure(() => validateFileValue('diagram', v2Diagram([7]), 'd.json'));
    expect(notANode.jsonPath).toBe('nodes[0]');
  });

  it('keeps the drawing order of random v2 diagrams, whatever their ids', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,10}$/);
    const node = fc.record({
      id,
      x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      label: fc.string({ maxLength: 20 }),
    });
    let nodesMigrated = 0;
    fc.assert(
      fc.property(fc.uniqueArray(node, { selector: (n) => n.id, maxLength: 30 }), (shapes) => {
        const nodes = shapes.map((n) => ({ ...n, kind: 'box', y: 0, width: 10, height: 10 }));
        const opened = validateFileValue('diagram', deepFreeze(v2Diagram(nodes)), 'd.json');
        expect(opened.version).toBe(2);
        expect(inDrawingOrder(opened.value.nodes).map((n) => n.id)).toEqual(nodes.map((n) => n.id));
        expect(opened.value.nodes).toEqual(nodes.map((n, z) => ({ ...n, z })));
        nodesMigrated += nodes.length;
      }),
      { numRuns: RUNS },
    );
    reportFigures('D.17', 'Diagram v2 -> v3 property runs', {
      runs: RUNS,
      'nodes migrated': nodesMigrated,
    });
  });
});
