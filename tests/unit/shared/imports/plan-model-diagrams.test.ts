import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import type { XmlElement } from '../../../../shared/codecs/xml/safe-xml';
import type { ImportedModel, ModelImportFormat } from '../../../../shared/imports/imported-model';
import { OPENING_PANE } from '../../../../shared/imports/opening-view';
import { MAX_IMPORTED_EXTENT, sideToward } from '../../../../shared/imports/plan-model-diagrams';
import { planModelImport } from '../../../../shared/imports/plan-model-import';
import { readBpmn } from '../../../../shared/imports/read-bpmn';
import { readModelFile } from '../../../../shared/imports/read-model-file';
import { diagramFileSchema, type DiagramFile } from '../../../../shared/model/diagram-schema';
import { validateDocumentValue } from '../../../../shared/model/validate-document';
import { heightToShowAll } from '../../../../shared/render/node-text';
import { buildDocument } from '../../../fixtures/workspace-builder';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/imports');
const NOWHERE = { names: [], ids: [] };

function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}-${(n += 1)}`;
}

function readFixture(relative: string, format: ModelImportFormat): ImportedModel {
  return readModelFile(readFileSync(path.join(fixtures, relative)), relative, format);
}

function readText(text: string, file = 'test.bpmn'): ImportedModel {
  return readModelFile(new TextEncoder().encode(text), file, 'bpmn');
}

/** A BPMN file with one process whose diagram holds `body` (shapes and edges). */
function bpmn(process: string, body: string): string {
  return `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d">
    <process id="p" name="Proc">${process}</process>
    <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl" bpmnElement="p">${body}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  </definitions>`;
}

const shape = (id: string, ref: string, x: number | string, y: number | string, w = 100, h = 80) =>
  `<bpmndi:BPMNShape id="${id}" bpmnElement="${ref}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`;

/** The whole import applied to a workspace, then validated as the app validates a document. */
function importInto(model: ImportedModel) {
  const base = buildDocument({ processes: 0, diagrams: 1, nodesPerDiagram: 0 });
  const plan = planModelImport(model, base.processes.processes, counter(), {
    names: base.diagrams.map((d) => d.name),
    ids: base.diagrams.map((d) => d.id),
  });
  let document = base;
  if (plan.processes.length > 0)
    document = applyCommand(document, {
      name: 'process.add',
      args: { processes: plan.processes },
    }).document;
  for (const diagram of plan.diagrams)
    document = applyCommand(document, {
      name: 'diagram.restore',
      args: { diagram, index: document.diagrams.length },
    }).document;
  const checked = validateDocumentValue(JSON.parse(JSON.stringify(document)), 'imported');
  return { plan, document: checked, created: checked.diagrams.slice(base.diagrams.length) };
}

type Rect = { x: number; y: number; width: number; height: number };
const apart = (a: Rect, b: Rect) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

function nodeOfProcess(
  diagram: DiagramFile,
  processName: string,
  document: { processes: { processes: Array<{ id: string; name: string }> } },
) {
  const process = document.processes.processes.find((p) => p.name === processName)!;
  return diagram.nodes.find((n) => n.kind === 'process' && n.processId === process.id)!;
}

