import { HostFailure } from '../../../../shared/ipc/errors';
import type { SvgTreeElement, SvgTreeNode } from '../svg-tree';
import { parseNumber, parseNumberList } from './svg-numbers';
import type { Rgba } from './svg-paint';
import { drawPathData } from './svg-path-data';
import {
  INITIAL_STYLE,
  PRESENTATION_ATTRIBUTES,
  applyPresentation,
  type SvgStyle,
} from './svg-style';
import { collectTextRuns, type TextRun } from './svg-text';
import { parseTransform, type Matrix } from './svg-transform';

/**
 * Draws an SVG our renderer made into a PDFKit page as vector graphics and real text (set in
 * the embedded export font, so it can be selected, searched and copied). It translates the
 * export vocabulary only: `<g>` with translate/scale transforms, `<rect>` (rx), `<path>` with
 * absolute M L H V C Q Z, `<line>`, `<polyline>`, `<polygon>`, `<circle>`, `<ellipse>`,
 * `<text>`/`<tspan>` with x/y/dx/dy, and the presentation attributes of `svg-style.ts`.
 * Anything else is refused with an error naming the element, never silently dropped: a PDF
 * that lacks part of the picture would look finished and be wrong.
 */

/** The font faces a document has registered, by the names PDFKit knows them. */
export const FONT_FACES = {
  regular: 'export-regular',
  bold: 'export-bold',
  italic: 'export-italic',
  boldItalic: 'export-bold-italic',
} as const;

/** The geometry attributes each element may carry, beside the presentation attributes. */
const GEOMETRY: Readonly<Record<string, ReadonlySet<string>>> = {
  svg: new Set(['width', 'height', 'viewBox', 'role']),
  g: new Set(['transform']),
  rect: new Set(['x', 'y', 'width', 'height', 'rx', 'ry']),
  path: new Set(['d']),
  line: new Set(['x1', 'y1', 'x2', 'y2']),
  polyline: new Set(['points']),
  polygon: new Set(['points']),
  circle: new Set(['cx', 'cy', 'r']),
  ellipse: new Set(['cx', 'cy', 'rx', 'ry']),
  text: new Set(['x', 'y', 'dx', 'dy']),
  tspan: new Set(['x', 'y', 'dx', 'dy']),
  title: new Set(),
};

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** An SVG read for drawing: its root and its size in SVG units. */
export interface ParsedSvg {
  root: SvgTreeElement;
  width: number;
  height: number;
  /** The root's viewBox mapped onto width x height (uniform scale, centred, as SVG's default). */
  viewBox: [number, number, number, number] | null;
}

const fail = (file: string, message: string): never => {
  throw new HostFailure({
    code: 'INVALID_ARGUMENT',
    message: `The SVG cannot be drawn as PDF: ${message}.`,
    file,
  });
};

/**
 * Names an element by its tag and its place among the document's elements (1 is the root),
 * counted only when there is a problem to report.
 */
function placeName(root: SvgTreeElement, element: SvgTreeElement): string {
  let number = 0;
  const pending: SvgTreeNode[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.nodeType !== 1) continue;
    number += 1;
    if (node === element) break;
    const children: SvgTreeNode[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling)
      children.push(child);
    pending.push(...children.reverse());
  }
  return `<${element.localName}> (element ${number})`;
}

/** Reads a checked SVG's root (`checkSvgTree`) for drawing; throws naming `file` when it cannot. */
export function svgForPdf(root: SvgTreeElement, file: string): ParsedSvg {
  const number = (name: string) => {
    const value = root.getAttribute(name);
    if (value === null || value === '') return null;
    try {
      return parseNumber(value);
    } catch (error) {
      return fail(file, `<svg> has ${name}: ${(error as Error).message}`);
    }
  };
  const boxText = root.getAttribute('viewBox');
  const box = boxText === null || boxText === '' ? null : parseNumberList(boxText);
  if (box !== null && (box.length !== 4 || box[2]! <= 0 || box[3]! <= 0)) {
    fail(file, `<svg> has viewBox="${boxText}", not four numbers with a positive size`);
  }
  const viewBox = box as ParsedSvg['viewBox'];
  const width = number('width') ?? viewBox?.[2] ?? null;
  const height = number('height') ?? viewBox?.[3] ?? null;
  if (width === null || height === null || width <= 0 || height <= 0) {
    return fail(file, '<svg> has no positive width and height (nor a viewBox)');
  }
  return { root, width, height, viewBox };
}

const faceOf = (style: SvgStyle) =>
  style.bold
    ? style.italic
      ? FONT_FACES.boldItalic
      : FONT_FACES.bold
    : style.italic
      ? FONT_FACES.italic
      : FONT_FACES.regular;

