import { describe, expect, it } from 'vitest';
import { COMMANDS, applyCommand } from '../../../../shared/commands/catalogue';
import { CommandError, type CommandName, type Invocation } from '../../../../shared/commands/types';
import { makeBox, makeEdge, makeNote } from '../../../../shared/commands/factories';
import { workspaceDocumentSchema } from '../../../../shared/model/document';
import type {
  DiagramId,
  EdgeId,
  FrameworkProcessId,
  MappingId,
  NodeId,
  PackId,
  ProcessId,
} from '../../../../shared/model/ids';
import { A, AB, B, BC, C, CA, D1, D2, P1, deepFreeze, sampleDocument } from './fixture';
import { mappingTo } from '../../../fixtures/model-builders';

const P2 = 'p-credit' as ProcessId;
import { LANE, groupedDocument } from './grouped-fixture';
import { TAKE, TAKE_EDGE, TAKE_MAPPING, mappedDocument } from './mapped-fixture';

/** At least one invocation of every command in the catalogue, each valid on sampleDocument(). */
const CASES: Invocation[] = [
  { name: 'diagram.create', args: { id: 'new-one' as DiagramId, name: '  New one ' } },
  { name: 'diagram.rename', args: { id: D1, name: 'Lead to cash' } },
  { name: 'diagram.duplicate', args: { sourceId: D1, id: 'copy' as DiagramId, name: 'Copy' } },
  { name: 'diagram.delete', args: { id: D1 } },
  { name: 'diagram.delete', args: { id: D2 } },
  {
    name: 'diagram.restore',
    args: { diagram: { ...sampleDocument().diagrams[1]!, id: 'other' as DiagramId }, index: 1 },
  },
  { name: 'element.add', args: { diagramId: D1, node: makeBox(5, 6) } },
  { name: 'element.add', args: { diagramId: D2, node: makeNote(5, 6) } },
  {
    name: 'element.add',
    args: {
      diagramId: D1,
      node: {
        id: 'n-f' as NodeId,
        kind: 'framework',
        x: 1,
        y: 2,
        width: 3,
        height: 4,
        pack: 'p',
        processId: '1' as never,
      },
    },
  },
  {
    name: 'element.move',
    args: {
      diagramId: D1,
      moves: [
        { id: A, x: 10, y: 20 },
        { id: C, x: -5, y: 7.5 },
      ],
    },
  },
  {
    name: 'element.resize',
    args: { diagramId: D1, id: B, x: 190, y: -10, width: 300, height: 120 },
  },
  { name: 'element.rename', args: { diagramId: D1, id: A, text: 'Capture order' } },
  { name: 'element.rename', args: { diagramId: D1, id: B, text: 'Credit check first' } },
  { name: 'element.delete', args: { diagramId: D1, ids: [B] } },
  { name: 'element.delete', args: { diagramId: D1, ids: [A, C] } },
  {
    name: 'element.restore',
    args: {
      diagramId: D1,
      nodes: [{ item: makeBox(1, 1), index: 1 }],
      edges: [],
    },
  },
  { name: 'edge.add', args: { diagramId: D1, edge: makeEdge(A, C) } },
  { name: 'edge.delete', args: { diagramId: D1, ids: [AB, CA] } },
  {
    name: 'edge.restore',
    args: {
      diagramId: D1,
      edges: [{ item: { id: 'e-x' as EdgeId, kind: 'flow', source: A, target: A }, index: 0 }],
    },
  },
  { name: 'edge.relabel', args: { diagramId: D1, id: AB, label: 'after' } },
  { name: 'edge.relabel', args: { diagramId: D1, id: AB, label: undefined } },
  { name: 'edge.relabel', args: { diagramId: D1, id: BC, label: 'next' } },
  { name: 'workspace.setFramework', args: { pack: 'classic-r14', release: '14' } },
  {
    name: 'edge.reconnect',
    args: {
      diagramId: D1,
      id: AB,
      ends: { source: A, target: C, sourceHandle: 'bottom', targetHandle: null },
    },
  },
  {
    name: 'element.setParent',
    args: { diagramId: D1, changes: [{ id: B, parentId: LANE }] },
  },
  {
    name: 'element.insert',
    args: {
      diagramId: D2,
      nodes: [
        { ...makeBox(10, 10, 'Pasted'), id: 'n-p1' as NodeId },
        { ...makeNote(200, 10, 'Pasted note'), id: 'n-p2' as NodeId },
      ],
      edges: [{ ...makeEdge('n-p1' as NodeId, 'n-p2' as NodeId), id: 'e-p' as EdgeId }],
    },
  },
  { name: 'element.reorder', args: { diagramId: D1, orders: [{ id: A, z: 7 }] } },
  { name: 'element.lock', args: { diagramId: D1, ids: [A, B], locked: true } },
  {
    name: 'scope.set',
    args: {
      put: [
        {
          target: {
            pack: 'gb921-v25.5' as PackId,
            release: '25.5',
            id: '1.3' as FrameworkProcessId,
          },
          status: 'in',
          review: 'unreviewed',
        },
      ],
      remove: [],
    },
  },
  {
    name: 'element.setFields',
    args: {
      diagramId: D1,
      changes: [
        { id: A, fields: { owner: 'Sales', tags: ['core'], style: { fill: '#ffeecc' } } },
        { id: B, fields: { style: { border: '#336699' } } },
      ],
    },
  },
  {
    name: 'edge.setFields',
    args: { diagramId: D1, changes: [{ id: AB, fields: { routing: 'curved', label: null } }] },
  },
  {
    name: 'process.update',
    args: { id: P1, fields: { name: 'Capture orders', owner: 'Sales', code: 'OTA-01' } },
  },
  {
    name: 'process.add',
    args: {
      processes: [{ id: P2, name: 'Check credit', parentId: P1, order: 0 }],
      mappings: [mappingTo('m-1', P2, '1.3.3', 'partial')],
    },
  },
  { name: 'process.move', args: { id: P1, parentId: null, index: 1 } },
  { name: 'process.place', args: { placements: [{ id: P1, parentId: null, order: 3 }] } },
  { name: 'process.delete', args: { ids: [P1], usages: 'remove' } },
  { name: 'process.remove', args: { processIds: [P1], mappingIds: [], diagrams: [] } },
  {
    name: 'process.restore',
    args: {
      processes: [{ item: { id: P2, name: 'Check credit', parentId: null, order: 3 }, index: 3 }],
      mappings: [],
      diagrams: [],
    },
  },
  {
    name: 'mapping.add',
    args: {
      mappings: [
        {
          id: 'm-new' as MappingId,
          processId: 'p-take' as ProcessId,
          target: {
            pack: 'gb921-v25.5' as PackId,
            release: '25.5',
            id: '1.3' as FrameworkProcessId,
          },
          alignment: 'partial',
          status: 'draft',
        },
      ],
    },
  },
  {
    name: 'mapping.edit',
    args: { edits: [{ id: 'm-take' as MappingId, set: { status: 'approved', rationale: 'why' } }] },
  },
  { name: 'mapping.delete', args: { ids: ['m-take' as MappingId] } },
  {
    name: 'mapping.restore',
    args: {
      mappings: [
        {
          item: { ...sampleDocument().mappings.mappings[0]!, id: 'm-back' as MappingId },
          index: 0,
        },
      ],
    },
  },
  {
    name: 'mapping.setAlignments',
    args: { alignments: [{ id: 'full', label: 'Complete', weight: 1 }] },
  },
  {
    name: 'workspace.upgrade',
    args: {
      framework: { pack: 'gb921-v26.0', release: '26.0' },
      mappings: [
        {
          id: 'm-take' as MappingId,
          target: {
            pack: 'gb921-v26.0' as PackId,
            release: '26.0',
            id: '1.3.4' as FrameworkProcessId,
            uid: '3885',
          },
        },
      ],
      scope: [],
    },
  },
  {
    name: 'edge.addMapped',
    args: {
      diagramId: D1,
      edge: {
        id: 'e-map' as EdgeId,
        kind: 'mapping',
        source: TAKE,
        target: C,
        mappingId: 'm-edge' as MappingId,
      },
      mapping: mappingTo('m-edge', 'p-take', '1.3.3', 'partial'),
    },
  },
  {
    name: 'edge.deleteMapped',
    args: { diagramId: D1, edgeIds: [TAKE_EDGE], mappingIds: [TAKE_MAPPING] },
  },
  { name: 'edge.deleteMapped', args: { diagramId: D1, edgeIds: [], mappingIds: [TAKE_MAPPING] } },
  {
    name: 'edge.restoreMapped',
    args: {
      diagramId: D1,
      edges: [
        {
          item: {
            id: 'e-back' as EdgeId,
            kind: 'mapping',
            source: TAKE,
            target: C,
            mappingId: 'm-back' as MappingId,
          },
          index: 0,
        },
      ],
      mappings: [{ item: mappingTo('m-back', 'p-take', '1.3'), index: 1 }],
    },
  },
  {
    name: 'document.merge',
    args: {
      put: {
        processes: [{ ...sampleDocument().processes.processes[0]!, name: 'Renamed by a bundle' }],
        mappings: [{ ...sampleDocument().mappings.mappings[0]!, id: 'm-imported' as MappingId }],
        diagrams: [{ ...sampleDocument().diagrams[0]!, id: 'imported' as DiagramId }],
      },
      remove: { processes: [], mappings: [], diagrams: [D2] },
      alignments: [
        { id: 'full', label: 'Full', weight: 1 },
        { id: 'partial', label: 'Partial', weight: 0.5 },
        { id: 'weak', label: 'Weak', weight: 0.2 },
      ],
    },
  },
];

