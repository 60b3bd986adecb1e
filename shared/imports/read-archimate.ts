import { attributeOf, type XmlElement } from '../codecs/xml/safe-xml';
import { cleanName } from './clean-name';
import type { ImportedElement, ImportedModel } from './imported-model';
import { XSI_NS, textOf } from './archimate-text';
import { readView, type ViewContext } from './read-archimate-view';
import { childrenIn, descendants } from './xml-walk';

/** The Open Exchange Format's namespaces of 3.0 and 3.1 (the same vocabulary). */
const ARCHIMATE_NS = /^http:\/\/www\.opengroup\.org\/xsd\/archimate\/3\.[01]\/?$/;

/**
 * The behaviour elements that become company processes. BusinessEvent is left out on purpose:
 * an event triggers a process but is not one, and eTOM maps processes; it is counted as skipped.
 */
export const ARCHIMATE_PROCESS_TYPES = [
  'BusinessProcess',
  'BusinessFunction',
  'BusinessInteraction',
];
/** Relationships read as "whole > part": the source holds the target. */
const HIERARCHY = ['Composition', 'Aggregation'];

/**
 * The company processes of an ArchiMate Open Exchange file (3.0 / 3.1, as Archi and BiZZdesign
 * write): business processes, functions and interactions, placed under their parent by
 * Composition or Aggregation (source = whole). An element with several parents keeps the
 * first (compositions before aggregations, then file order) and the others are reported; a
 * cycle is broken at the relationship that closes it, reported. Views become diagrams
 * (`readView`).
 */
export function readArchimate(root: XmlElement, file: string): ImportedModel {
  const model: ImportedModel = {
    format: 'archimate',
    file,
    elements: [],
    diagrams: [],
    problems: [],
    skipped: {},
  };
  const ns = root.ns ?? '';
  if (root.local !== 'model' || !ARCHIMATE_NS.test(ns)) {
    model.problems.push({
      id: '',
      message: `the root is <${root.local}>${root.ns ? ` in ${root.ns}` : ''}, not an ArchiMate 3 exchange <model>`,
    });
    return model;
  }
  const typeOf = (e: XmlElement) => attributeOf(e, 'type', XSI_NS) ?? '';
  const chosen = new Map<string, ImportedElement>();
  const named = new Map<string, { name: string; type: string }>();
  const order: string[] = [];
  const allIds = new Set<string>();
  for (const element of descendants(root)) {
    const id = attributeOf(element, 'identifier');
    if (id !== null) allIds.add(id);
  }
  for (const list of childrenIn(root, ns, 'elements')) {
    for (const element of childrenIn(list, ns, 'element')) {
      const type = typeOf(element);
      const id = attributeOf(element, 'identifier') ?? '';
      if (id !== '' && !named.has(id))
        named.set(id, { name: cleanName(textOf(element, 'name', ns)), type });
      if (!ARCHIMATE_PROCESS_TYPES.includes(type)) {
        model.skipped[type || 'element'] = (model.skipped[type || 'element'] ?? 0) + 1;
        continue;
      }
      if (id === '' || chosen.has(id)) {
        model.problems.push({
          id,
          message:
            id === ''
              ? `a ${type} at line ${element.place.line} has no identifier: not imported`
              : 'the identifier is used twice: the second is not imported',
        });
        continue;
      }
      let name = cleanName(textOf(element, 'name', ns));
      if (name === '') {
        name = id;
        model.problems.push({ id, message: `the ${type} has no name: named by its identifier` });
      }
      const imported: ImportedElement = { sourceId: id, name, kind: type, parentSourceId: null };
      const documentation = textOf(element, 'documentation', ns).trim();
      if (documentation !== '') imported.description = documentation;
      chosen.set(id, imported);
      order.push(id);
    }
  }
  const relations = new Map<string, { type: string; name: string }>();
  const links: Array<{ id: string; type: string; from: string; to: string }> = [];
  for (const list of childrenIn(root, ns, 'relationships')) {
    for (const relation of childrenIn(list, ns, 'relationship')) {
      const id = attributeOf(relation, 'identifier') ?? '';
      const from = attributeOf(relation, 'source') ?? '';
      const to = attributeOf(relation, 'target') ?? '';
      const type = typeOf(relation);
      relations.set(id, { type, name: cleanName(textOf(relation, 'name', ns)) });
      if (HIERARCHY.includes(type) && chosen.has(from) && chosen.has(to))
        links.push({ id, type, from, to });
    }
  }
  links.sort((a, b) => HIERARCHY.indexOf(a.type) - HIERARCHY.indexOf(b.type));
  for (const link of links) {
    const child = chosen.get(link.to)!;
    if (child.parentSourceId !== null) {
      model.problems.push({
        id: link.to,
        message: `has a second parent "${link.from}" (${link.type} ${link.id}): kept under "${child.parentSourceId}"`,
      });
      continue;
    }
    if (link.from === link.to || isAncestor(chosen, link.to, link.from)) {
      model.problems.push({
        id: link.to,
        message: `the ${link.type} ${link.id} from "${link.from}" would make a cycle: not followed`,
      });
      continue;
    }
    child.parentSourceId = link.from;
  }
  model.elements = parentsFirst(order.map((id) => chosen.get(id)!));
  const context: ViewContext = { ns, chosen, named, relations, allIds, model };
  for (const views of childrenIn(root, ns, 'views')) {
    for (const diagrams of childrenIn(views, ns, 'diagrams')) {
      for (const view of childrenIn(diagrams, ns, 'view')) readView(view, context);
    }
  }
  return model;
}

/** Whether `ancestor` is `id` or above it through the parents set so far. */
function isAncestor(
  byId: ReadonlyMap<string, ImportedElement>,
  ancestor: string,
  id: string,
): boolean {
  for (let at: string | null = id; at !== null; at = byId.get(at)?.parentSourceId ?? null) {
    if (at === ancestor) return true;
  }
  return false;
}

/** The elements reordered so that a parent comes before its children (file order otherwise). */
function parentsFirst(elements: ImportedElement[]): ImportedElement[] {
  const children = new Map<string | null, ImportedElement[]>();
  for (const element of elements) {
    const list = children.get(element.parentSourceId) ?? [];
    list.push(element);
    children.set(element.parentSourceId, list);
  }
  const out: ImportedElement[] = [];
  const pending = [...(children.get(null) ?? [])].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    out.push(next);
    pending.push(...[...(children.get(next.sourceId) ?? [])].reverse());
  }
  return out;
}
