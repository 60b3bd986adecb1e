import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedModel } from '../../../../shared/imports/imported-model';
import { readModelFile } from '../../../../shared/imports/read-model-file';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/imports');
const read = (relative: string): ImportedModel =>
  readModelFile(readFileSync(path.join(fixtures, relative)), path.basename(relative), 'bpmn');

/** The hierarchy as indented names, parents first. */
function outline(model: ImportedModel): string[] {
  const depth = new Map<string, number>();
  return model.elements.map((e) => {
    const d = e.parentSourceId === null ? 0 : (depth.get(e.parentSourceId) ?? 0) + 1;
    depth.set(e.sourceId, d);
    return `${'.'.repeat(d)}${e.name} (${e.kind})`;
  });
}

describe('readBpmn', () => {
  it('makes pool > lane > sub-process > activity a hierarchy, names cleaned, the rest reported', () => {
    const model = read('order-to-activate.bpmn');
    expect(outline(model)).toEqual([
      'Operator (pool)',
      '.Sales (lane)',
      '..Back office (lane)',
      '.Delivery (lane)',
      '..Capture order (userTask)',
      '...Check credit (businessRuleTask)',
      '..Fulfil order (subProcess)',
      '...Reserve resources (transaction)',
      '....Reserve number (serviceTask)',
      '....Notify supplier (sendTask)',
      '...Install (adHocSubProcess)',
      '....Visit site (manualTask)',
      '....task-unnamed (task)',
      '..Start billing (callActivity)',
    ]);
    expect(model.elements.find((e) => e.sourceId === 'task-capture')).toMatchObject({
      parentSourceId: 'lane-sales',
      description: 'Key the order from the shop or the call centre.',
    });
    expect(model.elements.find((e) => e.sourceId === 'task-check')?.parentSourceId).toBe(
      'lane-backoffice',
    );
    expect(model.skipped).toEqual({
      'pool without a process': 1,
      startEvent: 1,
      exclusiveGateway: 1,
      endEvent: 1,
      sequenceFlow: 5,
    });
    expect(model.problems).toEqual([
      {
        id: '',
        message:
          'imports "../shared/common.bpmn": other files are never followed; import that file on its own',
      },
      {
        id: '',
        message:
          'imports "http://example.com/remote.bpmn": other files are never followed; import that file on its own',
      },
      { id: 'task-unnamed', message: 'the task has no name: named by its id' },
      {
        id: 's-ghost',
        message:
          'the shape points at "task-deleted-long-ago", which the file does not hold: left out of the diagram',
      },
    ]);
  });

  it('gives one diagram per BPMN diagram: what each shape is drawn as, its container, the flows', () => {
    const model = read('order-to-activate.bpmn');
    expect(
      model.diagrams.map((d) => [
        d.name,
        d.shapes.map((s) => `${s.id}:${s.role}${s.variant ? `/${s.variant}` : ''}<${s.parentId}`),
        d.edges.map((e) => `${e.id}:${e.kind} ${e.from}->${e.to}`),
      ]),
    ).toEqual([
      [
        'Order to activate',
        [
          's-pool:container/lane<null',
          's-capture:process<s-pool',
          's-check:process<s-pool',
          's-fulfil:process<s-pool',
          's-start:other<s-pool',
        ],
        ['e-f2:flow s-capture->s-check', 'e-f1:flow s-start->s-capture'],
      ],
      ['Fulfil order (detail)', ['s-tx:process<null', 's-adhoc:process<null'], []],
    ]);
    expect(model.diagrams[0]?.shapes[1]).toEqual({
      id: 's-capture',
      elementId: 'task-capture',
      role: 'process',
      label: 'Capture order',
      type: 'userTask',
      x: 200,
      y: 80,
      width: 100,
      height: 80,
      parentId: 's-pool',
    });
    expect(model.diagrams[0]?.shapes[4]).toMatchObject({
      label: 'Order received',
      type: 'startEvent',
    });
    expect(model.diagrams[0]?.edges[0]).toMatchObject({
      start: { x: 300, y: 120 },
      end: { x: 350, y: 120 },
    });
  });

  it('reads real exports of Camunda / Zeebe Modeler, vendor extensions ignored', () => {
    const zeebe = read('real/zeebe-node-test.bpmn');
    expect(outline(zeebe)).toEqual([
      'Test Process (process)',
      '.demo-service (serviceTask)',
      '.Timed out (serviceTask)',
      '.Process Message (serviceTask)',
    ]);
    expect(zeebe.problems).toEqual([]);
    expect(zeebe.diagrams).toHaveLength(1);
    const connector = read('real/zeebe-node-connector-test.bpmn');
    expect(outline(connector)).toEqual([
      'connector test 1 (process)',
      '.task 1 (serviceTask)',
      '.task 2 (serviceTask)',
    ]);
    const sdk = read('real/camunda8-sdk-test-job-process.bpmn');
    expect(sdk.elements.length).toBeGreaterThan(1);
    expect(sdk.elements[0]?.parentSourceId).toBeNull();
    expect(sdk.problems).toEqual([]);
  });

  it('reports DI shapes that point at missing elements, by shape id', () => {
    const model = read('broken/dangling-di.bpmn');
    expect(model.diagrams[0]?.shapes.map((s) => s.elementId)).toEqual(['t1']);
    expect(model.problems).toEqual([
      {
        id: 's2',
        message:
          'the shape points at "t-missing", which the file does not hold: left out of the diagram',
      },
    ]);
  });

  it('has no diagram when the file has no layout, and says what the file is when it is not BPMN', () => {
    const bytes = new TextEncoder().encode(
      '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="P"><task id="t" name="T"/></process></definitions>',
    );
    const model = readModelFile(bytes, 'bare.bpmn', 'bpmn');
    expect(model.elements).toHaveLength(2);
    expect(model.diagrams).toEqual([]);
    const archimate = readFileSync(path.join(fixtures, 'operator.archimate.xml'));
    expect(readModelFile(archimate, 'x.xml', 'bpmn').problems).toEqual([
      {
        id: '',
        message:
          'the root is <model> in http://www.opengroup.org/xsd/archimate/3.0/, not BPMN 2.0 <definitions>',
      },
    ]);
  });
});
