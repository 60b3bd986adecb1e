/**
 * The whole vocabulary of an exported SVG: the elements our builder can make, the attributes
 * each may carry and the grammar of each attribute's value. The builder (`svg-builder.ts`) is
 * typed by it and checks every value against it; main's check of an SVG before it is written
 * (`main/services/export/svg-check.ts`) accepts exactly this and refuses everything else. One
 * declaration for both, so what we draw and what we accept cannot drift apart.
 *
 * Nothing here can run script or load anything: no `<a>`, `<use>`, `<image>`, `<style>`,
 * animation or `foreignObject`, no `href`, no `style` attribute, no `url()`. A drawing that needs
 * more (markers for diagram edges, say) adds it here, with a value grammar, and both sides follow.
 */

/** The SVG namespace: the root declares it as the default namespace, and every element is in it. */
export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const CHANNEL = String.raw`\s*${NUMBER}%?\s*`;

/** What each kind of value may look like, as written in the file (after the XML is parsed). */
const VALUE_GRAMMAR = {
  number: new RegExp(`^${NUMBER}$`),
  viewBox: new RegExp(`^\\s*${NUMBER}(?:[\\s,]+${NUMBER}){3}\\s*$`),
  paint: new RegExp(
    `^(?:none|#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|rgba?\\(${CHANNEL},${CHANNEL},${CHANNEL}(?:,${CHANNEL})?\\))$`,
  ),
  // Family names made of identifiers need no quotes (see map-colours.ts); no quotes, brackets or
  // colons means no url(), no @import and no escape can hide in a font list.
  fontFamily: /^[A-Za-z0-9][A-Za-z0-9 ,-]*$/,
  fontWeight: /^(?:normal|bold|[1-9]00)$/,
  textAnchor: /^(?:start|middle|end)$/,
  role: /^img$/,
  // The one metadata an export carries: a diagram's bundle, so the picture reopens as a diagram.
  metadataId: /^etom-studio\.bundle$/,
  // Absolute commands only (M L H V C Q Z), the subset a PDF writer translates one to one.
  // Every number follows a separator, so no run of digits can be split two ways (no ReDoS).
  pathData: new RegExp(`^\\s*M(?:\\s*[MLHVCQZ]|[\\s,]+${NUMBER})*\\s*$`),
  points: new RegExp(`^\\s*${NUMBER}(?:[\\s,]+${NUMBER})+\\s*$`),
  dashArray: new RegExp(`^\\s*${NUMBER}(?:[\\s,]+${NUMBER})*\\s*$`),
  // A lane's title runs up its header: a quarter turn is the only rotation an export makes.
  transform: new RegExp(
    `^\\s*(?:(?:translate\\(${NUMBER}(?:[\\s,]+${NUMBER})?\\)|scale\\(${NUMBER}(?:[\\s,]+${NUMBER})?\\)|rotate\\(-90\\))\\s*)+$`,
  ),
} as const;

/** The kinds of attribute value an export uses. */
export type SvgValueKind = keyof typeof VALUE_GRAMMAR;

/** What each kind is, in words, for the messages that refuse a value. */
const KIND_WORDS: Readonly<Record<SvgValueKind, string>> = {
  number: 'a number',
  viewBox: 'four numbers',
  paint: 'a colour (#hex, rgb(), rgba() or none)',
  fontFamily: 'a list of plain font names',
  fontWeight: 'normal, bold or 100-900',
  textAnchor: 'start, middle or end',
  role: 'img',
  metadataId: 'etom-studio.bundle',
  pathData: 'path data of absolute M, L, H, V, C, Q and Z commands',
  points: 'a list of numbers',
  dashArray: 'a list of dash lengths',
  transform: 'translate(), scale() or rotate(-90)',
};

/** The type the builder takes for each kind (numbers are formatted by the builder). */
interface SvgValueTypes {
  number: number;
  viewBox: string;
  paint: string;
  fontFamily: string;
  fontWeight: number | 'normal' | 'bold';
  textAnchor: 'start' | 'middle' | 'end';
  role: 'img';
  metadataId: 'etom-studio.bundle';
  pathData: string;
  points: string;
  dashArray: string;
  transform: string;
}

