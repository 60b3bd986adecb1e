import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonParts } from '../../../../shared/ipc/json-parts';

function allParts(value: unknown, partChars: number): string[] {
  const writer = new JsonParts(value);
  const parts: string[] = [];
  for (let part = writer.next(partChars); part !== null; part = writer.next(partChars)) {
    parts.push(part);
  }
  return parts;
}

describe('JsonParts', () => {
  it('joins to exactly what JSON.stringify writes, whatever the part size (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBoxedValues: false }),
        fc.integer({ min: 1, max: 400 }),
        (value, size) => {
          const expected = JSON.stringify(value) ?? 'null';
          expect(allParts(value, size).join('')).toBe(expected);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('follows JSON.stringify on toJSON, undefined, functions, symbols and non-finite numbers', () => {
    const value = {
      when: new Date(0),
      gone: undefined,
      fn: () => 1,
      sym: Symbol('s'),
      list: [undefined, () => 1, Symbol('t'), Number.NaN, -0, Infinity],
      nested: { toJSON: (key: string) => ({ key }) },
      // eslint-disable-next-line no-sparse-arrays -- a hole is what this checks
      sparse: [1, , 3],
    };
    for (const size of [1, 5, 1_000]) {
      expect(allParts(value, size).join('')).toBe(JSON.stringify(value));
    }
  });

  it('cuts a large answer into parts of about the size asked', () => {
    const nodes = Array.from({ length: 5_000 }, (_, i) => ({
      id: `n${i}`,
      label: 'x'.repeat(200),
      position: { x: i, y: i },
    }));
    const value = { ok: true, value: { document: { diagrams: [{ id: 'd', nodes }] } } };
    const parts = allParts(value, 64 * 1024);
    expect(parts.join('')).toBe(JSON.stringify(value));
    expect(parts.length).toBeGreaterThan(10);
    // Each part ends at a member boundary, at most one member past the size asked.
    for (const part of parts) expect(part.length).toBeLessThan(64 * 1024 + 400);
  });

  it('throws on a cycle as JSON.stringify does', () => {
    const looped: Record<string, unknown> = { a: [1, 2, 3] };
    (looped.a as unknown[]).push(looped);
    expect(() => allParts(looped, 4)).toThrow(TypeError);
  });

  it('gives null once done', () => {
    const writer = new JsonParts({ a: 1 });
    expect(writer.next(100)).toBe('{"a":1}');
    expect(writer.done).toBe(true);
    expect(writer.next(100)).toBeNull();
  });
});
