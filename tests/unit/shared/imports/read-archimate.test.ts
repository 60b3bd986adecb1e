import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModelFile } from '../../../../shared/imports/read-model-file';

const file = path.resolve(import.meta.dirname, '../../../fixtures/imports/operator.archimate.xml');

describe('readArchimate', () => {
  const model = readModelFile(readFileSync(file), 'operator.archimate.xml', 'archimate');

  it('imports processes, functions and interactions under their composition / aggregation parent', () => {
    expect(model.elements.map((e) => [e.sourceId, e.name, e.kind, e.parentSourceId])).toEqual([
      ['id-sales', 'Sales', 'BusinessFunction', null],
      ['id-ota', 'Order to activate', 'BusinessProcess', 'id-sales'],
      ['id-capture', 'Capture order', 'BusinessProcess', 'id-ota'],
      ['id-check', 'Check credit', 'BusinessProcess', 'id-ota'],
      ['id-negotiate', 'Negotiate contract', 'BusinessInteraction', 'id-ota'],
      ['id-a', 'Loop A', 'BusinessProcess', null],
      ['id-b', 'Loop B', 'BusinessProcess', 'id-a'],
    ]);
    expect(model.elements[1]?.description).toBe('From the order to the working service.');
    expect(model.skipped).toEqual({ BusinessEvent: 1, BusinessActor: 1 });
  });

  it('reports a second parent and a cycle by element id', () => {
    expect(model.problems).toEqual([
      { id: 'id-a', message: 'the Composition r7 from "id-b" would make a cycle: not followed' },
      {
        id: 'id-negotiate',
        message: 'has a second parent "id-sales" (Aggregation r4): kept under "id-ota"',
      },
      {
        id: 'n-gone',
        message:
          'the node points at "id-removed", which the file does not hold: left out of the view',
      },
    ]);
  });

  it('makes each view a diagram of the imported elements, connections between two of them as edges', () => {
    expect(model.diagrams).toEqual([
      {
        sourceId: 'v1',
        name: 'Order to activate',
        shapes: [
          { sourceId: 'id-ota', x: 50, y: 50, width: 600, height: 300 },
          { sourceId: 'id-capture', x: 80, y: 100, width: 120, height: 55 },
          { sourceId: 'id-check', x: 260, y: 100, width: 120, height: 55 },
        ],
        edges: [{ sourceId: 'r9', from: 'id-capture', to: 'id-check' }],
      },
      { sourceId: 'v2', name: 'Empty view', shapes: [], edges: [] },
    ]);
  });
});
