import { attributeOf, type XmlElement } from '../codecs/xml/safe-xml';
import { cleanName } from './clean-name';
import type {
  ImportedDiagram,
  ImportedElement,
  ImportedModel,
  ModelProblem,
} from './imported-model';
import { childrenIn, descendants, numberAttribute } from './xml-walk';

export const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const BPMN_DI_NS = 'http://www.omg.org/spec/BPMN/20100524/DI';
const DC_NS = 'http://www.omg.org/spec/DD/20100524/DC';

/** Every BPMN activity becomes a company process; these hold flow elements of their own. */
const CONTAINERS = ['subProcess', 'adHocSubProcess', 'transaction'];
const ACTIVITIES = new Set([
  'task',
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'manualTask',
  'businessRuleTask',
  'scriptTask',
  'callActivity',
  ...CONTAINERS,
]);
/** Flow elements read but not imported: they are steps of a flow, not processes. */
const SKIPPED =
  /(Event|Gateway)$|^(sequenceFlow|dataObject|dataObjectReference|dataStoreReference|textAnnotation|association|group)$/;

/**
 * The company processes of a BPMN 2.0 file. The hierarchy is participant (pool) > lane >
 * sub-process > activity: a pool and the process it shows are one company process (named
 * after the pool, else the process); a process without a pool is a top process of its own.
 * An activity sits in its sub-process, else in the innermost lane listing it, else in its
 * pool or process. Events, gateways, flows and data are counted as skipped; vendor extensions
 * (other namespaces) are ignored; `import`s of other files are never followed, only reported.
 */
export function readBpmn(root: XmlElement, file: string): ImportedModel {
  const model: ImportedModel = {
    format: 'bpmn',
    file,
    elements: [],
    diagrams: [],
    problems: [],
    skipped: {},
  };
  if (root.local !== 'definitions' || root.ns !== BPMN_MODEL_NS) {
    model.problems.push({
      id: '',
      message: `the root is <${root.local}>${root.ns ? ` in ${root.ns}` : ''}, not BPMN 2.0 <definitions>`,
    });
    return model;
  }
  const reader = new BpmnReader(model);
  reader.read(root);
  return model;
}

class BpmnReader {
  private readonly imported = new Set<string>();
  private readonly allIds = new Set<string>();
  private readonly flows = new Map<string, { from: string; to: string }>();

  constructor(private readonly model: ImportedModel) {}

  private problem(id: string, message: string): void {
    this.model.problems.push({ id, message } satisfies ModelProblem);
  }

  private add(
    element: XmlElement,
    kind: string,
    parent: string | null,
    fallbackName = '',
  ): string | null {
    const id = attributeOf(element, 'id');
    if (id === null || id.trim() === '') {
      this.problem(
        '',
        `a <${element.local}> at line ${element.place.line} has no id: not imported`,
      );
      return null;
    }
    if (this.imported.has(id)) {
      this.problem(
        id,
        `the id is used twice: the <${element.local}> at line ${element.place.line} is not imported`,
      );
      return null;
    }
    let name = cleanName(attributeOf(element, 'name') ?? '');
    if (name === '') name = cleanName(fallbackName);
    if (name === '') {
      name = id;
      this.problem(id, `the ${kind} has no name: named by its id`);
    }
    const documentation = childrenIn(element, BPMN_MODEL_NS, 'documentation')
      .map((d) => d.text.trim())
      .filter((text) => text !== '')
      .join('\n\n');
    const imported: ImportedElement = { sourceId: id, name, kind, parentSourceId: parent };
    if (documentation !== '') imported.description = documentation;
    this.model.elements.push(imported);
    this.imported.add(id);
    return id;
  }

  read(definitions: XmlElement): void {
    for (const element of descendants(definitions)) {
      const id = attributeOf(element, 'id');
      if (id !== null) this.allIds.add(id);
      if (element.ns === BPMN_MODEL_NS && element.local === 'sequenceFlow' && id !== null) {
        this.flows.set(id, {
          from: attributeOf(element, 'sourceRef') ?? '',
          to: attributeOf(element, 'targetRef') ?? '',
        });
      }
    }
    for (const imported of childrenIn(definitions, BPMN_MODEL_NS, 'import')) {
      const location = attributeOf(imported, 'location') ?? '';
      this.problem(
        '',
        `imports "${location}": other files are never followed; import that file on its own`,
      );
    }
    const processes = childrenIn(definitions, BPMN_MODEL_NS, 'process');
    const byId = new Map(processes.map((p) => [attributeOf(p, 'id') ?? '', p]));
    const pooled = new Set<string>();
    for (const collaboration of childrenIn(definitions, BPMN_MODEL_NS, 'collaboration')) {
      for (const participant of childrenIn(collaboration, BPMN_MODEL_NS, 'participant')) {
        const ref = attributeOf(participant, 'processRef');
        const process = ref === null ? undefined : byId.get(ref);
        if (ref === null || process === undefined) {
          const id = attributeOf(participant, 'id') ?? '';
          if (ref !== null)
            this.problem(id, `the pool shows the process "${ref}", which the file does not hold`);
          this.skip('pool without a process');
          continue;
        }
        if (pooled.has(ref)) {
          this.problem(
            attributeOf(participant, 'id') ?? '',
            `a second pool of the process "${ref}": not imported`,
          );
          continue;
        }
        pooled.add(ref);
        const id = this.add(participant, 'pool', null, attributeOf(process, 'name') ?? '');
        if (id !== null) this.readContainer(process, id);
      }
    }
    for (const process of processes) {
      if (pooled.has(attributeOf(process, 'id') ?? '')) continue;
      const id = this.add(process, 'process', null);
      if (id !== null) this.readContainer(process, id);
    }
    for (const diagram of childrenIn(definitions, BPMN_DI_NS, 'BPMNDiagram'))
      this.readDiagram(diagram);
  }