/** The document a case applies to: sampleDocument(), or one with groups where it needs them. */
const documentFor = (invocation: Invocation) =>
  invocation.name === 'element.setParent'
    ? groupedDocument()
    : invocation.name.endsWith('Mapped')
      ? mappedDocument()
      : sampleDocument();

describe('command catalogue', () => {
  // Whoever adds a command adds a case to CASES, so its inverse is tested like the others.
  it('has a test case for every command', () => {
    const covered = new Set(CASES.map((c) => c.name));
    for (const name of Object.keys(COMMANDS) as CommandName[]) expect(covered).toContain(name);
  });

  it('names every command domain.verb and gives it a label', () => {
    for (const [key, spec] of Object.entries(COMMANDS)) {
      expect(spec.name).toBe(key);
      expect(spec.name).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
      expect(spec.label.length).toBeGreaterThan(0);
    }
  });

  describe.each(CASES.map((c) => [`${c.name} ${JSON.stringify(c.args).slice(0, 60)}`, c] as const))(
    '%s',
    (_title, invocation) => {
      it('changes the document without mutating it, and stays schema-valid', () => {
        const original = deepFreeze(documentFor(invocation));
        const { document } = applyCommand(original, invocation);
        expect(document).not.toEqual(original);
        expect(workspaceDocumentSchema.safeParse(document).success).toBe(true);
      });

      it('is undone exactly by its inverse', () => {
        const original = deepFreeze(documentFor(invocation));
        const applied = applyCommand(original, invocation);
        const undone = applyCommand(deepFreeze(applied.document), applied.inverse);
        expect(undone.document).toStrictEqual(original);
      });

      it('is redone exactly by the inverse of its inverse', () => {
        const original = deepFreeze(documentFor(invocation));
        const applied = applyCommand(original, invocation);
        const undone = applyCommand(applied.document, applied.inverse);
        const redone = applyCommand(undone.document, undone.inverse);
        expect(redone.document).toStrictEqual(applied.document);
      });
    },
  );
});

