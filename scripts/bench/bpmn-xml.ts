/**
 * bpmn-js's half of the benchmark's input: the benchmark grid (canvas-layout.ts) as BPMN 2.0
 * XML with diagram interchange, so bpmn-js draws the same nodes at the same places. Boxes are
 * tasks, company processes user tasks, framework processes service tasks, notes text
 * annotations; an edge touching a note is an association, the others sequence flows.
 */
import {
  COL_STEP,
  NODE_HEIGHT,
  NODE_WIDTH,
  ROW_STEP,
  type BenchKind,
  type BenchLayout,
} from './canvas-layout';

const ELEMENT: Record<BenchKind, string> = {
  box: 'task',
  process: 'userTask',
  framework: 'serviceTask',
  note: 'textAnnotation',
};

const nodeId = (index: number) => `Node_${index}`;

function semantic(kind: BenchKind, index: number): string {
  const id = nodeId(index);
  if (kind === 'note')
    return `<textAnnotation id="${id}"><text>Note ${index}</text></textAnnotation>`;
  return `<${ELEMENT[kind]} id="${id}" name="${kind === 'box' ? 'Step' : 'Process'} ${index}" />`;
}

/** The BPMN XML of a benchmark grid. */
export function bpmnXml(layout: BenchLayout): string {
  const isNote = (index: number) => layout.nodes[index]?.kind === 'note';
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_bench" targetNamespace="http://bpmn.io/schema/bpmn">',
    '<process id="Process_bench" isExecutable="false">',
  ];
  for (const node of layout.nodes) parts.push(semantic(node.kind, node.index));
  for (const edge of layout.edges) {
    const tag = isNote(edge.source) || isNote(edge.target) ? 'association' : 'sequenceFlow';
    parts.push(
      `<${tag} id="Edge_${edge.index}" sourceRef="${nodeId(edge.source)}" targetRef="${nodeId(edge.target)}" />`,
    );
  }
  parts.push('</process>');
  parts.push(
    '<bpmndi:BPMNDiagram id="Diagram_bench"><bpmndi:BPMNPlane bpmnElement="Process_bench">',
  );
  for (const node of layout.nodes) {
    parts.push(
      `<bpmndi:BPMNShape id="${nodeId(node.index)}_di" bpmnElement="${nodeId(node.index)}"><dc:Bounds x="${node.x}" y="${node.y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" /></bpmndi:BPMNShape>`,
    );
  }
  for (const edge of layout.edges) {
    const from = layout.nodes[edge.source];
    if (!from) continue;
    // Right: side to side across the column gap; down: bottom to top across the row gap.
    const [x1, y1, x2, y2] = edge.down
      ? [from.x + NODE_WIDTH / 2, from.y + NODE_HEIGHT, from.x + NODE_WIDTH / 2, from.y + ROW_STEP]
      : [
          from.x + NODE_WIDTH,
          from.y + NODE_HEIGHT / 2,
          from.x + COL_STEP,
          from.y + NODE_HEIGHT / 2,
        ];
    parts.push(
      `<bpmndi:BPMNEdge id="Edge_${edge.index}_di" bpmnElement="Edge_${edge.index}"><di:waypoint x="${x1}" y="${y1}" /><di:waypoint x="${x2}" y="${y2}" /></bpmndi:BPMNEdge>`,
    );
  }
  parts.push('</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>');
  return parts.join('\n');
}
