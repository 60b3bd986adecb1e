/**
 * A non-recursive JSON syntax scanner. It runs before JSON.parse for two reasons:
 * - nesting is counted without recursion, so a file nested 10^6 deep is refused after reading
 *   only `maxDepth + 1` brackets, and never reaches JSON.parse or structuredClone;
 * - its errors carry an exact offset, which V8's JSON.parse messages do not always give.
 * Strings are skipped as a whole, so brackets inside them never count.
 */

/** Why and where the text is not acceptable JSON. */
export interface JsonScanError {
  kind: 'syntax' | 'depth';
  /** UTF-16 offset of the offending character. */
  offset: number;
  message: string;
}

const enum Expect {
  Value,
  ValueOrCloseArray,
  Key,
  KeyOrCloseObject,
  Colon,
  CommaOrClose,
  End,
}

const ARRAY = 0;
const OBJECT = 1;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

/** Returns the offset just after the string starting at `start` (a `"`), or an error. */
function scanString(text: string, start: number): number | JsonScanError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) {
      return { kind: 'syntax', offset: i, message: 'control character inside a string' };
    }
    if (code === 0x5c) {
      const escape = text[i + 1];
      if (escape === undefined || !ESCAPES.has(escape)) {
        return { kind: 'syntax', offset: i, message: 'invalid escape sequence in a string' };
      }
      if (escape === 'u') {
        for (let k = 2; k < 6; k += 1) {
          if (!isHex(text.charCodeAt(i + k))) {
            return { kind: 'syntax', offset: i, message: 'invalid \\u escape in a string' };
          }
        }
        i += 6;
      } else {
        i += 2;
      }
      continue;
    }
    i += 1;
  }
  return { kind: 'syntax', offset: start, message: 'unterminated string' };
}

/** Returns the offset just after the number starting at `start`, or an error. */
function scanNumber(text: string, start: number): number | JsonScanError {
  let i = start;
  const bad = (): JsonScanError => ({ kind: 'syntax', offset: i, message: 'invalid number' });
  if (text.charCodeAt(i) === 0x2d) i += 1;
  if (text.charCodeAt(i) === 0x30) {
    i += 1;
  } else if (isDigit(text.charCodeAt(i))) {
    while (isDigit(text.charCodeAt(i))) i += 1;
  } else {
    return bad();
  }
  if (text.charCodeAt(i) === 0x2e) {
    i += 1;
    if (!isDigit(text.charCodeAt(i))) return bad();
    while (isDigit(text.charCodeAt(i))) i += 1;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i += 1;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i += 1;
    if (!isDigit(text.charCodeAt(i))) return bad();
    while (isDigit(text.charCodeAt(i))) i += 1;
  }
  return i;
}

function describe(char: string): string {
  return JSON.stringify(char);
}

/**
 * Checks that `text` is one JSON value nested at most `maxDepth` deep.
 * Returns null when it is, else the first problem found.
 */
export function scanJson(text: string, maxDepth: number): JsonScanError | null {
  const stack: number[] = [];
  let expect: Expect = Expect.Value;
  let i = 0;
  const afterValue = (): Expect => (stack.length === 0 ? Expect.End : Expect.CommaOrClose);
  const syntax = (message: string): JsonScanError => ({ kind: 'syntax', offset: i, message });

  for (;;) {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i += 1;
    if (i >= text.length) {
      return expect === Expect.End ? null : syntax('unexpected end of the file');
    }
    const char = text[i] as string;
    switch (expect) {
      case Expect.Value:
      case Expect.ValueOrCloseArray: {
        if (char === ']' && expect === Expect.ValueOrCloseArray) {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else if (char === '{' || char === '[') {
          stack.push(char === '{' ? OBJECT : ARRAY);
          if (stack.length > maxDepth) {
            return {
              kind: 'depth',
              offset: i,
              message: `nesting deeper than ${maxDepth} levels`,
            };
          }
          i += 1;
          expect = char === '{' ? Expect.KeyOrCloseObject : Expect.ValueOrCloseArray;
        } else if (char === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = afterValue();
        } else if (char === '-' || isDigit(text.charCodeAt(i))) {
          const end = scanNumber(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = afterValue();
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          expect = afterValue();
        } else if (text.startsWith('false', i)) {
          i += 5;
          expect = afterValue();
        } else {
          return syntax(`unexpected ${describe(char)} where a value was expected`);
        }
        break;
      }
      case Expect.Key:
      case Expect.KeyOrCloseObject: {
        if (char === '}' && expect === Expect.KeyOrCloseObject) {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else if (char === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = Expect.Colon;
        } else {
          return syntax(
            `unexpected ${describe(char)} where a property name in quotes was expected`,
          );
        }
        break;
      }
      case Expect.Colon: {
        if (char !== ':')
          return syntax(`expected ":" after the property name, found ${describe(char)}`);
        i += 1;
        expect = Expect.Value;
        break;
      }
      case Expect.CommaOrClose: {
        const inObject = stack[stack.length - 1] === OBJECT;
        const close = inObject ? '}' : ']';
        if (char === ',') {
          i += 1;
          expect = inObject ? Expect.Key : Expect.Value;
        } else if (char === close) {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else {
          return syntax(`expected "," or "${close}", found ${describe(char)}`);
        }
        break;
      }
      case Expect.End:
        return syntax(`unexpected ${describe(char)} after the end of the JSON value`);
    }
  }
}
