import { DOMParser } from '@xmldom/xmldom';
import { HostFailure } from '../../../shared/ipc/errors';
import {
  SVG_ELEMENTS,
  SVG_NAMESPACE,
  isSvgTag,
  svgAttributeProblem,
  svgTagHoldsText,
} from '../../../shared/render/svg-vocabulary';

/**
 * Checks an SVG before main writes it to disk, whatever the renderer sent, against an
 * allow-list: the elements and attributes our SVG builder can make (`svg-vocabulary.ts`, the
 * one declaration both use), with every attribute value matching its grammar. Anything else
 * (script, animation, links, images, style, foreignObject, event attributes, other namespaces,
 * DOCTYPE and entities, comments, processing instructions) is refused with a message naming it.
 * A deny-list missed `<set attributeName="href" to="javascript:…">` and friends; this cannot.
 */

const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const ALLOWED_TAGS = Object.keys(SVG_ELEMENTS).join(', ');

const refuse = (file: string, problem: string): never => {
  throw new HostFailure({
    code: 'INVALID_ARGUMENT',
    message: `The SVG to export ${problem}.`,
    file,
  });
};

/** Node types of the DOM (the numbers are fixed by the standard). */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface XmlNode {
  nodeType: number;
  nodeName: string;
  localName: string | null;
  namespaceURI: string | null;
  prefix: string | null;
  nodeValue: string | null;
  firstChild: XmlNode | null;
  nextSibling: XmlNode | null;
  attributes?: {
    length: number;
    item(index: number): {
      name: string;
      localName: string | null;
      prefix: string | null;
      namespaceURI: string | null;
      value: string;
    } | null;
  };
  getAttribute?(name: string): string | null;
}

/** Markup an export never has, found in the text before it is parsed (no entity is expanded). */
function checkDeclarations(svg: string, file: string): void {
  const declaration = /<!(DOCTYPE|ENTITY|--|\[CDATA\[)?/i.exec(svg);
  if (declaration === null) return;
  const what: Record<string, string> = {
    doctype: 'a DOCTYPE',
    entity: 'an ENTITY declaration',
    '--': 'a comment',
    '[cdata[': 'a CDATA section',
  };
  refuse(file, `has ${what[(declaration[1] ?? '').toLowerCase()] ?? 'a markup declaration'} (<!…)`);
}

function parse(svg: string, file: string) {
  try {
    return new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(svg, 'application/xml');
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return refuse(file, `is not well-formed XML: ${detail}`);
  }
}

/** The attributes of one element: the root's SVG namespace declaration and the vocabulary's. */
function checkAttributes(
  element: XmlNode,
  tag: keyof typeof SVG_ELEMENTS,
  isRoot: boolean,
  file: string,
) {
  const attributes = element.attributes;
  if (attributes === undefined) return;
  for (let i = 0; i < attributes.length; i += 1) {
    const attribute = attributes.item(i)!;
    if (attribute.namespaceURI === XMLNS_NAMESPACE) {
      if (attribute.name === 'xmlns' && isRoot && attribute.value === SVG_NAMESPACE) continue;
      refuse(
        file,
        `declares the namespace ${attribute.name}="${attribute.value}" on <${tag}> (only the SVG namespace, on the root)`,
      );
    }
    if (
      attribute.namespaceURI !== null ||
      attribute.prefix !== null ||
      attribute.name.includes(':')
    ) {
      refuse(file, `has the namespaced attribute "${attribute.name}" on <${tag}>`);
    }
    const problem = svgAttributeProblem(tag, attribute.name, attribute.value);
    if (problem !== null) refuse(file, `has ${problem}`);
  }
}

/** Walks the tree without recursion, so a deeply nested file cannot overflow the stack. */
function checkTree(root: XmlNode, file: string): void {
  const pending: Array<{ node: XmlNode; parent: keyof typeof SVG_ELEMENTS | null }> = [
    { node: root, parent: null },
  ];
  let metadata = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, parent } = next;
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (parent !== null && !svgTagHoldsText(parent) && text.trim() !== '') {
        refuse(file, `has text directly inside <${parent}>`);
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      refuse(file, `has a ${node.nodeName} node${parent ? ` inside <${parent}>` : ''}`);
    }
    const name = node.nodeName;
    if (node.namespaceURI !== SVG_NAMESPACE || node.prefix !== null) {
      refuse(file, `has <${name}> outside the SVG namespace`);
    }
    const tag = node.localName ?? name;
    if (!isSvgTag(tag)) {
      refuse(file, `has <${name}>, which exports never contain (only ${ALLOWED_TAGS})`);
      return;
    }
    if (parent !== null && svgTagHoldsText(parent)) {
      refuse(file, `has <${tag}> inside <${parent}>, which holds text only`);
    }
    if (tag === 'metadata') {
      // Only the embedded bundle, once, straight under the root (svg-metadata.ts writes it).
      if (parent !== 'svg' || (node.getAttribute?.('id') ?? '') === '' || (metadata += 1) > 1) {
        refuse(file, 'has <metadata> other than one diagram bundle directly under the root');
      }
    }
    checkAttributes(node, tag, parent === null, file);
    // Children go on the stack last first, so problems are found in document order.
    const children: XmlNode[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling)
      children.push(child);
    for (let i = children.length - 1; i >= 0; i -= 1)
      pending.push({ node: children[i]!, parent: tag });
  }
}

