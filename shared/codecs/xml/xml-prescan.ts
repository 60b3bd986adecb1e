import { XmlError, placeOf } from './xml-error';

/** What an XML file may hold before a tree is built from it. */
export interface XmlLimits {
  /** Longest text, in characters. */
  maxChars: number;
  /** Deepest nesting of elements. */
  maxDepth: number;
  /** Most elements. */
  maxElements: number;
}

/**
 * Walks the markup of `text` without building anything, and throws an XmlError at the place
 * of the first thing refused: a DOCTYPE or ENTITY declaration (no entity expansion and no
 * external DTD can happen, whatever the parser would do with them), nesting deeper than
 * `maxDepth` or more than `maxElements` elements. Comments, CDATA sections, processing
 * instructions and quoted attribute values are skipped as wholes, so a `<` inside them counts
 * for nothing. Well-formedness is the parser's business; this only bounds its work.
 */
export function prescanXml(text: string, file: string, limits: XmlLimits): void {
  const fail = (offset: number, problem: string): never => {
    throw new XmlError(file, problem, placeOf(text, offset));
  };
  if (text.length > limits.maxChars) {
    fail(limits.maxChars, `is larger than ${limits.maxChars.toLocaleString('en')} characters`);
  }
  let depth = 0;
  let elements = 0;
  let at = text.indexOf('<');
  while (at !== -1) {
    const skipTo = (close: string, what: string): number => {
      const end = text.indexOf(close, at);
      return end === -1 ? fail(at, `has an unterminated ${what}`) : end + close.length;
    };
    let next: number;
    if (text.startsWith('<!--', at)) next = skipTo('-->', 'comment');
    else if (text.startsWith('<![CDATA[', at)) next = skipTo(']]>', 'CDATA section');
    else if (text.startsWith('<?', at)) next = skipTo('?>', 'processing instruction');
    else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      return fail(at, 'has a DOCTYPE declaration, which imports refuse (no DTD, no entities)');
    } else if (/^<!entity/i.test(text.slice(at, at + 8))) {
      return fail(at, 'has an ENTITY declaration, which imports refuse');
    } else if (text.startsWith('<!', at)) {
      return fail(at, 'has a markup declaration (<!…), which imports refuse');
    } else {
      next = endOfTag(text, at);
      if (next === -1) return fail(at, 'ends inside a tag');
      if (text[at + 1] === '/') depth -= 1;
      else if (text[next - 2] !== '/') {
        depth += 1;
        elements += 1;
        if (depth > limits.maxDepth) fail(at, `nests elements deeper than ${limits.maxDepth}`);
      } else elements += 1;
      if (elements > limits.maxElements) {
        fail(at, `has more than ${limits.maxElements.toLocaleString('en')} elements`);
      }
    }
    at = text.indexOf('<', next);
  }
}

/** The offset just past the `>` closing the tag that starts at `start`, quotes respected. */
function endOfTag(text: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < text.length; i += 1) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}