describe('planModelDiagrams on real and written files', () => {
  it.each([
    ['real/zeebe-node-test.bpmn', 'bpmn', 1, 8, 8],
    ['real/zeebe-node-connector-test.bpmn', 'bpmn', 1, 6, 6],
    ['real/camunda8-sdk-test-job-process.bpmn', 'bpmn', 1, 3, 2],
    ['order-to-activate.bpmn', 'bpmn', 2, 7, 2],
    ['operator.archimate.xml', 'archimate', 1, 5, 2],
  ] as const)(
    '%s: diagrams the app validates and loads',
    (file, format, diagrams, nodes, edges) => {
      const { plan, created } = importInto(readFixture(file, format));
      expect([plan.counts.diagrams, plan.counts.nodes, plan.counts.edges]).toEqual([
        diagrams,
        nodes,
        edges,
      ]);
      expect(created).toHaveLength(diagrams);
      for (const diagram of created)
        expect(diagramFileSchema.safeParse(diagram).success).toBe(true);
    },
  );

  it('keeps the DI layout: every node at its bounds, moved by the same offset to start near 0,0', () => {
    const model = readFixture('real/zeebe-node-test.bpmn', 'bpmn');
    const { created, document } = importInto(model);
    const diagram = created[0]!;
    const source = model.diagrams[0]!;
    const task = source.shapes.find((s) => s.label === 'demo-service')!;
    const node = nodeOfProcess(diagram, 'demo-service', document);
    const minX = Math.min(...source.shapes.map((s) => s.x));
    const minY = Math.min(...source.shapes.map((s) => s.y));
    expect(node).toMatchObject({
      x: task.x - minX + 40,
      y: task.y - minY + 40,
      width: task.width,
      height: task.height,
    });
    // Each shape of the file is a node, at the same offset (grown about its centre when smaller
    // than the canvas allows, or than its label needs: a 36 x 36 event becomes a box that shows
    // "Start event").
    for (const s of source.shapes) {
      const centre = { x: s.x - minX + 40 + s.width / 2, y: s.y - minY + 40 + s.height / 2 };
      expect(
        diagram.nodes.some(
          (n) =>
            Math.abs(n.x + n.width / 2 - centre.x) <= 0.5 &&
            Math.abs(n.y + n.height / 2 - centre.y) <= 0.5,
        ),
      ).toBe(true);
    }
    const event = diagram.nodes.find((n) => n.kind === 'box' && n.label === 'Start event');
    expect(event).toMatchObject({ width: 90, height: 36, tags: ['startEvent'] });
    // The events show their whole label where the file leaves room; no box overlaps another.
    for (const label of ['Start event', 'End event', 'message_1']) {
      const box = diagram.nodes.find((n) => n.kind === 'box' && n.label === label)!;
      expect(heightToShowAll('box', label, box.width, 0)).toBeLessThanOrEqual(box.height);
    }
    for (const box of diagram.nodes.filter((n) => n.kind === 'box'))
      for (const other of diagram.nodes) if (other !== box) expect(apart(box, other)).toBe(true);
    // It opens with the whole drawing in view in the smallest window's canvas (it is wider).
    const right = Math.max(...diagram.nodes.map((n) => n.x + n.width)) + 40;
    expect(diagram.viewport.zoom).toBeLessThan(1);
    expect(right * diagram.viewport.zoom).toBeLessThanOrEqual(OPENING_PANE.width);
    // Flows join the nodes, on the sides where the file's waypoints leave and arrive.
    expect(diagram.edges.every((e) => e.kind === 'flow')).toBe(true);
    const out = diagram.edges.find((e) => e.source === node.id)!;
    expect([out.sourceHandle, out.targetHandle]).toEqual(['right', 'left']);
  });

  it('makes pools and lanes lanes holding their members, message flows associations, notes notes', () => {
    const model = readFixture('order-to-activate.bpmn', 'bpmn');
    const { created, document } = importInto(model);
    const main = created.find((d) => d.name === 'Order to activate')!;
    const pool = main.nodes.find((n) => n.kind === 'group')!;
    expect(pool).toMatchObject({ variant: 'lane', label: 'Operator', x: 40, y: 40, z: 0 });
    const capture = nodeOfProcess(main, 'Capture order', document);
    expect(capture).toMatchObject({ parentId: pool.id, x: 140, y: 70 });
    expect(created.map((d) => d.name)).toEqual(['Order to activate', 'Fulfil order (detail)']);

    const collaboration = readText(`<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
      xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC">
      <collaboration id="c"><participant id="pa" name="Shop" processRef="p"/><participant id="pb" name="Customer"/>
        <messageFlow id="m" name="order" sourceRef="pb" targetRef="t"/></collaboration>
      <process id="p"><laneSet><lane id="l1" name="Front"><flowNodeRef>t</flowNodeRef></lane></laneSet>
        <task id="t" name="Take order"/><textAnnotation id="a"><text>Within a day</text></textAnnotation>
        <association id="as" sourceRef="a" targetRef="t"/></process>
      <bpmndi:BPMNDiagram><bpmndi:BPMNPlane bpmnElement="c">
        ${shape('s-pa', 'pa', 0, 200, 600, 250)}${shape('s-l1', 'l1', 30, 200, 570, 250)}
        ${shape('s-pb', 'pb', 0, 0, 600, 100)}${shape('s-t', 't', 100, 260)}${shape('s-a', 'a', 300, 300, 120, 40)}
        <bpmndi:BPMNEdge id="e-m" bpmnElement="m"/><bpmndi:BPMNEdge id="e-as" bpmnElement="as"/>
      </bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>`);
    const {
      created: [diagram],
    } = importInto(collaboration);
    expect(diagram!.name).toBe('Shop');
    const byLabel = (label: string) =>
      diagram!.nodes.find((n) => ('label' in n ? n.label : 'text' in n ? n.text : '') === label)!;
    const lane = byLabel('Front');
    expect(lane).toMatchObject({ kind: 'group', variant: 'lane', parentId: byLabel('Shop').id });
    expect(byLabel('Customer')).toMatchObject({ kind: 'group', variant: 'lane' });
    expect(byLabel('Customer').parentId).toBeUndefined();
    expect(byLabel('Within a day')).toMatchObject({ kind: 'note', parentId: lane.id });
    expect(diagram!.edges.map((e) => [e.kind, e.label])).toEqual([
      ['association', 'order'],
      ['association', undefined],
    ]);
  });

  it('names a diagram after its plane when it has no name, unique in the workspace', () => {
    const model = readFixture('real/zeebe-node-connector-test.bpmn', 'bpmn');
    const first = planModelImport(model, [], counter(), NOWHERE);
    const name = first.diagrams[0]!.name;
    const again = planModelImport(model, [], counter(), {
      names: [name.toUpperCase()],
      ids: [first.diagrams[0]!.id],
    });
    expect(again.diagrams[0]!.name).toBe(`${name} (2)`);
    expect(again.diagrams[0]!.id).not.toBe(first.diagrams[0]!.id);
  });

  it('creates nothing but the processes without the option', () => {
    const plan = planModelImport(readFixture('order-to-activate.bpmn', 'bpmn'), [], counter());
    expect(plan.diagrams).toEqual([]);
    expect(plan.counts).toMatchObject({ diagramsInFile: 2, diagrams: 0, nodes: 0, edges: 0 });
  });
});

