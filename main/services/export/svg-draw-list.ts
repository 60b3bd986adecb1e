import { EXPORT_FONT_FAMILY } from '../../../shared/render/export-font';
import { HostFailure } from '../../../shared/ipc/errors';
import { drawPathData } from './pdf/svg-path-data';
import { multiply, parseTransform, type Matrix } from './pdf/svg-transform';
import type { SvgTreeElement } from './svg-tree';

/**
 * A checked export SVG (`svg-check.ts`) as a flat list of draw operations in document order,
 * each with its transform already composed and the vertical extent it may paint on, so a
 * rasteriser can draw the picture band by band and touch only what falls in each band. It
 * reads exactly the vocabulary of `svg-vocabulary.ts` (the check refused everything else).
 */

/** How a shape is painted: null where it is not (`none`). */
export interface ShapePaint {
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  dash: readonly number[];
}

/** One thing to draw, in the picture's units (before the PNG's scale). */
export type DrawOp = (
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number }
  | { kind: 'path'; d: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      /** A CSS font shorthand: weight, size in units, family list. */
      font: string;
      align: 'left' | 'center' | 'right';
      fill: string;
    }
) & {
  matrix: Matrix;
  /** The top and bottom edge of what it may paint (generous: text and strokes included). */
  top: number;
  bottom: number;
  paint: ShapePaint;
};

/** The picture: its size in units and what to draw. */
export interface DrawList {
  width: number;
  height: number;
  ops: DrawOp[];
}

const numbersOf = (text: string): number[] =>
  text
    .trim()
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .map(Number);

/** The vertical extent of a local box once `matrix` places it. */
function verticalExtent(
  matrix: Matrix,
  box: { left: number; top: number; right: number; bottom: number },
): { top: number; bottom: number } {
  const ys = [
    [box.left, box.top],
    [box.right, box.top],
    [box.left, box.bottom],
    [box.right, box.bottom],
  ].map(([x = 0, y = 0]) => matrix[1] * x + matrix[3] * y + matrix[5]);
  return { top: Math.min(...ys), bottom: Math.max(...ys) };
}

/**
 * The box of a path's points, control points included (a curve stays within them), read by
 * the PDF writer's path reader; null for a path with no point. Throws for path data the
 * vocabulary's grammar lets through but no command reads (a missing number, say).
 */
function pathBox(d: string) {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const take = (...xy: number[]) => {
    for (let i = 0; i + 1 < xy.length; i += 2) {
      box.left = Math.min(box.left, xy[i]!);
      box.right = Math.max(box.right, xy[i]!);
      box.top = Math.min(box.top, xy[i + 1]!);
      box.bottom = Math.max(box.bottom, xy[i + 1]!);
    }
  };
  drawPathData(d, {
    moveTo: take,
    lineTo: take,
    bezierCurveTo: take,
    quadraticCurveTo: take,
    closePath: () => undefined,
  });
  return box.left <= box.right ? box : null;
}

const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy']);

const familyLists = new Map<string, string>();

/** A font-family attribute as a CSS family list: names quoted, generic families not. */
function cssFamilies(value: string): string {
  const known = familyLists.get(value);
  if (known !== undefined) return known;
  const list = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => (GENERIC_FAMILIES.has(name) ? name : `"${name}"`))
    .join(', ');
  familyLists.set(value, list);
  return list;
}

/** SVG's default white space handling (no xml:space): newlines go, runs of spaces become one. */
function svgText(raw: string): string {
  return raw
    .replace(/[\r\n]/g, '')
    .replace(/\t/g, ' ')
    .trim()
    .replace(/ {2,}/g, ' ');
}

const ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

/** An element's attributes by name. */
type Attributes = Readonly<Record<string, string | undefined>>;

const attributesOf = (node: SvgTreeElement): Attributes => node.attributes.values;

const number = (attributes: Attributes, name: string, fallback: number): number => {
  const value = attributes[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
};

const paintAttribute = (attributes: Attributes, name: string, fallback: string | null) => {
  const value = attributes[name];
  if (value === undefined || value === '') return fallback;
  return value === 'none' ? null : value;
};

function shapePaint(node: Attributes): ShapePaint {
  const dash = numbersOf(node['stroke-dasharray'] ?? '');
  return {
    // SVG's defaults: shapes fill black and have no stroke.
    fill: paintAttribute(node, 'fill', '#000000'),
    stroke: paintAttribute(node, 'stroke', null),
    strokeWidth: number(node, 'stroke-width', 1),
    // A dash list of zeros (or a negative one) draws a solid line.
    dash: dash.some((v) => v < 0) || dash.every((v) => v === 0) ? [] : dash,
  };
}

/** How far a stroke may reach past its path: a miter (limit 4) at most twice its width. */
const strokeReach = (paint: ShapePaint) => (paint.stroke === null ? 0 : paint.strokeWidth * 2);

/** The element's own text (a checked `<text>` holds text nodes only). */
function textContent(node: SvgTreeElement): string {
  let text = '';
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue;
  }
  return text;
}

