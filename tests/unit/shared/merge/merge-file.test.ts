import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileKindOf, mergeFile } from '../../../../shared/merge/merge-file';
import { formatPath } from '../../../../shared/merge/merge-conflict';
import type { DiagramFile, DiagramNode } from '../../../../shared/model/diagram-schema';
import type { ProcessesFile } from '../../../../shared/model/process-schema';
import { fileText } from '../../../../shared/model/file-text';
import { validateFileText } from '../../../../shared/model/validate';
import { buildDiagram, buildDocument } from '../../../fixtures/workspace-builder';
import { companyProcess } from '../../../fixtures/model-builders';

const diagramText = (diagram: DiagramFile): string => fileText('diagram', diagram);
const clone = <T>(value: T): T => structuredClone(value);

function mergeDiagrams(base: DiagramFile, ours: DiagramFile, theirs: DiagramFile) {
  const result = mergeFile(
    'diagram',
    { base: diagramText(base), ours: diagramText(ours), theirs: diagramText(theirs) },
    'ws/diagrams/d.json',
  );
  return { ...result, diagram: validateFileText('diagram', result.text, 'merged').value };
}

function relabel(diagram: DiagramFile, id: string, label: string): DiagramFile {
  const next = clone(diagram);
  const node = next.nodes.find((n) => n.id === id) as DiagramNode & { label?: string };
  node.label = label;
  return next;
}

describe('fileKindOf', () => {
  it('knows each workspace file by its place', () => {
    expect(fileKindOf('a/b/workspace.json')).toBe('workspace');
    expect(fileKindOf('mappings.json')).toBe('mappings');
    expect(fileKindOf('ws/diagrams/x.json')).toBe('diagram');
    expect(fileKindOf('ws/notes/x.json')).toBeNull();
    expect(fileKindOf('README.md')).toBeNull();
  });
});

describe('mergeFile', () => {
  const base = buildDiagram('d', 6);

  it('merges edits to different nodes cleanly, into the text the app writes', () => {
    const merged = mergeDiagrams(
      base,
      relabel(base, 'n-0', 'Ours'),
      relabel(base, 'n-3', 'Theirs'),
    );
    expect(merged.conflicts).toEqual([]);
    expect(merged.text).toBe(diagramText(relabel(relabel(base, 'n-0', 'Ours'), 'n-3', 'Theirs')));
  });

  it('drops a connection the other side drew to a node this side deleted, and says so', () => {
    const ours = clone(base);
    ours.nodes = ours.nodes.filter((n) => n.id !== 'n-5');
    ours.edges = ours.edges.filter((e) => e.target !== 'n-5');
    const theirs = clone(base);
    theirs.edges.push({
      id: 'e-new' as never,
      kind: 'flow',
      source: 'n-0' as never,
      target: 'n-5' as never,
    });
    const merged = mergeDiagrams(base, ours, theirs);
    expect(merged.diagram.nodes.map((n) => n.id)).not.toContain('n-5');
    expect(merged.diagram.edges.map((e) => e.id)).not.toContain('e-new');
    expect(merged.conflicts.map((c) => [c.kind, formatPath(c.path)])).toEqual([
      ['dangling-reference', 'edges["e-new"]'],
    ]);
  });

  it('breaks a containment cycle both sides made, keeping the file readable', () => {
    const groups = clone(base);
    groups.nodes.push(
      {
        id: 'g1',
        kind: 'group',
        variant: 'group',
        label: 'A',
        x: 0,
        y: 0,
        width: 400,
        height: 300,
        z: 0,
      } as never,
      {
        id: 'g2',
        kind: 'group',
        variant: 'group',
        label: 'B',
        x: 0,
        y: 0,
        width: 400,
        height: 300,
        z: 0,
      } as never,
    );
    const ours = clone(groups);
    (ours.nodes.find((n) => n.id === 'g1') as DiagramNode).parentId = 'g2' as never;
    const theirs = clone(groups);
    (theirs.nodes.find((n) => n.id === 'g2') as DiagramNode).parentId = 'g1' as never;
    const merged = mergeDiagrams(groups, ours, theirs);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0]?.kind).toBe('dangling-reference');
    const parents = merged.diagram.nodes.filter((n) => n.parentId !== undefined);
    expect(parents).toHaveLength(1);
  });

  it('keeps a code unique when both sides gave it to different new processes', () => {
    const file = (processes: ProcessesFile['processes']): string =>
      fileText('processes', { ...buildDocument().processes, processes });
    const root = companyProcess('p-0', 'Root');
    const merged = mergeFile(
      'processes',
      {
        base: file([root]),
        ours: file([root, companyProcess('p-a', 'Ours', 'p-0', { code: 'X1' })]),
        theirs: file([root, companyProcess('p-b', 'Theirs', 'p-0', { code: 'x1' })]),
      },
      'processes.json',
    );
    const value = validateFileText('processes', merged.text, 'merged').value;
    expect(value.processes.map((p) => [p.id, p.code])).toEqual([
      ['p-0', undefined],
      ['p-a', 'X1'],
      ['p-b', undefined],
    ]);
    expect(merged.conflicts.map((c) => formatPath(c.path))).toEqual(['processes["p-b"].code']);
  });

  it('names the side that cannot be read', () => {
    expect(() =>
      mergeFile(
        'diagram',
        { base: '', ours: diagramText(base), theirs: '{"nodes": [' },
        'ws/diagrams/d.json',
      ),
    ).toThrow(/ws\/diagrams\/d\.json \(theirs\)/);
  });

  it('equals applying both sides when they relabel, move and add different nodes (property)', () => {
    const edit = fc.record({
      relabel: fc.subarray([0, 1, 2, 3, 4, 5]),
      move: fc.subarray([0, 1, 2, 3, 4, 5]),
      add: fc.nat({ max: 3 }),
      label: fc.string({ maxLength: 20 }).filter((s) => s.trim() !== ''),
    });
    fc.assert(
      fc.property(edit, edit, (mine, other) => {
        // Each side touches the nodes of its own parity only: different elements.
        const apply = (diagram: DiagramFile, e: typeof mine, parity: number, side: string) => {
          const next = clone(diagram);
          for (const node of next.nodes) {
            const index = Number(node.id.slice(2));
            if (index % 2 !== parity) continue;
            if (e.relabel.includes(index) && node.kind === 'box') node.label = `${side} ${e.label}`;
            if (e.move.includes(index)) node.x += 10 + parity;
          }
          for (let i = 0; i < e.add; i += 1) {
            next.nodes.push({
              id: `${side}-${i}` as never,
              kind: 'box',
              label: side,
              x: i,
              y: i,
              width: 100,
              height: 40,
              z: 9,
            });
          }
          return next;
        };
        const ours = apply(base, mine, 0, 'ours');
        const theirs = apply(base, other, 1, 'theirs');
        const merged = mergeDiagrams(base, ours, theirs);
        const expected = apply(apply(base, mine, 0, 'ours'), other, 1, 'theirs');
        expect(merged.conflicts).toEqual([]);
        expect(merged.text).toBe(diagramText(expected));
      }),
      { numRuns: 300 },
    );
  });
});