  private skip(kind: string): void {
    this.model.skipped[kind] = (this.model.skipped[kind] ?? 0) + 1;
  }

  /** A process or sub-process: its lanes, then its activities, each under its lane or it. */
  private readContainer(container: XmlElement, containerId: string): void {
    const laneOf = new Map<string, { lane: string; depth: number }>();
    const readLanes = (laneSet: XmlElement, parent: string, depth: number): void => {
      for (const lane of childrenIn(laneSet, BPMN_MODEL_NS, 'lane')) {
        const id = this.add(lane, 'lane', parent);
        if (id === null) continue;
        for (const ref of childrenIn(lane, BPMN_MODEL_NS, 'flowNodeRef')) {
          const node = ref.text.trim();
          const known = laneOf.get(node);
          if (known === undefined || known.depth < depth) laneOf.set(node, { lane: id, depth });
        }
        for (const child of childrenIn(lane, BPMN_MODEL_NS, 'childLaneSet'))
          readLanes(child, id, depth + 1);
      }
    };
    for (const laneSet of childrenIn(container, BPMN_MODEL_NS, 'laneSet'))
      readLanes(laneSet, containerId, 0);
    for (const element of container.children) {
      if (element.ns !== BPMN_MODEL_NS) continue;
      if (ACTIVITIES.has(element.local)) {
        const parent = laneOf.get(attributeOf(element, 'id') ?? '')?.lane ?? containerId;
        const id = this.add(element, element.local, parent);
        if (id !== null && CONTAINERS.includes(element.local)) this.readContainer(element, id);
      } else if (SKIPPED.test(element.local)) this.skip(element.local);
    }
  }

  private readDiagram(diagram: XmlElement): void {
    const planes = childrenIn(diagram, BPMN_DI_NS, 'BPMNPlane');
    const id = attributeOf(diagram, 'id') ?? `diagram-${this.model.diagrams.length + 1}`;
    const name =
      cleanName(attributeOf(diagram, 'name') ?? '') || `Diagram ${this.model.diagrams.length + 1}`;
    const result: ImportedDiagram = { sourceId: id, name, shapes: [], edges: [] };
    for (const plane of planes) {
      for (const shape of childrenIn(plane, BPMN_DI_NS, 'BPMNShape')) {
        const ref = attributeOf(shape, 'bpmnElement') ?? '';
        const shapeId = attributeOf(shape, 'id') ?? ref;
        if (!this.allIds.has(ref)) {
          this.problem(
            shapeId,
            `the shape points at "${ref}", which the file does not hold: left out of the diagram`,
          );
          continue;
        }
        if (!this.imported.has(ref)) continue;
        const bounds = childrenIn(shape, DC_NS, 'Bounds')[0];
        const box = bounds && {
          x: numberAttribute(attributeOf(bounds, 'x')),
          y: numberAttribute(attributeOf(bounds, 'y')),
          width: numberAttribute(attributeOf(bounds, 'width')),
          height: numberAttribute(attributeOf(bounds, 'height')),
        };
        if (!box || box.x === null || box.y === null || !box.width || !box.height) {
          this.problem(
            shapeId,
            `the shape of "${ref}" has no usable bounds: left out of the diagram`,
          );
          continue;
        }
        result.shapes.push({
          sourceId: ref,
          x: box.x,
          y: box.y,
          width: box.width,
          height: box.height,
        });
      }
      for (const edge of childrenIn(plane, BPMN_DI_NS, 'BPMNEdge')) {
        const ref = attributeOf(edge, 'bpmnElement') ?? '';
        const flow = this.flows.get(ref);
        if (flow && this.imported.has(flow.from) && this.imported.has(flow.to)) {
          result.edges.push({ sourceId: ref, from: flow.from, to: flow.to });
        } else if (!this.allIds.has(ref)) {
          this.problem(
            attributeOf(edge, 'id') ?? ref,
            `the edge points at "${ref}", which the file does not hold`,
          );
        }
      }
    }
    this.model.diagrams.push(result);
  }
}
