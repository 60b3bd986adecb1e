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

function write(node: SvgElement, out: string[], namespace = ''): void {
  if (!isSvgTag(node.tag)) throw new Error(`SVG builder: <${String(node.tag)}> is not drawn`);
  out.push('<', node.tag, namespace);
  for (const [name, raw] of Object.entries(node.attributes)) {
    if (raw === undefined) continue;
    const value = formatValue(raw);
    const problem = svgAttributeProblem(node.tag, name, value);
    if (problem !== null) throw new Error(`SVG builder: ${problem}`);
    out.push(' ', name, '="', escapeXmlAttribute(value), '"');
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  const holdsText = svgTagHoldsText(node.tag);
  for (const child of node.children) {
    if (typeof child === 'string') {
      if (!holdsText) throw new Error(`SVG builder: <${node.tag}> holds no text`);
      out.push(escapeXmlText(child));
    } else {
      if (holdsText) throw new Error(`SVG builder: <${node.tag}> holds text only`);
      write(child, out);
    }
  }
  out.push('</', node.tag, '>');
}

/**
 * A standalone SVG document: the XML declaration and `root`, which must be an `<svg>`, with the
 * SVG namespace as its default namespace.
 */
export function renderSvgDocument(root: SvgElement): string {
  if (root.tag !== 'svg') throw new Error('SVG builder: the document root must be <svg>');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, out, ` xmlns="${SVG_NAMESPACE}"`);
  out.push('\n');
  return out.join('');
}