describe('planModelDiagrams on broken files', () => {
  it('reports shapes of missing elements, NaN bounds and edges with a missing end, by id', () => {
    const model = readText(
      bpmn(
        '<task id="a" name="A"/><task id="b" name="B"/><sequenceFlow id="f1" sourceRef="a" targetRef="b"/><sequenceFlow id="f2" sourceRef="a" targetRef="gone"/>',
        shape('s-a', 'a', 0, 0) +
          shape('s-b', 'b', 'NaN', 10) +
          shape('s-x', 'nobody', 0, 0) +
          '<bpmndi:BPMNEdge id="e1" bpmnElement="f1"/><bpmndi:BPMNEdge id="e2" bpmnElement="f2"/><bpmndi:BPMNEdge id="e3" bpmnElement="f9"/>',
      ),
    );
    const { plan, created } = importInto(model);
    expect(plan.problems.map((p) => `${p.id}: ${p.message}`)).toEqual([
      's-b: the shape of "b" has no usable bounds: left out of the diagram',
      's-x: the shape points at "nobody", which the file does not hold: left out of the diagram',
      'e1: the sequenceFlow "f1" ends at "b", which has no shape drawn in this diagram: left out',
      'e2: the sequenceFlow "f2" ends at "gone", which has no shape drawn in this diagram: left out',
      'e3: the edge points at "f9", which the file does not hold',
    ]);
    expect(created[0]!.nodes).toHaveLength(1);
    expect(created[0]!.edges).toEqual([]);
  });

  it('scales a drawing with huge coordinates into the canvas, and says so', () => {
    const model = readText(
      bpmn(
        '<task id="a" name="A"/><task id="b" name="B"/>',
        shape('s-a', 'a', -1e12, 0) + shape('s-b', 'b', 1e12, 5e11),
      ),
    );
    const { plan, created } = importInto(model);
    const nodes = created[0]!.nodes;
    expect(Math.max(...nodes.map((n) => n.x + n.width))).toBeLessThanOrEqual(
      MAX_IMPORTED_EXTENT + 200,
    );
    expect(nodes.map((n) => [n.width, n.height])).toEqual([
      [60, 32],
      [60, 32],
    ]);
    expect(plan.problems).toEqual([
      { id: 'dia', message: 'the drawing is wider than 50,000 units: scaled down to 0.0000025%' },
    ]);
  });

  it('refuses a diagram of 50,000 shapes with a clear error; the processes still come', () => {
    // The tree as the safe parser gives it (parsing 50,000 shapes is the parser's test, and
    // slow on a loaded machine): the limit is the reader's.
    const element = (
      ns: string,
      local: string,
      attributes: Record<string, string>,
      children: XmlElement[] = [],
    ): XmlElement => ({
      local,
      ns,
      attributes: Object.entries(attributes).map(([name, value]) => ({
        local: name,
        ns: null,
        value,
      })),
      children,
      text: '',
      place: { line: 1, column: 1 },
    });
    const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
    const DI = 'http://www.omg.org/spec/BPMN/20100524/DI';
    const DC = 'http://www.omg.org/spec/DD/20100524/DC';
    const shapes = Array.from({ length: 50_000 }, (_, i) =>
      element(DI, 'BPMNShape', { id: `s${i}`, bpmnElement: 'a' }, [
        element(DC, 'Bounds', { x: String(i), y: '0', width: '100', height: '80' }),
      ]),
    );
    const root = element(MODEL, 'definitions', { id: 'd' }, [
      element(MODEL, 'process', { id: 'p', name: 'Proc' }, [
        element(MODEL, 'task', { id: 'a', name: 'A' }),
      ]),
      element(DI, 'BPMNDiagram', { id: 'dia' }, [
        element(DI, 'BPMNPlane', { id: 'pl', bpmnElement: 'p' }, shapes),
      ]),
    ]);
    const plan = planModelImport(readBpmn(root, 'huge.bpmn'), [], counter(), NOWHERE);
    expect(plan.processes).toHaveLength(2);
    expect(plan.diagrams).toEqual([]);
    expect(plan.problems).toEqual([
      {
        id: 'dia',
        message:
          'the diagram has 50,000 shapes, more than the 20,000 one diagram can hold: not imported as a diagram',
      },
    ]);
  });

  it('has no diagram to make when the file has no layout', () => {
    const model = readText(
      bpmn('<task id="a" name="A"/>', '').replace(
        /<bpmndi:BPMNDiagram.*<\/bpmndi:BPMNDiagram>/s,
        '',
      ),
    );
    const plan = planModelImport(model, [], counter(), NOWHERE);
    expect([plan.processes.length, plan.diagrams.length, plan.counts.diagramsInFile]).toEqual([
      2, 0, 0,
    ]);
  });
});

describe('sideToward', () => {
  const box = { x: 0, y: 0, width: 100, height: 50 };
  it('picks the side a point on or beyond the border faces', () => {
    expect(
      [
        { x: 100, y: 25 },
        { x: 0, y: 25 },
        { x: 50, y: 0 },
        { x: 50, y: 50 },
        { x: 300, y: 400 },
      ].map((p) => sideToward(box, p)),
    ).toEqual(['right', 'left', 'top', 'bottom', 'bottom']);
  });
});