class Translator {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly root: SvgTreeElement,
    private readonly file: string,
  ) {}

  problem = (element: SvgTreeElement, message: string): never =>
    fail(this.file, `${placeName(this.root, element)} ${message}`);

  /** The element's style, after checking every attribute it carries is one it may carry. */
  styleOf = (element: SvgTreeElement, parent: SvgStyle): SvgStyle => {
    const tag = element.localName;
    const geometry = GEOMETRY[tag]!;
    let style = parent;
    for (const attribute of element.attributes.list()) {
      if (attribute.namespaceURI === XMLNS_NAMESPACE) continue;
      if (geometry.has(attribute.name)) continue;
      if (!PRESENTATION_ATTRIBUTES.has(attribute.name)) {
        this.problem(
          element,
          `has the attribute "${attribute.name}", which PDF export does not draw`,
        );
      }
      try {
        style = applyPresentation(style, attribute.name, attribute.value);
      } catch (error) {
        this.problem(element, `has ${(error as Error).message}`);
      }
    }
    return style;
  };

  private number(element: SvgTreeElement, name: string, fallback?: number): number {
    const value = element.getAttribute(name);
    if (value === null || value === '') {
      if (fallback === undefined) this.problem(element, `has no ${name}`);
      return fallback!;
    }
    try {
      return parseNumber(value);
    } catch (error) {
      return this.problem(element, `has ${name}: ${(error as Error).message}`);
    }
  }

  private points(element: SvgTreeElement): number[] {
    try {
      const points = parseNumberList(element.getAttribute('points') ?? '');
      if (points.length % 2 === 1) throw new Error('an odd count of coordinates');
      return points;
    } catch (error) {
      return this.problem(element, `has points: ${(error as Error).message}`);
    }
  }

  private paint(colour: Rgba, ownOpacity: number, style: SvgStyle) {
    return { colour: colour.rgb, opacity: colour.alpha * ownOpacity * style.opacity };
  }

  /** Fills and strokes the path just built, as the style says (SVG paints fill, then stroke). */
  private paintPath(style: SvgStyle, fillable: boolean): void {
    const doc = this.doc;
    const fill =
      fillable && style.fill !== null ? this.paint(style.fill, style.fillOpacity, style) : null;
    const stroke =
      style.stroke !== null && style.strokeWidth > 0
        ? this.paint(style.stroke, style.strokeOpacity, style)
        : null;
    if (fill !== null) doc.fillColor(fill.colour, fill.opacity);
    if (stroke !== null) {
      doc.strokeColor(stroke.colour, stroke.opacity).lineWidth(style.strokeWidth);
      // PDFKit takes a whole dash array too, though its typings only say a number.
      if (style.dash !== null) doc.dash(style.dash as unknown as number, {});
      else doc.undash();
    }
    if (fill !== null && stroke !== null) doc.fillAndStroke();
    else if (fill !== null) doc.fill();
    else if (stroke !== null) doc.stroke();
    else doc.closePath(); // nothing to paint: end the path without drawing it
  }

  private shape(element: SvgTreeElement, tag: string, style: SvgStyle): void {
    const doc = this.doc;
    const n = (name: string, fallback?: number) => this.number(element, name, fallback);
    switch (tag) {
      case 'rect': {
        const [x, y, width, height] = [n('x', 0), n('y', 0), n('width'), n('height')];
        if (width <= 0 || height <= 0) return;
        const radius = Math.min(n('rx', n('ry', 0)), width / 2, height / 2);
        if (radius > 0) doc.roundedRect(x, y, width, height, radius);
        else doc.rect(x, y, width, height);
        break;
      }
      case 'path':
        try {
          drawPathData(element.getAttribute('d') ?? '', doc);
        } catch (error) {
          this.problem(element, `has ${(error as Error).message}`);
        }
        break;
      case 'line':
        doc.moveTo(n('x1', 0), n('y1', 0)).lineTo(n('x2', 0), n('y2', 0));
        this.paintPath(style, false);
        return;
      case 'polyline':
      case 'polygon': {
        const points = this.points(element);
        if (points.length < 4) return;
        doc.moveTo(points[0]!, points[1]!);
        for (let i = 2; i < points.length; i += 2) doc.lineTo(points[i]!, points[i + 1]!);
        if (tag === 'polygon') doc.closePath();
        break;
      }
      case 'circle': {
        const r = n('r');
        if (r <= 0) return;
        doc.circle(n('cx', 0), n('cy', 0), r);
        break;
      }
      default: {
        const [rx, ry] = [n('rx'), n('ry')];
        if (rx <= 0 || ry <= 0) return;
        doc.ellipse(n('cx', 0), n('cy', 0), rx, ry);
      }
    }
    this.paintPath(style, true);
  }

  private runWidth(run: TextRun): number {
    if (run.text === '') return 0;
    return this.doc.font(faceOf(run.style)).fontSize(run.style.fontSize).widthOfString(run.text);
  }

  private text(element: SvgTreeElement, style: SvgStyle): void {
    const runs = collectTextRuns(element, style, this.styleOf, this.problem);
    // A chunk starts at every absolute x (SVG's "text chunk"); text-anchor aligns each chunk.
    const chunks: TextRun[][] = [];
    for (const run of runs) {
      if (chunks.length === 0 || run.x !== undefined) chunks.push([run]);
      else chunks.at(-1)!.push(run);
    }
    let penX = 0;
    let penY = 0;
    for (const chunk of chunks) {
      const width = chunk.reduce(
        (sum, run, i) => sum + this.runWidth(run) + (i > 0 ? run.dx : 0),
        0,
      );
      const anchor = chunk[0]!.style.anchor;
      const shift = anchor === 'middle' ? -width / 2 : anchor === 'end' ? -width : 0;
      for (const [i, run] of chunk.entries()) {
        penX = (run.x ?? penX) + run.dx + (i === 0 ? shift : 0);
        penY = (run.y ?? penY) + run.dy;
        this.drawRun(run, penX, penY);
        penX += this.runWidth(run);
      }
    }
  }

  private drawRun(run: TextRun, x: number, y: number): void {
    const { style } = run;
    const fill = style.fill === null ? null : this.paint(style.fill, style.fillOpacity, style);
    const stroke =
      style.stroke === null ? null : this.paint(style.stroke, style.strokeOpacity, style);
    if (run.text === '' || style.fontSize <= 0 || (fill === null && stroke === null)) return;
    const doc = this.doc;
    doc.font(faceOf(style)).fontSize(style.fontSize);
    if (fill !== null) doc.fillColor(fill.colour, fill.opacity);
    if (stroke !== null)
      doc.strokeColor(stroke.colour, stroke.opacity).lineWidth(style.strokeWidth);
    doc.text(run.text, x, y, {
      lineBreak: false,
      baseline: 'alphabetic',
      fill: fill !== null,
      stroke: stroke !== null,
    });
  }

  /** Walks the tree without recursion (a deeply nested file cannot overflow the stack). */
  draw(root: SvgTreeElement): void {
    type Step = { element: SvgTreeElement; parent: SvgStyle } | { restore: true };
    const pending: Step[] = [{ element: root, parent: INITIAL_STYLE }];
    for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
      if ('restore' in step) {
        this.doc.restore();
        continue;
      }
      const { element, parent } = step;
      const tag = element.localName;
      if (!(tag in GEOMETRY) || tag === 'tspan') {
        this.problem(
          element,
          'is not part of what PDF export draws (only ' + Object.keys(GEOMETRY).join(', ') + ')',
        );
      }
      if (element.namespaceURI !== SVG_NAMESPACE)
        this.problem(element, 'is outside the SVG namespace');
      if (tag === 'svg' && element !== root)
        this.problem(element, 'is nested; only the root may be <svg>');
      if (tag === 'title') continue; // the accessible name: metadata, not drawn
      const style = this.styleOf(element, parent);
      if (tag === 'text') {
        this.text(element, style);
        continue;
      }
      if (tag !== 'svg' && tag !== 'g') {
        this.doc.save();
        this.shape(element, tag, style);
        this.doc.restore();
        this.refuseChildren(element);
        continue;
      }
      const transform = element.getAttribute('transform');
      if (transform !== null) {
        const matrix = this.transformOf(element, transform);
        this.doc.save();
        this.doc.transform(...matrix);
        pending.push({ restore: true });
      }
      const children: SvgTreeElement[] = [];
      for (let child = element.firstChild; child !== null; child = child.nextSibling) {
        if (child.nodeType === 1) children.push(child);
        else if (child.nodeType === 3 && child.nodeValue.trim() !== '') {
          this.problem(element, 'holds text outside a <text>');
        }
      }
      for (let i = children.length - 1; i >= 0; i -= 1)
        pending.push({ element: children[i]!, parent: style });
    }
  }

  private transformOf(element: SvgTreeElement, transform: string): Matrix {
    try {
      return parseTransform(transform);
    } catch (error) {
      return this.problem(element, `has ${(error as Error).message}`);
    }
  }

  private refuseChildren(element: SvgTreeElement): void {
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 1)
        this.problem(child, `is inside ${placeName(this.root, element)}, which holds nothing`);
    }
  }
}

/**
 * Draws `parsed` into `doc`'s current page with its top-left corner at the current origin, in
 * SVG units (the caller scales and places it). The document must have `FONT_FACES` registered.
 * Throws INVALID_ARGUMENT naming `file` and the element for anything outside the vocabulary.
 */
export function drawSvgIntoPdf(doc: PDFKit.PDFDocument, parsed: ParsedSvg, file: string): void {
  doc.save();
  if (parsed.viewBox !== null) {
    const [x, y, w, h] = parsed.viewBox;
    const scale = Math.min(parsed.width / w, parsed.height / h);
    doc.translate((parsed.width - w * scale) / 2, (parsed.height - h * scale) / 2);
    doc.scale(scale);
    doc.translate(-x, -y);
  }
  new Translator(doc, parsed.root, file).draw(parsed.root);
  doc.restore();
}
