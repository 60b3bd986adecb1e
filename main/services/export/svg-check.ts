import { HostFailure } from '../../../shared/ipc/errors';
import {
  SVG_ELEMENTS,
  SVG_NAMESPACE,
  isSvgTag,
  svgAttributeProblem,
  svgTagHoldsText,
} from '../../../shared/render/svg-vocabulary';
import {
  readSvgTree,
  SvgTreeError,
  XMLNS_NAMESPACE,
  type SvgTreeElement,
  type SvgTreeNode,
} from './svg-tree';

/**
 * Checks an SVG before main writes it to disk, whatever the renderer sent, against an
 * allow-list: the elements and attributes our SVG builder can make (`svg-vocabulary.ts`, the
 * one declaration both use), with every attribute value matching its grammar. Anything else
 * (script, animation, links, images, style, foreignObject, event attributes, other namespaces,
 * DOCTYPE and entities, comments, processing instructions) is refused with a message naming it.
 * A deny-list missed `<set attributeName="href" to="javascript:…">` and friends; this cannot.
 */

const ALLOWED_TAGS = Object.keys(SVG_ELEMENTS).join(', ');

const refuse = (file: string, problem: string): never => {
  throw new HostFailure({
    code: 'INVALID_ARGUMENT',
    message: `The SVG to export ${problem}.`,
    file,
  });
};

function parse(svg: string, file: string): SvgTreeElement {
  try {
    return readSvgTree(svg);
  } catch (error) {
    if (!(error instanceof SvgTreeError)) throw error;
    throw new HostFailure({ code: 'INVALID_ARGUMENT', message: `${error.message}.`, file });
  }
}

/** The attributes of one element: the root's SVG namespace declaration and the vocabulary's. */
function checkAttributes(
  element: SvgTreeElement,
  tag: keyof typeof SVG_ELEMENTS,
  isRoot: boolean,
  file: string,
) {
  for (const attribute of element.attributes.list()) {
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
function checkTree(root: SvgTreeElement, file: string): void {
  const pending: Array<{ node: SvgTreeNode; parent: keyof typeof SVG_ELEMENTS | null }> = [
    { node: root, parent: null },
  ];
  let metadata = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, parent } = next;
    if (node.nodeType === 3) {
      if (parent !== null && !svgTagHoldsText(parent) && node.nodeValue.trim() !== '') {
        refuse(file, `has text directly inside <${parent}>`);
      }
      continue;
    }
    const name = node.nodeName;
    if (node.namespaceURI !== SVG_NAMESPACE || node.prefix !== null) {
      refuse(file, `has <${name}> outside the SVG namespace`);
    }
    const tag = node.localName;
    if (!isSvgTag(tag)) {
      refuse(file, `has <${name}>, which exports never contain (only ${ALLOWED_TAGS})`);
      return;
    }
    if (parent !== null && svgTagHoldsText(parent)) {
      refuse(file, `has <${tag}> inside <${parent}>, which holds text only`);
    }
    if (tag === 'metadata') {
      // Only the embedded bundle, once, straight under the root (svg-metadata.ts writes it).
      if (parent !== 'svg' || (node.getAttribute('id') ?? '') === '' || (metadata += 1) > 1) {
        refuse(file, 'has <metadata> other than one diagram bundle directly under the root');
      }
    }
    checkAttributes(node, tag, parent === null, file);
    // Children go on the stack last first, so problems are found in document order.
    const children: SvgTreeNode[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling)
      children.push(child);
    for (let i = children.length - 1; i >= 0; i -= 1)
      pending.push({ node: children[i]!, parent: tag });
  }
}

/** The numeric size of the root, from width/height or else the viewBox; null when unknown. */
function rootSize(root: SvgTreeElement) {
  const read = (name: string) => root.getAttribute(name) ?? '';
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

/** An SVG that passed `checkSvgTree`: its root's size (null when unknown) and parsed root. */
export interface CheckedSvg {
  size: { width: number; height: number } | null;
  root: SvgTreeElement;
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
 * `checkSvg`, keeping the parsed tree: the PNG rasteriser and the PDF translator draw from it,
 * so a picture is parsed once (parsing is most of the check's time).
 */
export function checkSvgTree(svg: string, file: string): CheckedSvg {
  const root = parse(svg, file);
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NAMESPACE) {
    return refuse(file, 'must have an <svg> root in the SVG namespace');
  }
  checkTree(root, file);
  return { size: rootSize(root), root };
}
