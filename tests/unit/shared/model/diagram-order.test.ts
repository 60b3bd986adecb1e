import { describe, expect, it } from 'vitest';
import { inNameOrder } from '../../../../shared/model/diagram-order';

const diagram = (id: string, name: string) => ({ id, name });

describe('diagrams in name order', () => {
  it('sorts by name as a reader does: numbers by value, case and accents aside', () => {
    const sorted = inNameOrder([
      diagram('d1', 'Zeta flow'),
      diagram('d2', 'Flow 10'),
      diagram('d3', 'flow 2'),
      diagram('d4', 'Émission'),
      diagram('d5', 'Assurance'),
    ]);
    expect(sorted.map((d) => d.name)).toEqual([
      'Assurance',
      'Émission',
      'flow 2',
      'Flow 10',
      'Zeta flow',
    ]);
  });

  it('orders equal names by id, and leaves the list it was given as it was', () => {
    const given = [diagram('b', 'Flow'), diagram('a', 'flow')];
    expect(inNameOrder(given).map((d) => d.id)).toEqual(['a', 'b']);
    expect(given.map((d) => d.id)).toEqual(['b', 'a']);
  });
});
