import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, parseJsonSafe } from '../../../../shared/codecs/safe-json';
import { scanJson } from '../../../../shared/codecs/json-scan';
import { failureOfSync as failure } from '../../helpers/host-failure';

describe('parseJsonSafe', () => {
  it('parses ordinary JSON and strips a UTF-8 BOM', () => {
    expect(parseJsonSafe('\uFEFF{"a":[1,2,{"b":null}]}', 'x.json')).toEqual({
      a: [1, 2, { b: null }],
    });
  });

  it('gives line and column of a syntax error and names the file', () => {
    const error = failure(() => parseJsonSafe('{\n  "a": 1,\n  "b": }\n', 'processes.json'));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.file).toBe('processes.json');
    expect(error.message).toContain('line 3, column 8');
  });

  it('refuses nesting 10^5 and 10^6 deep as TOO_DEEP, before JSON.parse', () => {
    for (const depth of [100_000, 1_000_000]) {
      const error = failure(() =>
        parseJsonSafe('['.repeat(depth) + ']'.repeat(depth), 'deep.json'),
      );
      expect(error.code).toBe('TOO_DEEP');
      expect(error.message).toContain('deep.json');
    }
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = JSON.stringify({ label: '['.repeat(1000) + '{'.repeat(1000) });
    expect(parseJsonSafe(text, 'a.json')).toEqual(JSON.parse(text));
  });

  it('accepts exactly the limit and refuses one more', () => {
    expect(() => parseJsonSafe('['.repeat(64) + ']'.repeat(64), 'a.json')).not.toThrow();
    expect(failure(() => parseJsonSafe('['.repeat(65) + ']'.repeat(65), 'a.json')).code).toBe(
      'TOO_DEEP',
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a "%s" key, naming its JSON path',
    (key) => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const error = failure(() =>
        parseJsonSafe(`{"nodes":[{"ok":1},{"${key}":{"polluted":true}}]}`, 'diagrams/a.json'),
      );
      expect(error).toMatchObject({
        code: 'PARSE_ERROR',
        file: 'diagrams/a.json',
        jsonPath: `nodes[1].${key}`,
      });
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('also catches an escaped "\\u005f_proto__" key', () => {
    expect(failure(() => parseJsonSafe('{"\\u005f_proto__":{}}', 'a.json')).jsonPath).toBe(
      '__proto__',
    );
  });

  it('refuses every truncation of a valid file with a message naming the file', () => {
    const text = JSON.stringify(
      { format: 'x', list: [1, 2.5e3, 'a\\"b', true, null, { k: [] }] },
      null,
      2,
    );
    for (let cut = 0; cut < text.length - 1; cut += 1) {
      const error = failure(() => parseJsonSafe(text.slice(0, cut), 't.json'));
      expect(error.code).toBe('PARSE_ERROR');
      expect(error.message).toContain('t.json');
    }
  });

  it('decodeUtf8 refuses invalid UTF-8', () => {
    expect(failure(() => decodeUtf8(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'b.json')).code).toBe(
      'PARSE_ERROR',
    );
  });
});

describe('scanJson agrees with JSON.parse', () => {
  const agrees = (text: string): void => {
    let native = true;
    try {
      JSON.parse(text);
    } catch {
      native = false;
    }
    expect(scanJson(text, 1_000) === null).toBe(native);
  };

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
    ]) {
      agrees(text);
    }
  });
});
