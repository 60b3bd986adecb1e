import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FORBIDDEN_KEYS,
  JsonScanner,
  scanJson,
  type JsonScanError,
  type JsonScanLimits,
} from '../../../../shared/codecs/json-scan';

const LOOSE: JsonScanLimits = {
  maxDepth: 1_000,
  maxValues: 1_000_000,
  maxObjectKeys: 10_000,
  maxKeyBytes: 1_000,
  maxStringBytes: Infinity,
};
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const scan = (text: string, limits: JsonScanLimits = LOOSE): JsonScanError | null =>
  scanJson(encode(text), limits);

/** Scans `bytes` cut at `cuts`, as a file read or a request body arrives. */
function scanInChunks(bytes: Uint8Array, cuts: number[], limits = LOOSE): JsonScanError | null {
  const scanner = new JsonScanner(limits);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(cut, bytes.length);
    const problem = scanner.push(bytes.subarray(from, Math.max(from, to)));
    if (problem) return problem;
    from = Math.max(from, to);
  }
  return scanner.push(bytes.subarray(from)) ?? scanner.end();
}

/**
 * Whether valid JSON `text` has an object with the same key twice (compared decoded, as
 * `"\u0061"` and `"a"` are the same key): JSON.parse keeps the last one, the scanner refuses it
 * by design. A walk of text JSON.parse has already taken, so it checks no syntax.
 */
function hasDuplicateKey(text: string): boolean {
  let at = 0;
  const blanks = () => {
    while (' \t\n\r'.includes(text[at] ?? 'x')) at += 1;
  };
  const string = (): string => {
    const start = at;
    for (at += 1; text[at] !== '"'; at += 1) if (text[at] === '\\') at += 1;
    at += 1;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (): boolean => {
    blanks();
    const open = text[at];
    if (open === '{' || open === '[') {
      at += 1;
      const keys = new Set<string>();
      blanks();
      if (text[at] === (open === '{' ? '}' : ']')) {
        at += 1;
        return false;
      }
      for (;;) {
        if (open === '{') {
          blanks();
          const key = string();
          if (keys.has(key)) return true;
          keys.add(key);
          blanks();
          at += 1; // the colon
        }
        if (value()) return true;
        blanks();
        if (text[at++] !== ',') return false;
      }
    }
    if (open === '"') string();
    else while (at < text.length && !',]} \t\n\r'.includes(text[at]!)) at += 1;
    return false;
  };
  return value();
}

/** Whether JSON.parse takes `text` and it holds no key the scanner refuses by design. */
function nativeAccepts(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (hasDuplicateKey(text)) return false;
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (!Array.isArray(item) && FORBIDDEN_KEYS.has(key)) return false;
        stack.push(child);
      }
    }
  }
  return true;
}

const agrees = (text: string): void => {
  expect(scan(text) === null).toBe(nativeAccepts(text));
};

describe('scanJson agrees with JSON.parse', () => {
  it('on serialised JSON values and their mutations', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom(
          '',
          ',',
          ']',
          '}',
          '"',
          '\\',
          ':',
          '-',
          '0',
          'e',
          '.',
          ' ',
          '\u0001',
          'tru',
        ),
        (value, at, insert) => {
          const text = JSON.stringify(value, null, at % 3);
          agrees(text);
          const position = text.length === 0 ? 0 : at % text.length;
          agrees(text.slice(0, position) + insert + text.slice(position));
          agrees(text.slice(0, position));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('on arbitrary text, including non-ASCII and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => agrees(text)),
      { numRuns: 2_000 },
    );
  });

  it('on numbers, literals and strings at the edges', () => {
    for (const text of [
      '-0',
      '01',
      '1.',
      '.5',
      '1e',
      '1e+',
      '1E-7',
      '-',
      '"\\u12"',
      '"\\x"',
      'nul',
      'true false',
      '[1,]',
      '{"a":1,}',
      ' ',
      '"\t"',
      '"é😀"',
    ]) {
      agrees(text);
    }
  });
});

describe('JsonScanner in chunks', () => {
  it('finds the same as one scan of the whole, however the bytes are cut', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value, null, 1)),
          fc.string({ unit: 'binary' }),
        ),
        fc.array(fc.nat(300), { maxLength: 6 }),
        (text, cuts) => {
          const bytes = encode(text);
          expect(scanInChunks(bytes, cuts)).toEqual(scanJson(bytes, LOOSE));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('takes a file one byte at a time', () => {
    const text = '\uFEFF{"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null], "é": {}}';
    const bytes = encode(text);
    const every = Array.from({ length: bytes.length }, (_, i) => i);
    expect(scanInChunks(bytes, every)).toBeNull();
    expect(scanInChunks(bytes.subarray(0, bytes.length - 1), every)).toMatchObject({
      kind: 'syntax',
      message: 'unexpected end of the file',
    });
  });

  it('keeps returning its first problem', () => {
    const scanner = new JsonScanner(LOOSE);
    const first = scanner.push(encode('[1,,'));
    expect(first).toMatchObject({ kind: 'syntax', offset: 3 });
    expect(scanner.push(encode('2]'))).toBe(first);
    expect(scanner.end()).toBe(first);
  });
});