/** The numeric size of the root, from width/height or else the viewBox; null when unknown. */
function rootSize(root: XmlNode) {
  const read = (name: string) => root.getAttribute?.(name) ?? '';
  const width = Number.parseFloat(read('width'));
  const height = Number.parseFloat(read('height'));
  if (Number.isFinite(width) && Number.isFinite(height)) return { width, height };
  const box = read('viewBox')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box.every(Number.isFinite)) return { width: box[2]!, height: box[3]! };
  return null;
}

/** A node of a checked SVG's tree, as the PNG rasteriser reads it (`svg-draw-list.ts`). */
export interface CheckedSvgNode {
  readonly nodeType: number;
  readonly localName: string | null;
  readonly nodeValue: string | null;
  readonly firstChild: CheckedSvgNode | null;
  readonly nextSibling: CheckedSvgNode | null;
  /** An element's attributes (text nodes have none). */
  readonly attributes?: {
    readonly length: number;
    item(index: number): { readonly name: string; readonly value: string } | null;
  };
  getAttribute(name: string): string | null;
}

/** An SVG that passed `checkSvgTree`: its root's size (null when unknown) and parsed root. */
export interface CheckedSvg {
  size: { width: number; height: number } | null;
  root: CheckedSvgNode;
}

/**
 * Throws INVALID_ARGUMENT naming `file` and the first thing that is not allowed when `svg` is
 * not an SVG our builder could have made; returns the size of its root (for the pixel budget of
 * a PNG), null when it has none.
 */
export function checkSvg(svg: string, file: string): { width: number; height: number } | null {
  return checkSvgTree(svg, file).size;
}

/**
 * `checkSvg`, keeping the parsed tree: the PNG rasteriser draws from it, so a large picture is
 * parsed once (parsing is most of the check's time).
 */
export function checkSvgTree(svg: string, file: string): CheckedSvg {
  checkDeclarations(svg, file);
  const doc = parse(svg, file);
  // The parser reads a bare `&` as text; XML does not, and neither should an export.
  const bareAmpersand = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9a-fA-F]+);)/.exec(svg);
  if (bareAmpersand !== null) {
    refuse(file, `is not well-formed XML: a bare & at ${bareAmpersand.index}`);
  }
  const root = doc.documentElement as XmlNode | null;
  if (root === null || root.localName !== 'svg' || root.namespaceURI !== SVG_NAMESPACE) {
    return refuse(file, 'must have an <svg> root in the SVG namespace');
  }
  for (let node = doc.firstChild as XmlNode | null; node !== null; node = node.nextSibling) {
    if (node === root) continue;
    const blank = node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim() === '';
    // xmldom gives the XML declaration as a processing instruction named "xml".
    const declaration = node.nodeType === 7 && node.nodeName === 'xml';
    if (!blank && !declaration) refuse(file, `has ${node.nodeName} outside the <svg> root`);
  }
  checkTree(root, file);
  return { size: rootSize(root), root: root as unknown as CheckedSvgNode };
}
