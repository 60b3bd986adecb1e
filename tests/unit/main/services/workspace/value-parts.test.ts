import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approximateSize,
  splitValue,
  ValueJoiner,
  type ValuePart,
} from '../../../../../main/services/workspace/value-parts';
import { buildDiagram, buildDocument } from '../../../../fixtures/workspace-builder';

/** Splits, sends every part through structured clone (as postMessage does), joins. */
function roundTrip(value: unknown, text: string | null, partBytes: number) {
  const joiner = new ValueJoiner();
  const parts: ValuePart[] = [];
  for (const part of splitValue(value, text, partBytes)) {
    parts.push(part);
    joiner.add(structuredClone(part));
  }
  return { joiner, parts };
}

describe('a value crossing in parts', () => {
  it('joins back to a deep-equal value and text, whatever the part size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 400 }), (value, partBytes) => {
        const text = JSON.stringify(value) ?? null;
        const { joiner } = roundTrip(value, text, partBytes);
        expect(joiner.value).toEqual(value);
        expect(joiner.text).toBe(text === '' ? null : text);
      }),
      { numRuns: 1_000 },
    );
  });

  it('keeps every part near the part size, nested large arrays included', () => {
    const journal = {
      format: 'x',
      document: buildDocument({ diagrams: 3, nodesPerDiagram: 3_000 }),
    };
    const partBytes = 64 * 1024;
    const { joiner, parts } = roundTrip(journal, null, partBytes);
    expect(joiner.value).toEqual(journal);
    expect(parts.length).toBeGreaterThan(10);
    const largest = Math.max(...parts.map((part) => serialize(part).length));
    // A part holds items up to the size, plus one item: nodes are far smaller than that.
    expect(largest).toBeLessThan(2 * partBytes);
  });

  it('sends a key named like a prototype setter as plain data', () => {
    const value = JSON.parse(
      `{"big":[${'"xxxxxxxxxx",'.repeat(50)}"x"],"__proto__":{"a":1}}`,
    ) as unknown;
    const { joiner } = roundTrip(value, null, 64);
    expect(Object.getPrototypeOf(joiner.value)).toBe(Object.prototype);
    expect(Object.keys(joiner.value as object)).toEqual(['big', '__proto__']);
  });

  it('measures sizes roughly and stops counting past the budget', () => {
    const diagram = buildDiagram('d', 1_000);
    const full = approximateSize(diagram, Infinity);
    expect(full).toBeGreaterThan(JSON.stringify(diagram).length * 0.5);
    expect(full).toBeLessThan(JSON.stringify(diagram).length * 2);
    expect(approximateSize(diagram, 100)).toBe(101);
  });
});
