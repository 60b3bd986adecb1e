import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileText } from '../../../../shared/model/file-text';
import type { DiagramFile } from '../../../../shared/model/diagram-schema';
import { validateFileText } from '../../../../shared/model/validate';
import { buildDiagram } from '../../../fixtures/workspace-builder';

describe('fileText', () => {
  it("writes a diagram with its nodes and edges sorted by id, keeping each node's z", () => {
    const diagram = buildDiagram('flow', 4);
    const reversed: DiagramFile = {
      ...diagram,
      nodes: [...diagram.nodes].reverse(),
      edges: [...diagram.edges].reverse(),
    };
    const text = fileText('diagram', reversed);
    const written = validateFileText('diagram', text, 'diagrams/flow.json').value;
    const ids = written.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    expect(written.edges.map((e) => e.id)).toEqual(written.edges.map((e) => e.id).sort());
    expect(new Map(written.nodes.map((n) => [n.id, n.z]))).toEqual(
      new Map(diagram.nodes.map((n) => [n.id, n.z])),
    );
  });

  it('gives the same bytes whatever order the diagram holds its elements in', () => {
    const diagram = buildDiagram('flow', 12);
    const expected = fileText('diagram', diagram);
    fc.assert(
      fc.property(fc.shuffledSubarray(diagram.nodes, { minLength: 12 }), (nodes) => {
        expect(fileText('diagram', { ...diagram, nodes })).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