describe('what the scanner refuses, and where', () => {
  it('gives the line and the column in UTF-16 units', () => {
    expect(scan('{\n  "a": 1,\n  "b": }\n')).toMatchObject({ line: 3, column: 8 });
    // é is 2 bytes and 1 unit; 😀 is 4 bytes and 2 units.
    expect(scan('{"é😀": x}')).toMatchObject({ line: 1, column: 9, offset: 11 });
    expect(scan('\uFEFF[x]')).toMatchObject({ line: 1, column: 2 });
  });

  it('says that UTF-16 text is UTF-16, with or without its byte order mark', () => {
    const utf16 = (text: string, bom: number[], littleEndian: boolean): Uint8Array => {
      const units = [...text].flatMap((c) => {
        const code = c.charCodeAt(0);
        return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
      });
      return Uint8Array.from([...bom, ...units]);
    };
    const advice = 'save it as UTF-8, the encoding eTOM Studio reads';
    for (const [bytes, why] of [
      [utf16('{"a":1}', [0xff, 0xfe], true), 'it starts with a UTF-16 byte order mark'],
      [utf16('{"a":1}', [0xfe, 0xff], false), 'it starts with a UTF-16 byte order mark'],
      [utf16('{"a":1}', [], true), 'a zero byte comes with its first character'],
      [utf16('{"a":1}', [], false), 'a zero byte comes with its first character'],
    ] as const) {
      expect(scanJson(bytes, LOOSE)).toMatchObject({
        kind: 'syntax',
        line: 1,
        column: 1,
        message: `the file is UTF-16 text (${why}); ${advice}`,
      });
    }
    // Another stray byte is named plainly.
    expect(scan('{"a": \u0001}')?.message).toBe('unexpected byte 0x01 where a value was expected');
    expect(scanJson(Uint8Array.from([0x5b, 0x80, 0x5d]), LOOSE)?.message).toBe(
      'unexpected byte 0x80 where a value was expected',
    );
  });

  it('refuses a key repeated in one object, with the path, even when escaped', () => {
    expect(scan('{"a":{"b":[1,{"c":1,"d":2,"c":3}]}}')).toMatchObject({
      kind: 'duplicate-key',
      path: ['a', 'b', 1, 'c'],
      line: 1,
      column: 27,
      message: 'the key "c" appears more than once in the same object',
    });
    expect(scan('{"\\u0061":1,"a":2}')).toMatchObject({ kind: 'duplicate-key', path: ['a'] });
    // The same key in sibling objects is fine, and so is one of a wide object (kept in a Set).
    expect(scan('[{"a":1},{"a":2}]')).toBeNull();
    const wide = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect(scan(JSON.stringify(wide))).toBeNull();
    expect(scan(`${JSON.stringify(wide).slice(0, -1)},"k17":0}`)).toMatchObject({
      kind: 'duplicate-key',
      path: ['k17'],
    });
  });

  it.each([...FORBIDDEN_KEYS])('refuses a "%s" key with its path', (key) => {
    expect(scan(`{"nodes":[{"ok":1},{"${key}":{}}]}`)).toMatchObject({
      kind: 'forbidden-key',
      path: ['nodes', 1, key],
    });
  });

  it('refuses past the count of values, having read little of the input', () => {
    const limits = { ...LOOSE, maxValues: 1_000 };
    const zeros = `[${'0,'.repeat(5_000)}0]`;
    const problem = scan(zeros, limits);
    expect(problem).toMatchObject({ kind: 'too-large', path: [999] });
    expect(problem?.offset).toBe(1 + 2 * 999);
    expect(scan(`[${'0,'.repeat(998)}0]`, limits)).toBeNull();
  });

  it('refuses an object with too many properties', () => {
    const limits = { ...LOOSE, maxObjectKeys: 3 };
    expect(scan('{"a":1,"b":2,"c":3}', limits)).toBeNull();
    expect(scan('{"a":1,"b":2,"c":3,"d":4}', limits)).toMatchObject({
      kind: 'too-large',
      path: ['d'],
    });
  });

  it('refuses a key or a string longer than the limits', () => {
    const limits = { ...LOOSE, maxKeyBytes: 4, maxStringBytes: 6 };
    expect(scan('{"abcd":"abcdef"}', limits)).toBeNull();
    expect(scan('{"abcde":1}', limits)).toMatchObject({ kind: 'too-large', path: [] });
    expect(scan('{"a":["abcdefg"]}', limits)).toMatchObject({
      kind: 'too-large',
      path: ['a', 0],
      offset: 13,
    });
    // Escapes count as written.
    expect(scan('"\\u0041\\u0041"', limits)).toMatchObject({ kind: 'too-large' });
  });

  it("refuses a root array past its own limit, naming the array, and no one else's", () => {
    const limits = { ...LOOSE, rootArrayItems: { nodes: 2 } };
    expect(scan('{"nodes":[{},{}],"edges":[1,2,3]}', limits)).toBeNull();
    expect(scan('{"nodes":[{},{},{}]}', limits)).toMatchObject({
      kind: 'too-many-items',
      path: ['nodes'],
    });
    expect(scan('{"x":{"nodes":[1,2,3]}}', limits)).toBeNull();
  });

  it('refuses nesting past the limit as soon as it is reached', () => {
    const limits = { ...LOOSE, maxDepth: 64 };
    expect(scan('['.repeat(64) + ']'.repeat(64), limits)).toBeNull();
    expect(scan('['.repeat(1_000_000), limits)).toMatchObject({ kind: 'depth', offset: 64 });
  });

  it('does not count brackets or quotes inside strings', () => {
    expect(scan(JSON.stringify({ label: '['.repeat(100) + '{"a":1,"a":2}' }))).toBeNull();
  });

  it('refuses a property name that is not UTF-8', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]);
    expect(scanJson(bytes, LOOSE)).toMatchObject({ kind: 'syntax' });
  });
});
