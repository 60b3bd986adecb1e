import { parseNumber } from './svg-numbers';
import type { SvgStyle } from './svg-style';
import type { SvgTreeElement } from '../svg-tree';

/** One piece of text in one style, with the positioning its element gave it (first piece only). */
export interface TextRun {
  text: string;
  style: SvgStyle;
  x?: number;
  y?: number;
  dx: number;
  dy: number;
}

/** Deeper <tspan> nesting than this is refused rather than followed (our renderer uses one). */
const MAX_TSPAN_DEPTH = 16;

/** Whitespace as SVG's default `xml:space` treats it: newlines gone, tabs and runs one space. */
const collapse = (text: string) => text.replace(/[\r\n]/g, '').replace(/[\t ]+/g, ' ');

/**
 * The runs of a `<text>` element: its text nodes and `<tspan>`s in order, each with its style
 * and position, whitespace collapsed across the element as SVG does. `problem` throws the
 * caller's error naming the element.
 */
export function collectTextRuns(
  text: SvgTreeElement,
  style: SvgStyle,
  styleOf: (element: SvgTreeElement, parent: SvgStyle) => SvgStyle,
  problem: (element: SvgTreeElement, message: string) => never,
): TextRun[] {
  const runs: TextRun[] = [];
  // An element's x/y/dx/dy apply to the next character drawn, whichever element holds it.
  let pending: Partial<Record<'x' | 'y' | 'dx' | 'dy', number>> = {};
  const visit = (element: SvgTreeElement, elementStyle: SvgStyle, depth: number) => {
    if (depth > MAX_TSPAN_DEPTH) problem(element, `nests <tspan> deeper than ${MAX_TSPAN_DEPTH}`);
    for (const name of ['x', 'y', 'dx', 'dy'] as const) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      let number = 0;
      try {
        number = parseNumber(value);
      } catch (error) {
        problem(element, (error as Error).message);
      }
      pending[name] = name === 'dx' || name === 'dy' ? (pending[name] ?? 0) + number : number;
    }
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        runs.push({
          text: collapse(child.nodeValue),
          style: elementStyle,
          dx: 0,
          dy: 0,
          ...pending,
        });
        pending = {};
      } else if (child.nodeType === 1) {
        const tspan = child;
        if (tspan.localName !== 'tspan') {
          problem(tspan, `is inside <${element.localName}>, which holds only text and <tspan>`);
        }
        visit(tspan, styleOf(tspan, elementStyle), depth + 1);
      }
    }
  };
  visit(text, style, 0);
  // Leading and trailing spaces of the whole element go; a space at a run boundary is kept once.
  let previousEndsInSpace = true;
  for (const run of runs) {
    if (run.x !== undefined) previousEndsInSpace = true;
    if (previousEndsInSpace) run.text = run.text.replace(/^ /, '');
    if (run.text !== '') previousEndsInSpace = run.text.endsWith(' ');
  }
  const last = [...runs].reverse().find((run) => run.text !== '');
  if (last !== undefined) last.text = last.text.replace(/ $/, '');
  return runs;
}
