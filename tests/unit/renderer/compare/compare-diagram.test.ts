import { describe, expect, it } from 'vitest';
import { diffWorkspaces } from '../../../../shared/diff/workspace-diff';
import type { NodeId } from '../../../../shared/model/ids';
import { changeSteps, drawCompare } from '../../../../renderer/compare/compare-diagram';
import { buildDocument } from '../../../fixtures/workspace-builder';

const names = { process: () => ({ name: 'A process' }), framework: () => undefined };

describe('the compare drawing of a diagram', () => {
  it('steps through added, removed and moved nodes and outlines each in its colour', () => {
    const then = buildDocument({ diagrams: 1, nodesPerDiagram: 4 });
    const now = structuredClone(then);
    const diagram = now.diagrams[0]!;
    diagram.nodes = diagram.nodes.filter((n) => n.id !== 'n-3');
    diagram.edges = diagram.edges.filter((e) => e.target !== 'n-3');
    diagram.nodes[0]!.x += 300;
    diagram.nodes.push({ ...diagram.nodes[1]!, id: 'n-new' as NodeId, x: 900 });
    const diff = diffWorkspaces(then, now).diagrams[0]!;
    const steps = changeSteps(diff, then.diagrams[0], diagram);
    expect(steps.map((s) => [s.element, s.id, s.kind])).toEqual([
      ['node', 'n-new', 'added'],
      ['node', 'n-3', 'removed'],
      ['node', 'n-0', 'moved'],
      ['edge', 'e-2', 'removed'],
    ]);
    expect(steps[0]!.at).toEqual({ x: 980, y: 35 });
    const drawing = drawCompare(then.diagrams[0], diagram, steps, names, {
      theme: 'light',
      selected: 'n-3',
    })!;
    expect(drawing.svg).toContain('stroke="#1a9641"'); // added, green
    expect(drawing.svg).toMatch(/stroke="#d7191c" stroke-width="5" stroke-dasharray/); // removed, selected
    expect(drawing.svg.match(/stroke="#e08e0b"/g)).toHaveLength(2); // moved, and its old place
    expect(drawing.svg).toContain('Note 1');
    expect(drawing.shift.x).toBeGreaterThan(0);
    // The removed connection gets a red band along its own route, from n-2 to n-3.
    const removedEdge = then.diagrams[0]!.edges.find((e) => e.id === 'e-2')!;
    expect(removedEdge).toMatchObject({ source: 'n-2', target: 'n-3' });
    expect(drawing.svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#d7191c" stroke-opacity/);
    const selectedEdge = drawCompare(then.diagrams[0], diagram, steps, names, {
      theme: 'light',
      selected: 'e-2',
    })!;
    expect(selectedEdge.svg).toMatch(/stroke="#d7191c" stroke-opacity="0.55" stroke-width="9"/);
  });
});
