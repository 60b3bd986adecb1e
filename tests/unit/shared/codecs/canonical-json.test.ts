import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareKeys, toCanonicalJson } from '../../../../shared/codecs/canonical-json';
import { buildDocument } from '../../../fixtures/workspace-builder';

describe('toCanonicalJson', () => {
  it('puts the envelope, id and name first, then the rest alphabetically, at every level', () => {
    const text = toCanonicalJson({
      zeta: 1,
      name: 'n',
      alpha: { name: 'inner', b: 2, id: 'x', a: 1 },
      id: 'i',
      schemaVersion: 1,
      format: 'f',
    });
    expect(text).toBe(
      [
        '{',
        '  "format": "f",',
        '  "schemaVersion": 1,',
        '  "id": "i",',
        '  "name": "n",',
        '  "alpha": {',
        '    "id": "x",',
        '    "name": "inner",',
        '    "a": 1,',
        '    "b": 2',
        '  },',
        '  "zeta": 1',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives the same bytes whatever order the keys were built in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(toCanonicalJson(reversed)).toBe(toCanonicalJson(record));
        expect(JSON.parse(toCanonicalJson(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
      { numRuns: 300 },
    );
  });

  it('is stable: serialising what it parsed gives the same text', () => {
    const text = toCanonicalJson(buildDocument({ diagrams: 3 }));
    expect(toCanonicalJson(JSON.parse(text))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps a "__proto__" key as data without touching any prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const text = toCanonicalJson(value);
    expect(text).toContain('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('orders keys by code unit, never by locale', () => {
    expect(['b', 'B', 'a', 'é', 'id'].sort(compareKeys)).toEqual(['id', 'B', 'a', 'b', 'é']);
  });
});