describe('command effects', () => {
  it('element.delete removes attached edges and keeps the others', () => {
    const { document } = applyCommand(sampleDocument(), {
      name: 'element.delete',
      args: { diagramId: D1, ids: [A] },
    });
    const diagram = document.diagrams[0]!;
    expect(diagram.nodes.map((n) => n.id)).toEqual([B, C]);
    expect(diagram.edges.map((e) => e.id)).toEqual([BC]);
  });

  it('element.move moves many nodes at once', () => {
    const { document } = applyCommand(sampleDocument(), {
      name: 'element.move',
      args: {
        diagramId: D1,
        moves: [
          { id: A, x: 1, y: 2 },
          { id: B, x: 3, y: 4 },
        ],
      },
    });
    const [a, b, c] = document.diagrams[0]!.nodes;
    expect([a?.x, a?.y, b?.x, b?.y, c?.x]).toEqual([1, 2, 3, 4, 400]);
  });

  it('diagram.duplicate puts an independent copy right after the source', () => {
    const { document } = applyCommand(sampleDocument(), {
      name: 'diagram.duplicate',
      args: { sourceId: D1, id: 'copy' as DiagramId, name: 'Copy' },
    });
    expect(document.diagrams.map((d) => d.id)).toEqual([D1, 'copy', D2]);
    expect(document.diagrams[1]!.nodes).toEqual(document.diagrams[0]!.nodes);
    expect(document.diagrams[1]!.nodes).not.toBe(document.diagrams[0]!.nodes);
  });

  it('edge.relabel with no label removes the key rather than storing undefined', () => {
    const { document } = applyCommand(sampleDocument(), {
      name: 'edge.relabel',
      args: { diagramId: D1, id: AB, label: undefined },
    });
    expect(Object.keys(document.diagrams[0]!.edges[0]!)).toEqual([
      'id',
      'kind',
      'source',
      'target',
    ]);
  });

  it.each<[string, Invocation]>([
    ['unknown diagram', { name: 'diagram.rename', args: { id: 'nope' as DiagramId, name: 'x' } }],
    ['empty diagram name', { name: 'diagram.create', args: { id: 'x' as DiagramId, name: '  ' } }],
    ['taken diagram id', { name: 'diagram.create', args: { id: D2, name: 'x' } }],
    ['unknown node', { name: 'element.delete', args: { diagramId: D1, ids: ['n-z' as NodeId] } }],
    [
      'duplicate node id',
      { name: 'element.add', args: { diagramId: D1, node: { ...makeBox(0, 0), id: A } } },
    ],
    [
      'rename of a framework node',
      { name: 'element.rename', args: { diagramId: D1, id: C, text: 'x' } },
    ],
    [
      'non-finite move',
      { name: 'element.move', args: { diagramId: D1, moves: [{ id: A, x: NaN, y: 0 }] } },
    ],
    [
      'zero size',
      { name: 'element.resize', args: { diagramId: D1, id: A, x: 0, y: 0, width: 0, height: 5 } },
    ],
    [
      'edge to a missing node',
      { name: 'edge.add', args: { diagramId: D1, edge: makeEdge(A, 'n-z' as NodeId) } },
    ],
    ['unknown edge', { name: 'edge.delete', args: { diagramId: D1, ids: ['e-z' as EdgeId] } }],
  ])('refuses %s with a CommandError naming the command', (_title, invocation) => {
    const original = deepFreeze(sampleDocument());
    expect(() => applyCommand(original, invocation)).toThrow(CommandError);
    expect(() => applyCommand(original, invocation)).toThrow(invocation.name);
  });
});
