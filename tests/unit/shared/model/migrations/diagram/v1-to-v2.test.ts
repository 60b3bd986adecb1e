import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { step } from '../../../../../../shared/model/migrations/diagram/v1-to-v2';
import { validateFileValue } from '../../../../../../shared/model/validate';
import { reportFigures } from '../../../../../support/scorecard';
import { deepFreeze } from '../../../commands/fixture';
import { failureOfSync as failure } from '../../../../helpers/host-failure';

const RUNS = 1_000;

function v1Diagram(edges: unknown): Record<string, unknown> {
  return {
    format: 'etom-studio.diagram',
    schemaVersion: 1,
    id: 'flow',
    name: 'Flow',
    nodes: [
      { id: 'a', kind: 'box', x: 0, y: 0, width: 10, height: 10, label: 'A' },
      { id: 'b', kind: 'note', x: 20, y: 0, width: 10, height: 10, text: 'B' },
    ],
    edges,
    viewport: { x: 0, y: 0, zoom: 1 },
  };
}

describe('diagram v1 -> v2', () => {
  it('makes every edge a flow and changes nothing else', () => {
    const input = deepFreeze(
      v1Diagram([
        { id: 'e1', source: 'a', target: 'b', label: 'then' },
        { id: 'e2', source: 'b', target: 'a' },
      ]),
    );
    expect(step.migrate(input)).toEqual({
      ...input,
      edges: [
        { id: 'e1', kind: 'flow', source: 'a', target: 'b', label: 'then' },
        { id: 'e2', kind: 'flow', source: 'b', target: 'a' },
      ],
    });
  });

  it('passes malformed edges on, so the schema names the file and the place', () => {
    expect(step.migrate(v1Diagram('none'))).toMatchObject({ edges: 'none' });
    const notAList = failure(() => validateFileValue('diagram', v1Diagram('none'), 'd.json'));
    expect(notAList).toMatchObject({ code: 'SCHEMA_ERROR', file: 'd.json', jsonPath: 'edges' });
    const notAnEdge = failure(() => validateFileValue('diagram', v1Diagram([7]), 'd.json'));
    expect(notAnEdge.jsonPath).toBe('edges[0]');
    const dangling = failure(() =>
      validateFileValue('diagram', v1Diagram([{ id: 'e', source: 'a', target: 'z' }]), 'd.json'),
    );
    expect(dangling.jsonPath).toBe('edges[0].target');
  });

  it('opens random valid v1 diagrams as v2 with every known field kept', () => {
    const text = fc.string({ maxLength: 40 });
    const ref = fc.stringMatching(/^[a-z0-9.-]{1,12}$/);
    const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const size = fc.double({ min: 1, max: 100_000, noNaN: true });
    const body = fc.oneof(
      fc.record({ kind: fc.constant('box'), label: text }),
      fc.record({ kind: fc.constant('note'), text }),
      fc.record({ kind: fc.constant('framework'), pack: ref, processId: ref }),
      fc.record({ kind: fc.constant('process'), processId: ref }),
    );
    const node = fc.record({ x: coordinate, y: coordinate, width: size, height: size, body });
    const edge = fc.record({ s: fc.nat(), t: fc.nat(), label: fc.option(text, { nil: null }) });
    const diagram = fc.record({
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
      nodes: fc.array(node, { maxLength: 25 }),
      edges: fc.array(edge, { maxLength: 30 }),
      viewport: fc.record({
        x: coordinate,
        y: coordinate,
        zoom: fc.double({ min: 0.01, max: 100, noNaN: true }),
      }),
    });
    let edgesMigrated = 0;
    fc.assert(
      fc.property(diagram, (shape) => {
        const nodes = shape.nodes.map(({ body: b, ...geometry }, i) => ({
          id: `n-${i}`,
          ...geometry,
          ...b,
        }));
        const edges =
          nodes.length === 0
            ? []
            : shape.edges.map((e, i) => ({
                id: `e-${i}`,
                source: `n-${e.s % nodes.length}`,
                target: `n-${e.t % nodes.length}`,
                ...(e.label === null ? {} : { label: e.label }),
              }));
        const file = deepFreeze({
          format: 'etom-studio.diagram',
          schemaVersion: 1,
          id: 'random',
          name: shape.name,
          nodes,
          edges,
          viewport: shape.viewport,
        });
        const opened = validateFileValue('diagram', file, 'diagrams/random.json');
        expect(opened.version).toBe(1);
        // Opened as the current version: v2 -> v3 then numbers the nodes in file order.
        expect(opened.value).toEqual({
          ...file,
          schemaVersion: 3,
          nodes: nodes.map((n, z) => ({ ...n, z })),
          edges: edges.map((e) => ({ ...e, kind: 'flow' })),
        });
        edgesMigrated += edges.length;
      }),
      { numRuns: RUNS },
    );
    reportFigures('D.17', 'Diagram v1 -> v2 property runs', {
      runs: RUNS,
      'edges migrated': edgesMigrated,
    });
  });
});
