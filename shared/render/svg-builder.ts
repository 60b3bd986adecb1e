import {
  SVG_NAMESPACE,
  isSvgTag,
  svgAttributeProblem,
  svgTagHoldsText,
  type SvgAttributesOf,
  type SvgTag,
} from './svg-vocabulary';
import { escapeXmlAttribute, escapeXmlText } from './xml-text';

/**
 * A tiny typed SVG element builder for exports. It can only make the elements and attributes
 * of `svg-vocabulary.ts` (the same list main checks every export against before writing it),
 * each value is checked against its kind's grammar (a value that fails is a bug in our code, not
 * in user data, and throws), and every text and attribute value is escaped.
 */

export type { SvgTag } from './svg-vocabulary';
export type SvgAttributeValue = string | number | undefined;

/** An element: its tag, attributes and children (elements or plain text). */
export interface SvgElement {
  readonly tag: SvgTag;
  readonly attributes: Readonly<Record<string, SvgAttributeValue>>;
  readonly children: readonly SvgNode[];
}

/** Plain strings are text nodes: they are always escaped, never read as markup. */
export type SvgNode = SvgElement | string;

/** Makes an element; `false`, `null` and `undefined` children are skipped. */
export function el<T extends SvgTag>(
  tag: T,
  attributes: SvgAttributesOf<T> = {},
  ...children: ReadonlyArray<SvgNode | readonly SvgNode[] | null | undefined | false>
): SvgElement {
  const flat: SvgNode[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) flat.push(...(child as readonly SvgNode[]));
    else flat.push(child as SvgNode);
  }
  return { tag, attributes, children: flat };
}

/** Numbers are written with at most two decimals, so files stay small and diff cleanly. */
function formatValue(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
}

/**
 * Text that reaches XML unchanged: space and the BMP's characters XML holds, less & " ' < >
 * (and so no tab, line break or control character, which escaping rewrites or drops).
 */
const PLAIN = /^[\u0020\u0021\u0023-\u0025\u0028-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]*$/;

/**
 * The markup of `node` and its children. Concatenated strings (V8 keeps them as ropes until
 * the document is read) cost a fraction of an array of pieces joined at the end.
 */
function write(node: SvgElement, namespace = ''): string {
  if (!isSvgTag(node.tag)) throw new Error(`SVG builder: <${String(node.tag)}> is not drawn`);
  let out = `<${node.tag}${namespace}`;
  const attributes = node.attributes;
  for (const name in attributes) {
    const raw = attributes[name];
    if (raw === undefined) continue;
    const value = formatValue(raw);
    const problem = svgAttributeProblem(node.tag, name, value);
    if (problem !== null) throw new Error(`SVG builder: ${problem}`);
    out += ` ${name}="${PLAIN.test(value) ? value : escapeXmlAttribute(value)}"`;
  }
  if (node.children.length === 0) return `${out}/>`;
  out += '>';
  const holdsText = svgTagHoldsText(node.tag);
  for (const child of node.children) {
    if (typeof child === 'string') {
      if (!holdsText) throw new Error(`SVG builder: <${node.tag}> holds no text`);
      out += PLAIN.test(child) ? child : escapeXmlText(child);
    } else {
      if (holdsText) throw new Error(`SVG builder: <${node.tag}> holds text only`);
      out += write(child);
    }
  }
  return `${out}</${node.tag}>`;
}

/**
 * A standalone SVG document: the XML declaration and `root`, which must be an `<svg>`, with the
 * SVG namespace as its default namespace.
 */
export function renderSvgDocument(root: SvgElement): string {
  if (root.tag !== 'svg') throw new Error('SVG builder: the document root must be <svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, ` xmlns="${SVG_NAMESPACE}"`)}\n`;
}
