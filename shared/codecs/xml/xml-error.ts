/** Where in a file a problem is: 1-based line and column, when known. */
export interface XmlPlace {
  line: number;
  column: number;
}

/**
 * An XML file refused or not well-formed. The message names the file and, when known, the
 * line and column (`order.bpmn:12:5: …`), as every import error must.
 */
export class XmlError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly place?: XmlPlace,
  ) {
    super(`${file}${place ? `:${place.line}:${place.column}` : ''}: ${problem}`);
    this.name = 'XmlError';
  }
}

/** The line and column of `offset` in `text` (both 1-based). */
export function placeOf(text: string, offset: number): XmlPlace {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
