import { parseNumber, parseNumberList } from './svg-numbers';
import { parsePaint, type Rgba } from './svg-paint';

/** The inherited drawing state of an element, as SVG cascades presentation attributes. */
export interface SvgStyle {
  fill: Rgba | null;
  stroke: Rgba | null;
  strokeWidth: number;
  dash: number[] | null;
  /**
   * Group opacity, multiplied down the tree: exact where a group's children do not overlap
   * (what our renderer draws); overlapping children of a translucent group show through each
   * other slightly more than in a browser.
   */
  opacity: number;
  fillOpacity: number;
  strokeOpacity: number;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  anchor: 'start' | 'middle' | 'end';
}

/** SVG's initial values: black fill, no stroke, 16 px text. */
export const INITIAL_STYLE: SvgStyle = {
  fill: { rgb: [0, 0, 0], alpha: 1 },
  stroke: null,
  strokeWidth: 1,
  dash: null,
  opacity: 1,
  fillOpacity: 1,
  strokeOpacity: 1,
  fontSize: 16,
  bold: false,
  italic: false,
  anchor: 'start',
};

/** The presentation attributes every element of the vocabulary may carry. */
export const PRESENTATION_ATTRIBUTES = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
]);

const unit = (value: string) => Math.min(1, Math.max(0, parseNumber(value)));

function weightIsBold(value: string): boolean {
  if (value === 'bold' || value === 'bolder') return true;
  if (value === 'normal' || value === 'lighter') return false;
  const weight = parseNumber(value);
  if (weight < 1 || weight > 1000) throw new Error(`font-weight "${value}" is not 1-1000`);
  // The font ships regular and bold: 600 and above draw bold, as a browser picks the nearer face.
  return weight >= 600;
}

function dashOf(value: string): number[] | null {
  if (value.trim() === 'none') return null;
  const lengths = parseNumberList(value);
  if (lengths.some((n) => n < 0))
    throw new Error(`stroke-dasharray "${value}" has a negative length`);
  if (lengths.every((n) => n === 0) || lengths.length === 0) return null;
  // SVG repeats an odd list to make it even; PDF's dash array does the same, but says so here.
  return lengths.length % 2 === 1 ? [...lengths, ...lengths] : lengths;
}

/**
 * The style of an element from its parent's and its own presentation attributes. Throws for a
 * value that cannot be read; the caller names the element.
 */
export function applyPresentation(parent: SvgStyle, attribute: string, value: string): SvgStyle {
  switch (attribute) {
    case 'fill':
      return { ...parent, fill: parsePaint(value) };
    case 'stroke':
      return { ...parent, stroke: parsePaint(value) };
    case 'stroke-width':
      return { ...parent, strokeWidth: Math.max(0, parseNumber(value)) };
    case 'stroke-dasharray':
      return { ...parent, dash: dashOf(value) };
    case 'opacity':
      return { ...parent, opacity: parent.opacity * unit(value) };
    case 'fill-opacity':
      return { ...parent, fillOpacity: unit(value) };
    case 'stroke-opacity':
      return { ...parent, strokeOpacity: unit(value) };
    case 'font-size':
      return { ...parent, fontSize: Math.max(0, parseNumber(value)) };
    case 'font-weight':
      return { ...parent, bold: weightIsBold(value.trim()) };
    case 'font-style': {
      const style = value.trim();
      if (!['normal', 'italic', 'oblique'].includes(style)) {
        throw new Error(`font-style "${value}" is not normal, italic or oblique`);
      }
      return { ...parent, italic: style !== 'normal' };
    }
    case 'text-anchor': {
      const anchor = value.trim();
      if (anchor !== 'start' && anchor !== 'middle' && anchor !== 'end') {
        throw new Error(`text-anchor "${value}" is not start, middle or end`);
      }
      return { ...parent, anchor };
    }
    default:
      // font-family: every family is drawn in the one export font the PDF embeds.
      return parent;
  }
}
