import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseJsonBytes, parseJsonSafe } from '../../../../shared/codecs/safe-json';
import { FILE_JSON_LIMITS, MAX_TEXT_BYTES } from '../../../../shared/model/file-limits';
import { LIMITS } from '../../../../shared/model/limits';
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

  it('refuses a key repeated in one object, naming the file and the JSON path', () => {
    const error = failure(() =>
      parseJsonSafe('{\n  "name": "A",\n  "framework": {},\n  "name": "B"\n}', 'workspace.json'),
    );
    expect(error).toMatchObject({ code: 'PARSE_ERROR', file: 'workspace.json', jsonPath: 'name' });
    expect(error.message).toBe(
      'workspace.json, name (line 4, column 3): the key "name" appears more than once in the same object.',
    );
  });

  it('refuses a flat array past the value count with TOO_LARGE and where it stopped', () => {
    const bytes = new TextEncoder().encode(`[${'0,'.repeat(LIMITS.maxJsonValues + 10)}0]`);
    const error = failure(() => parseJsonBytes(bytes, 'processes.json'));
    expect(error).toMatchObject({
      code: 'TOO_LARGE',
      file: 'processes.json',
      // The array is the first value, so the last item taken is the one before this index.
      jsonPath: `[${LIMITS.maxJsonValues - 1}]`,
    });
    expect(error.message).toContain('more than 1,000,000 values');
  });

  it("holds a workspace file to its kind's limits: text length and root array counts", () => {
    const label = 'x'.repeat(MAX_TEXT_BYTES + 1);
    const long = failure(() =>
      parseJsonSafe(
        `{"nodes":[{"label":"${label}"}]}`,
        'diagrams/a.json',
        FILE_JSON_LIMITS.diagram,
      ),
    );
    expect(long).toMatchObject({ code: 'TOO_LARGE', jsonPath: 'nodes[0].label' });
    const nodes = `[${'{},'.repeat(LIMITS.maxNodesPerDiagram)}{}]`;
    const many = failure(() =>
      parseJsonSafe(`{"nodes":${nodes}}`, 'diagrams/a.json', FILE_JSON_LIMITS.diagram),
    );
    expect(many).toMatchObject({ code: 'SCHEMA_ERROR', jsonPath: 'nodes' });
    expect(many.message).toMatch(/^diagrams\/a\.json, nodes: more than 20,000 items/);
  });
});
