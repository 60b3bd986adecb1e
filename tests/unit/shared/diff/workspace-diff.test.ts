import { describe, expect, it } from 'vitest';
import { diffText } from '../../../../shared/diff/diff-text';
import { diffWorkspaces } from '../../../../shared/diff/workspace-diff';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { mappingTo } from '../../../fixtures/model-builders';

function edited(edit: (doc: WorkspaceDocument) => void): [WorkspaceDocument, WorkspaceDocument] {
  const before = buildDocument({ diagrams: 1, nodesPerDiagram: 6 });
  before.mappings.mappings = [mappingTo('m-1', 'p-1', '1.3.3', 'partial')];
  const after = structuredClone(before);
  edit(after);
  return [before, after];
}

describe('diffWorkspaces', () => {
  it('finds nothing between a workspace and itself, nor in a moved viewport', () => {
    const [before, after] = edited((doc) => {
      (doc.diagrams[0] as { viewport: { x: number } }).viewport.x = 500;
    });
    const diff = diffWorkspaces(before, after);
    expect(diff.diagrams).toEqual([]);
    expect(diffText(diff, [])).toBe('No differences.\n');
  });

  it('names additions, removals, renames, moves and re-alignments', () => {
    const [before, after] = edited((doc) => {
      const diagram = doc.diagrams[0];
      if (!diagram) throw new Error('no diagram');
      const box = diagram.nodes.find((n) => n.id === 'n-0');
      if (box?.kind !== 'box') throw new Error('n-0 is a box');
      box.label = 'Capture order';
      box.x += 40;
      diagram.nodes = diagram.nodes.filter((n) => n.id !== 'n-5');
      diagram.edges = diagram.edges.filter((e) => e.target !== 'n-5');
      doc.processes.processes.push({
        id: 'p-new' as never,
        name: 'New one',
        parentId: null,
        order: 9,
      });
      const mapping = doc.mappings.mappings[0];
      if (mapping) mapping.alignment = 'full';
    });
    const diff = diffWorkspaces(before, after, {
      frameworkName: (_pack, id) => (id === '1.3.3' ? 'Customer Order Handling' : undefined),
    });
    expect(diff.processes.added).toEqual([{ id: 'p-new', name: 'New one' }]);
    expect(diff.mappings.changed).toEqual([
      {
        id: 'm-1',
        name: 'Process 1 -> 1.3.3 Customer Order Handling',
        changes: ['re-aligned'],
        from: 'partial',
        to: 'full',
      },
    ]);
    const [diagram] = diff.diagrams;
    expect(diagram?.status).toBe('changed');
    expect(diagram?.nodes.changed).toEqual([
      {
        id: 'n-0',
        name: 'Capture order',
        changes: ['renamed', 'moved'],
        from: 'Step 0',
        to: 'Capture order',
      },
    ]);
    expect(diagram?.nodes.removed.map((n) => n.id)).toEqual(['n-5']);
    // An unlabelled connection is named by its ends (a note; a process of no catalogue: its id).
    expect(diagram?.edges.removed).toEqual([{ id: 'e-4', name: 'Note 4 -> p-5' }]);
    const text = diffText(diff, [
      { level: 3, before: { inScope: 4, covered: 1 }, after: { inScope: 4, covered: 2 } },
    ]);
    expect(text).toContain('  ~ n-0 "Capture order": renamed ("Step 0" -> "Capture order"), moved');
    expect(text).toContain('  + p-new "New one"');
    expect(text).toContain('re-aligned ("partial" -> "full")');
    expect(text).toContain('  L3: 1/4 -> 2/4');
  });

  it('does not call a diagram that could not be read "removed"', () => {
    const [before, after] = edited((doc) => {
      doc.diagrams = [];
    });
    expect(diffWorkspaces(before, after).diagrams.map((d) => d.status)).toEqual(['removed']);
    expect(
      diffWorkspaces(before, after, { skipDiagrams: new Set(['diagram-1']) }).diagrams,
    ).toEqual([]);
  });
});
