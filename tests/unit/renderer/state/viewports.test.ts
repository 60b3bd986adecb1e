import { describe, expect, it } from 'vitest';
import { viewportsOf, withViewports } from '../../../../renderer/state/viewports';
import type { DiagramId } from '../../../../shared/model/ids';
import { sampleDocument, D1, D2 } from '../../shared/commands/fixture';

describe('viewports', () => {
  it('writes changed viewports into their diagrams and leaves the rest shared', () => {
    const document = sampleDocument();
    const out = withViewports(
      document,
      new Map([
        [D1, { x: 5, y: 6, zoom: 2 }],
        [D2, document.diagrams[1]!.viewport],
      ]),
    );
    expect(out.diagrams[0]!.viewport).toEqual({ x: 5, y: 6, zoom: 2 });
    expect(out.diagrams[1]).toBe(document.diagrams[1]);
    expect(document.diagrams[0]!.viewport).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('returns the same document when nothing changed', () => {
    const document = sampleDocument();
    expect(withViewports(document, viewportsOf(document))).toBe(document);
  });

  it('keeps the viewport of a diagram whose id is an Object.prototype name', () => {
    const document = sampleDocument();
    const diagram = { ...document.diagrams[1]!, id: 'constructor' as DiagramId };
    const named = { ...document, diagrams: [diagram] };
    // With an object for a map, "constructor" found Object's constructor and saved garbage.
    expect(withViewports(named, new Map())).toBe(named);
    expect(viewportsOf(named).get(diagram.id)).toEqual({ x: 10, y: 20, zoom: 1.5 });
  });
});
