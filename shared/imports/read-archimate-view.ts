import { attributeOf, type XmlElement } from '../codecs/xml/safe-xml';
import { LIMITS } from '../model/limits';
import { cleanName } from './clean-name';
import type {
  ImportedConnection,
  ImportedDiagram,
  ImportedElement,
  ImportedModel,
  ImportedShape,
} from './imported-model';
import { XSI_NS, textOf } from './archimate-text';
import { descendants, numberAttribute } from './xml-walk';

/** What reading a view needs of the rest of the file. */
export interface ViewContext {
  /** The exchange file's namespace (3.0 or 3.1). */
  ns: string;
  /** The elements imported as company processes. */
  chosen: ReadonlyMap<string, ImportedElement>;
  /** Every element's name and type, imported or not. */
  named: ReadonlyMap<string, { name: string; type: string }>;
  relations: ReadonlyMap<string, { type: string; name: string }>;
  allIds: ReadonlySet<string>;
  model: ImportedModel;
}

/** Relationships drawn as a flow (with an arrow); every other one is an association. */
const FLOWS = ['Triggering', 'Flow'];

/**
 * A view of an ArchiMate exchange file as a diagram, added to the model: nodes of imported
 * elements become processes, nodes holding other nodes become groups around them (coordinates
 * in the file are absolute to the view, as the standard says), nodes of other elements boxes
 * with their name and type, labels notes; connections between kept nodes become edges
 * (triggering and flow as flows). What cannot be drawn is reported by its identifier.
 */
export function readView(view: XmlElement, context: ViewContext): void {
  const { ns, model } = context;
  const id = attributeOf(view, 'identifier') ?? `view-${model.diagrams.length + 1}`;
  const nodes = [...descendants(view)].filter((n) => n.local === 'node' && n.ns === ns);
  if (nodes.length > LIMITS.maxNodesPerDiagram) {
    model.problems.push({
      id,
      message: `the view has ${nodes.length.toLocaleString('en')} nodes, more than the ${LIMITS.maxNodesPerDiagram.toLocaleString('en')} one diagram can hold: not imported as a diagram`,
    });
    return;
  }
  const diagram: ImportedDiagram = {
    sourceId: id,
    name: cleanName(textOf(view, 'name', ns)) || id,
    shapes: [],
    edges: [],
  };
  readNodes(view, null, diagram, context);
  const kept = new Set(diagram.shapes.map((s) => s.id));
  for (const connection of descendants(view)) {
    if (connection.local !== 'connection' || connection.ns !== ns) continue;
    const edge = connectionOf(connection, kept, context);
    if (edge) diagram.edges.push(edge);
  }
  model.diagrams.push(diagram);
}

/** The nodes directly in `holder` (a view or a node), and theirs, depth first. */
function readNodes(
  holder: XmlElement,
  parentId: string | null,
  diagram: ImportedDiagram,
  context: ViewContext,
): void {
  for (const node of holder.children) {
    if (node.local !== 'node' || node.ns !== context.ns) continue;
    const shape = shapeOf(node, parentId, context);
    if (shape) diagram.shapes.push(shape);
    // A node left out still lets its nested nodes in, in the group it was in.
    readNodes(node, shape ? shape.id : parentId, diagram, context);
  }
}

function shapeOf(
  node: XmlElement,
  parentId: string | null,
  { ns, chosen, named, allIds, model }: ViewContext,
): ImportedShape | null {
  const ref = attributeOf(node, 'elementRef');
  const nodeId = attributeOf(node, 'identifier') ?? ref ?? '';
  const type = attributeOf(node, 'type', XSI_NS) ?? '';
  if (ref !== null && !allIds.has(ref)) {
    model.problems.push({
      id: nodeId,
      message: `the node points at "${ref}", which the file does not hold: left out of the view`,
    });
    return null;
  }
  const x = numberAttribute(attributeOf(node, 'x'));
  const y = numberAttribute(attributeOf(node, 'y'));
  const width = numberAttribute(attributeOf(node, 'w'));
  const height = numberAttribute(attributeOf(node, 'h'));
  if (x === null || y === null || width === null || height === null || width <= 0 || height <= 0) {
    model.problems.push({
      id: nodeId,
      message: `the node${ref ? ` of "${ref}"` : ''} has no usable bounds: left out of the view`,
    });
    return null;
  }
  const holds = node.children.some((c) => c.local === 'node' && c.ns === ns);
  const base = { id: nodeId, elementId: ref, x, y, width, height, parentId };
  if (ref === null) {
    const label = cleanName(textOf(node, 'label', ns));
    return type === 'Container' || holds
      ? { ...base, role: 'container', variant: 'group', label, type }
      : { ...base, role: 'note', label: textOf(node, 'label', ns).trim(), type };
  }
  const element = named.get(ref);
  const name = chosen.get(ref)?.name ?? element?.name ?? '';
  const elementType = element?.type ?? '';
  if (holds)
    return { ...base, role: 'container', variant: 'group', label: name, type: elementType };
  if (chosen.has(ref)) return { ...base, role: 'process', label: name, type: elementType };
  if (element === undefined) return null; // a relationship drawn as a node: not a shape of ours
  return { ...base, role: 'other', label: name || elementType, type: elementType };
}

function connectionOf(
  connection: XmlElement,
  kept: ReadonlySet<string>,
  { relations, model }: ViewContext,
): ImportedConnection | null {
  const id = attributeOf(connection, 'identifier') ?? '';
  const ref = attributeOf(connection, 'relationshipRef');
  const relation = ref === null ? undefined : relations.get(ref);
  if (ref !== null && relation === undefined) {
    model.problems.push({
      id,
      message: `the connection points at "${ref}", which the file does not hold: left out of the view`,
    });
    return null;
  }
  const from = attributeOf(connection, 'source') ?? '';
  const to = attributeOf(connection, 'target') ?? '';
  const missing = [from, to].find((end) => !kept.has(end));
  if (missing !== undefined) {
    model.problems.push({
      id,
      message: `the connection ends at the node "${missing}", which is not in the view: left out`,
    });
    return null;
  }
  return {
    id,
    elementId: ref,
    kind: relation && FLOWS.includes(relation.type) ? 'flow' : 'association',
    from,
    to,
    label: relation?.name ?? '',
    start: null,
    end: null,
  };
}
