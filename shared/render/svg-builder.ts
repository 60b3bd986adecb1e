import { escapeXmlAttribute, escapeXmlText } from './xml-text';

/**
 * A tiny typed SVG element builder for exports. It can only make the static drawing elements
 * listed in `SvgTag`, so no `<script>`, `<foreignObject>`, `<a>` or animation can be built;
 * event attributes (`on*`) and script or HTML URLs are refused with an error (they would be a
 * bug in our code, not in user data); every text and attribute value is escaped.
 */

/** The elements an export may contain: shapes, groups, text and its accessible title. */
export type SvgTag =
  'svg' | 'g' | 'rect' | 'line' | 'path' | 'circle' | 'text' | 'tspan' | 'title' | 'desc';

export type SvgAttributeValue = string | number | undefined;
export type SvgAttributes = Readonly<Record<string, SvgAttributeValue>>;

/** An element: its tag, attributes and children (elements or plain text). */
export interface SvgElement {
  readonly tag: SvgTag;
  readonly attributes: SvgAttributes;
  readonly children: readonly SvgNode[];
}

/** Plain strings are text nodes: they are always escaped, never read as markup. */
export type SvgNode = SvgElement | string;

const ATTRIBUTE_NAME = /^[a-zA-Z_][a-zA-Z0-9_.:-]*$/;
/** `javascript:`, `vbscript:` and HTML/SVG data URLs, also with spaces or controls inside. */
const ACTIVE_URL = /(javascript|vbscript):|data:(text\/html|image\/svg\+xml|application\/xhtml)/i;
/** Attributes that can load or link a URL; other attributes (labels) are plain text. */
const URL_ATTRIBUTE =
  /(^|:)(href|src|style|fill|stroke|filter|clip-path|mask|marker-start|marker-mid|marker-end|cursor)$/i;

function checkAttribute(name: string, value: string): void {
  if (!ATTRIBUTE_NAME.test(name)) throw new Error(`SVG builder: bad attribute name "${name}"`);
  if (/^on/i.test(name)) throw new Error(`SVG builder: event attribute "${name}" refused`);
  // eslint-disable-next-line no-control-regex -- controls and spaces are what hides a scheme
  const squeezed = value.replace(/[\u0000-\u0020]/g, '');
  if (URL_ATTRIBUTE.test(name) && ACTIVE_URL.test(squeezed))
    throw new Error(`SVG builder: active URL in "${name}" refused`);
}

/** Makes an element; `false`, `null` and `undefined` children are skipped. */
export function el(
  tag: SvgTag,
  attributes: SvgAttributes = {},
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

function write(node: SvgNode, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeXmlText(node));
    return;
  }
  out.push('<', node.tag);
  for (const [name, raw] of Object.entries(node.attributes)) {
    if (raw === undefined) continue;
    const value = formatValue(raw);
    checkAttribute(name, value);
    out.push(' ', name, '="', escapeXmlAttribute(value), '"');
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) write(child, out);
  out.push('</', node.tag, '>');
}

/** Serialises an element and its children to markup (no XML declaration). */
export function renderSvgElement(node: SvgElement): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

/**
 * A standalone SVG document: the XML declaration and `root`, which must be an `<svg>`; the SVG
 * namespace is added when missing.
 */
export function renderSvgDocument(root: SvgElement): string {
  if (root.tag !== 'svg') throw new Error('SVG builder: the document root must be <svg>');
  const withNamespace: SvgElement = {
    ...root,
    attributes: { xmlns: 'http://www.w3.org/2000/svg', ...root.attributes },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvgElement(withNamespace)}\n`;
}
