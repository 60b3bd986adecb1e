import { attributeOf, type XmlElement } from '../codecs/xml/safe-xml';
import { cleanName } from './clean-name';
import { LIMITS } from '../model/limits';
import type {
  ImportedConnection,
  ImportedDiagram,
  ImportedElement,
  ImportedModel,
  ImportedShape,
  ModelProblem,
} from './imported-model';
import { placeInContainers } from './shape-containment';
import { childrenIn, descendants, numberAttribute } from './xml-walk';

export const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const BPMN_DI_NS = 'http://www.omg.org/spec/BPMN/20100524/DI';
const DC_NS = 'http://www.omg.org/spec/DD/20100524/DC';
const DD_DI_NS = 'http://www.omg.org/spec/DD/20100524/DI';

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
  /** The name each imported element was given, by id. */
  private readonly imported = new Map<string, string>();
  /** Every element of the file with an id. */
  private readonly byId = new Map<string, XmlElement>();

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
    this.imported.set(id, name);
    return id;
  }

  read(definitions: XmlElement): void {
    for (const element of descendants(definitions)) {
      const id = attributeOf(element, 'id');
      if (id !== null && !this.byId.has(id)) this.byId.set(id, element);
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

  /** The diagram's name: its own, else the name of what its plane shows, else its place. */
  private diagramName(diagram: XmlElement, plane: XmlElement | undefined): string {
    const own = cleanName(attributeOf(diagram, 'name') ?? '');
    if (own !== '') return own;
    const shown = this.byId.get(attributeOf(plane ?? diagram, 'bpmnElement') ?? '');
    const shownName = shown && cleanName(attributeOf(shown, 'name') ?? '');
    if (shownName) return shownName;
    // A collaboration seldom has a name: its first pool's, or its first process's, stands in.
    for (const participant of shown ? childrenIn(shown, BPMN_MODEL_NS, 'participant') : []) {
      const name = this.imported.get(attributeOf(participant, 'id') ?? '');
      if (name !== undefined) return name;
    }
    return this.model.elements[0]?.name ?? `Diagram ${this.model.diagrams.length + 1}`;
  }

  /** How a shape of `element` is drawn, with its text; null when it is not drawn at all. */
  private shapeOf(
    element: XmlElement,
    shape: XmlElement,
  ): Pick<ImportedShape, 'role' | 'variant' | 'label' | 'type'> | null {
    const id = attributeOf(element, 'id') ?? '';
    const type = element.local;
    const name = this.imported.get(id) ?? cleanName(attributeOf(element, 'name') ?? '');
    if (element.ns !== BPMN_MODEL_NS) return null;
    if (type === 'participant' || type === 'lane')
      return { role: 'container', variant: 'lane', label: name, type };
    if (type === 'textAnnotation') {
      const text = childrenIn(element, BPMN_MODEL_NS, 'text')[0]?.text ?? '';
      return { role: 'note', label: text.trim(), type };
    }
    if (type === 'group') return { role: 'container', variant: 'group', label: name, type };
    if (this.imported.has(id)) {
      // An expanded sub-process is drawn around its own steps: a frame holding them.
      return CONTAINERS.includes(type) && attributeOf(shape, 'isExpanded') === 'true'
        ? { role: 'container', variant: 'group', label: name, type }
        : { role: 'process', label: name, type };
    }
    if (type === 'process' || type === 'collaboration') return null;
    return { role: 'other', label: name || spaced(type), type };
  }

  private readDiagram(diagram: XmlElement): void {
    const plane = childrenIn(diagram, BPMN_DI_NS, 'BPMNPlane')[0];
    const id = attributeOf(diagram, 'id') ?? `diagram-${this.model.diagrams.length + 1}`;
    const shapesXml = plane ? childrenIn(plane, BPMN_DI_NS, 'BPMNShape') : [];
    if (shapesXml.length > LIMITS.maxNodesPerDiagram) {
      this.problem(
        id,
        `the diagram has ${shapesXml.length.toLocaleString('en')} shapes, more than the ${LIMITS.maxNodesPerDiagram.toLocaleString('en')} one diagram can hold: not imported as a diagram`,
      );
      return;
    }
    const result: ImportedDiagram = {
      sourceId: id,
      name: this.diagramName(diagram, plane),
      shapes: [],
      edges: [],
    };
    const shapeOfElement = new Map<string, string>();
    for (const shape of shapesXml) {
      const ref = attributeOf(shape, 'bpmnElement') ?? '';
      const shapeId = attributeOf(shape, 'id') ?? ref;
      const element = this.byId.get(ref);
      if (element === undefined) {
        this.problem(
          shapeId,
          `the shape points at "${ref}", which the file does not hold: left out of the diagram`,
        );
        continue;
      }
      const drawn = this.shapeOf(element, shape);
      if (drawn === null) continue;
      const box = boundsOf(childrenIn(shape, DC_NS, 'Bounds')[0]);
      if (box === null) {
        this.problem(
          shapeId,
          `the shape of "${ref}" has no usable bounds: left out of the diagram`,
        );
        continue;
      }
      result.shapes.push({ id: shapeId, elementId: ref, ...drawn, ...box, parentId: null });
      if (!shapeOfElement.has(ref)) shapeOfElement.set(ref, shapeId);
    }
    placeInContainers(result.shapes);
    const shapeIds = new Set(result.shapes.map((s) => s.id));
    for (const edge of plane ? childrenIn(plane, BPMN_DI_NS, 'BPMNEdge') : []) {
      const connection = this.connectionOf(edge, shapeOfElement, shapeIds);
      if (connection) result.edges.push(connection);
    }
    this.model.diagrams.push(result);
  }

  /** A DI edge as a connection between two shapes of its diagram, or null (reported). */
  private connectionOf(
    edge: XmlElement,
    shapeOfElement: ReadonlyMap<string, string>,
    shapeIds: ReadonlySet<string>,
  ): ImportedConnection | null {
    const ref = attributeOf(edge, 'bpmnElement') ?? '';
    const edgeId = attributeOf(edge, 'id') ?? ref;
    const element = this.byId.get(ref);
    if (element === undefined) {
      this.problem(edgeId, `the edge points at "${ref}", which the file does not hold`);
      return null;
    }
    const kind = element.local === 'sequenceFlow' ? 'flow' : 'association';
    const sourceRef = attributeOf(element, 'sourceRef');
    const targetRef = attributeOf(element, 'targetRef');
    if (sourceRef === null || targetRef === null) return null; // data associations and the like
    // The DI may name the very shapes it joins; else the element's first shape in this diagram.
    const end = (diAttribute: string, elementRef: string): string | undefined => {
      const named = attributeOf(edge, diAttribute);
      return named !== null && shapeIds.has(named) ? named : shapeOfElement.get(elementRef);
    };
    const from = end('sourceElement', sourceRef);
    const to = end('targetElement', targetRef);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? sourceRef : targetRef;
      this.problem(
        edgeId,
        `the ${element.local} "${ref}" ends at "${missing}", which has no shape drawn in this diagram: left out`,
      );
      return null;
    }
    const points = childrenIn(edge, DD_DI_NS, 'waypoint').flatMap((p) => pointOf(p) ?? []);
    return {
      id: edgeId,
      elementId: ref,
      kind,
      from,
      to,
      label: cleanName(attributeOf(element, 'name') ?? ''),
      start: points[0] ?? null,
      end: points[points.length - 1] ?? null,
    };
  }
}

/** `startEvent` as "start Event" would read; "Start event" reads better. */
function spaced(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A `dc:Bounds` as a box, or null when missing, not a number, or without size. */
function boundsOf(
  bounds: XmlElement | undefined,
): { x: number; y: number; width: number; height: number } | null {
  if (bounds === undefined) return null;
  const x = numberAttribute(attributeOf(bounds, 'x'));
  const y = numberAttribute(attributeOf(bounds, 'y'));
  const width = numberAttribute(attributeOf(bounds, 'width'));
  const height = numberAttribute(attributeOf(bounds, 'height'));
  if (x === null || y === null || width === null || height === null) return null;
  if (width <= 0 || height <= 0) return null;
  return { x, y, width, height };
}

/** A waypoint, or null when its coordinates are not numbers. */
function pointOf(point: XmlElement): { x: number; y: number } | null {
  const x = numberAttribute(attributeOf(point, 'x'));
  const y = numberAttribute(attributeOf(point, 'y'));
  return x === null || y === null ? null : { x, y };
}