function shapeOp(node: Attributes, tag: string, matrix: Matrix): DrawOp | null {
  const paint = shapePaint(node);
  if (paint.fill === null && (paint.stroke === null || paint.strokeWidth <= 0)) return null;
  const reach = strokeReach(paint);
  const extentOf = (box: { left: number; top: number; right: number; bottom: number }) =>
    verticalExtent(matrix, {
      left: box.left - reach,
      top: box.top - reach,
      right: box.right + reach,
      bottom: box.bottom + reach,
    });
  if (tag === 'rect') {
    const x = number(node, 'x', 0);
    const y = number(node, 'y', 0);
    const width = number(node, 'width', 0);
    const height = number(node, 'height', 0);
    // SVG draws no rect without a positive width and height.
    if (!(width > 0 && height > 0)) return null;
    const radius = Math.max(0, Math.min(number(node, 'rx', 0), width / 2, height / 2));
    const extent = extentOf({ left: x, top: y, right: x + width, bottom: y + height });
    return { kind: 'rect', x, y, width, height, radius, matrix, paint, ...extent };
  }
  const d = tag === 'path' ? (node.d ?? '') : polygonPath(numbersOf(node.points ?? ''));
  const box = pathBox(d);
  if (box === null) return null;
  return { kind: 'path', d, matrix, paint, ...extentOf(box) };
}

/** A polygon's points as path data (an odd last number is dropped, as SVG does). */
function polygonPath(values: number[]): string {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) pairs.push(`${values[i]} ${values[i + 1]}`);
  return pairs.length === 0 ? '' : `M ${pairs.join(' L ')} Z`;
}

function textOp(element: SvgTreeElement, matrix: Matrix, family: string): DrawOp | null {
  const node = attributesOf(element);
  const fill = paintAttribute(node, 'fill', '#000000');
  const text = svgText(textContent(element));
  if (fill === null || text === '') return null;
  const size = number(node, 'font-size', 16);
  if (!(size > 0)) return null;
  const x = number(node, 'x', 0);
  const y = number(node, 'y', 0);
  const weight = node['font-weight'] || 'normal';
  const anchor = node['text-anchor'];
  // Without measuring: no glyph is wider than its size, and none reaches past 1.5 sizes above
  // the baseline or 0.6 below it (fallback fonts included), whichever way the text is turned.
  const reach = text.length * size;
  const extent = verticalExtent(matrix, {
    left: x - reach,
    right: x + reach,
    top: y - size * 1.5,
    bottom: y + size * 0.6,
  });
  return {
    kind: 'text',
    x,
    y,
    text,
    font: `${weight} ${size}px ${cssFamilies(node['font-family'] || family)}`,
    align: anchor === 'middle' || anchor === 'end' ? ALIGN[anchor] : 'left',
    fill,
    matrix,
    paint: { fill, stroke: null, strokeWidth: 0, dash: [] },
    ...extent,
  };
}

/**
 * The root's size and the transform its viewBox adds (SVG's default: scaled uniformly to fit
 * and centred); 100 x 100 when it has no size, as SVG viewers assume.
 */
function rootFrame(root: Attributes): { width: number; height: number; matrix: Matrix } {
  const box = numbersOf(root.viewBox ?? '');
  const [bx = 0, by = 0, bw = 0, bh = 0] = box;
  const hasBox = box.length === 4 && bw > 0 && bh > 0;
  const width = number(root, 'width', hasBox ? bw : 100);
  const height = number(root, 'height', hasBox ? bh : 100);
  if (!hasBox) return { width, height, matrix: [1, 0, 0, 1, 0, 0] };
  const s = Math.min(width / bw, height / bh);
  return {
    width,
    height,
    matrix: [s, 0, 0, s, (width - bw * s) / 2 - bx * s, (height - bh * s) / 2 - by * s],
  };
}

/**
 * The draw list of a checked SVG's `<svg>` root. Walks the tree without recursion (a deeply
 * nested file cannot overflow the stack); `<title>` and `<metadata>` draw nothing. Path data or
 * a transform that the grammar lets through but cannot be read (a missing number) is refused
 * as INVALID_ARGUMENT naming `file`, as the PDF writer refuses it.
 */
export function drawListOf(root: SvgTreeElement, file: string): DrawList {
  const rootAttributes = attributesOf(root);
  const frame = rootFrame(rootAttributes);
  const rootFamily = rootAttributes['font-family'] || EXPORT_FONT_FAMILY;
  const ops: DrawOp[] = [];
  const pending: Array<{ node: SvgTreeElement; matrix: Matrix }> = [];
  const pushChildren = (node: SvgTreeElement, matrix: Matrix) => {
    const children: SvgTreeElement[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 1) children.push(child);
    }
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push({ node: children[i]!, matrix });
  };
  pushChildren(root, frame.matrix);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, matrix } = next;
    const tag = node.localName;
    try {
      if (tag === 'g') {
        const transform = node.getAttribute('transform');
        pushChildren(node, transform ? multiply(matrix, parseTransform(transform)) : matrix);
        continue;
      }
      let op: DrawOp | null = null;
      if (tag === 'rect' || tag === 'path' || tag === 'polygon') {
        op = shapeOp(attributesOf(node), tag, matrix);
      } else if (tag === 'text') op = textOp(node, matrix, rootFamily);
      if (op !== null) ops.push(op);
    } catch (error) {
      throw new HostFailure({
        code: 'INVALID_ARGUMENT',
        message: `The SVG cannot be drawn as PNG: its <${tag}> has ${(error as Error).message}.`,
        file,
      });
    }
  }
  return { width: frame.width, height: frame.height, ops };
}