interface ElementRule {
  /** True when the element holds text (a label, a tooltip); others hold only elements. */
  readonly text: boolean;
  readonly attributes: Readonly<Record<string, SvgValueKind>>;
}

const TEXT_STYLE = {
  'font-size': 'number',
  'font-family': 'fontFamily',
  'font-weight': 'fontWeight',
  fill: 'paint',
  'text-anchor': 'textAnchor',
} as const;

/** Every element an export may contain, with the attributes it may carry. */
export const SVG_ELEMENTS = {
  svg: {
    text: false,
    attributes: {
      width: 'number',
      height: 'number',
      viewBox: 'viewBox',
      role: 'role',
      'font-family': 'fontFamily',
    },
  },
  g: { text: false, attributes: { transform: 'transform' } },
  rect: {
    text: false,
    attributes: {
      x: 'number',
      y: 'number',
      width: 'number',
      height: 'number',
      rx: 'number',
      fill: 'paint',
      stroke: 'paint',
      'stroke-width': 'number',
      'stroke-dasharray': 'dashArray',
    },
  },
  /** Diagram edges and node outlines with mixed corners. */
  path: {
    text: false,
    attributes: {
      d: 'pathData',
      fill: 'paint',
      stroke: 'paint',
      'stroke-width': 'number',
      'stroke-dasharray': 'dashArray',
    },
  },
  /** Arrow heads, drawn as shapes (no <marker>) and a note's folded corner. */
  polygon: {
    text: false,
    attributes: { points: 'points', fill: 'paint', stroke: 'paint', 'stroke-width': 'number' },
  },
  text: { text: true, attributes: { x: 'number', y: 'number', ...TEXT_STYLE } },
  /** The accessible name of the picture or of a box (a tooltip where the file is viewed). */
  title: { text: true, attributes: {} },
  /**
   * The diagram's bundle (JSON, escaped), when the user asks for a picture that reopens as a
   * diagram; only directly under the root, once (main's check enforces where).
   */
  metadata: { text: true, attributes: { id: 'metadataId' } },
} as const satisfies Readonly<Record<string, ElementRule>>;

/** The elements an export may contain. */
export type SvgTag = keyof typeof SVG_ELEMENTS;

type AttributeKinds<T extends SvgTag> = (typeof SVG_ELEMENTS)[T]['attributes'];

/** The attributes the builder accepts for `T`, each typed by its kind; `undefined` is skipped. */
export type SvgAttributesOf<T extends SvgTag> = {
  readonly [A in keyof AttributeKinds<T>]?: AttributeKinds<T>[A] extends SvgValueKind
    ? SvgValueTypes[AttributeKinds<T>[A]] | undefined
    : never;
};

/** True for the name of an element an export may contain (exact case, as XML compares). */
export function isSvgTag(name: string): name is SvgTag {
  return Object.prototype.hasOwnProperty.call(SVG_ELEMENTS, name);
}

/** True when `tag` holds text (its label or title); the others hold elements only. */
export function svgTagHoldsText(tag: SvgTag): boolean {
  return SVG_ELEMENTS[tag].text;
}

/**
 * Why `attribute="value"` may not appear on `<tag>` of an export, in words; null when it may.
 * The attribute must be one `tag` declares and the value must match its kind's grammar.
 */
export function svgAttributeProblem(tag: SvgTag, attribute: string, value: string): string | null {
  const kinds: Readonly<Record<string, SvgValueKind>> = SVG_ELEMENTS[tag].attributes;
  if (!Object.prototype.hasOwnProperty.call(kinds, attribute)) {
    const allowed = Object.keys(kinds);
    return `the attribute "${attribute}" is not allowed on <${tag}> (${
      allowed.length === 0 ? 'it takes none' : `only ${allowed.join(', ')}`
    })`;
  }
  const kind = kinds[attribute]!;
  if (VALUE_GRAMMAR[kind].test(value)) return null;
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return `${attribute}="${shown}" on <${tag}> is not ${KIND_WORDS[kind]}`;
}
