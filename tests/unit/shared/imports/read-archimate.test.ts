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

  it('makes each view a diagram: processes, nodes holding others as groups, other elements, labels', () => {
    expect(model.diagrams.map((d) => d.name)).toEqual(['Order to activate', 'Empty view']);
    const [view, empty] = model.diagrams;
    expect(
      view?.shapes.map((s) => [
        s.id,
        s.role,
        s.label,
        s.type,
        s.parentId,
        s.x,
        s.y,
        s.width,
        s.height,
      ]),
    ).toEqual([
      ['n-ota', 'container', 'Order to activate', 'BusinessProcess', null, 50, 50, 600, 300],
      ['n-capture', 'process', 'Capture order', 'BusinessProcess', 'n-ota', 80, 100, 120, 55],
      ['n-check', 'process', 'Check credit', 'BusinessProcess', 'n-ota', 260, 100, 120, 55],
      ['n-event', 'other', 'Order received', 'BusinessEvent', null, 700, 100, 120, 55],
      ['n-note', 'note', 'Draft', 'Label', null, 10, 10, 100, 30],
    ]);
    // Triggering is a flow; the event's node is a box, so its trigger is drawn too.
    expect(view?.edges.map((e) => [e.id, e.elementId, e.kind, e.from, e.to])).toEqual([
      ['c1', 'r9', 'flow', 'n-capture', 'n-check'],
      ['c2', 'r8', 'flow', 'n-event', 'n-capture'],
    ]);
    expect(empty?.shapes).toEqual([]);
  });
});
