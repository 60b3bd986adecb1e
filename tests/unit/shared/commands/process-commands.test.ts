import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { treeOrder } from '../../../../shared/commands/process-tree';
import { processUsages } from '../../../../shared/commands/process-commands';
import { CommandError, type Invocation } from '../../../../shared/commands/types';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../../../shared/model/document';
import type { EdgeId, MappingId, NodeId, ProcessId } from '../../../../shared/model/ids';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { companyProcess, mappingTo } from '../../../fixtures/model-builders';

const pid = (id: string) => id as ProcessId;

/** A tree: sales(orders(capture, validate), quotes), billing; a mapping and a diagram node. */
function catalogueDocument(): WorkspaceDocument {
  const doc = buildDocument({ processes: 0, diagrams: 1, nodesPerDiagram: 0 });
  doc.processes.processes = [
    companyProcess('sales', 'Sales', null, { order: 0, code: 'S' }),
    companyProcess('orders', 'Orders', 'sales', { order: 0, code: 'S-1' }),
    companyProcess('capture', 'Capture', 'orders', { order: 0 }),
    companyProcess('validate', 'Validate', 'orders', { order: 1 }),
    companyProcess('quotes', 'Quotes', 'sales', { order: 1 }),
    companyProcess('billing', 'Billing', null, { order: 1, code: 'B' }),
  ];
  doc.mappings.mappings = [
    mappingTo('m-1', 'capture', '1.3.3'),
    mappingTo('m-2', 'billing', '1.6'),
  ];
  const diagram = doc.diagrams[0]!;
  diagram.nodes = [
    {
      id: 'n-cap' as NodeId,
      kind: 'process',
      processId: pid('capture'),
      x: 0,
      y: 0,
      width: 100,
      height: 50,
      z: 1,
    },
    {
      id: 'n-fw' as NodeId,
      kind: 'framework',
      pack: 'gb921-v25.5',
      processId: '1.3.3' as never,
      x: 200,
      y: 0,
      width: 100,
      height: 50,
      z: 2,
    },
    {
      id: 'n-box' as NodeId,
      kind: 'box',
      label: 'Step',
      x: 0,
      y: 100,
      width: 100,
      height: 50,
      z: 3,
    },
  ];
  diagram.edges = [
    {
      id: 'e-map' as EdgeId,
      kind: 'mapping',
      source: 'n-cap' as NodeId,
      target: 'n-fw' as NodeId,
      mappingId: 'm-1' as MappingId,
    },
    { id: 'e-flow' as EdgeId, kind: 'flow', source: 'n-box' as NodeId, target: 'n-fw' as NodeId },
  ];
  return workspaceDocumentSchema.parse(doc);
}

function run(document: WorkspaceDocument, invocation: Invocation) {
  const applied = applyCommand(document, invocation);
  // Every result is a valid document, and its inverse brings back exactly the original.
  workspaceDocumentSchema.parse(applied.document);
  expect(applyCommand(applied.document, applied.inverse).document).toEqual(document);
  return applied.document;
}

const names = (doc: WorkspaceDocument) =>
  treeOrder(doc.processes.processes).map(
    ({ process, depth }) => `${'.'.repeat(depth)}${process.name}`,
  );

describe('process commands', () => {
  it('adds a process, and a batch whose parents come later in the list, with mappings', () => {
    const doc = catalogueDocument();
    const one = run(doc, {
      name: 'process.add',
      args: { processes: [companyProcess('new', '  New  ', 'sales', { order: 2 })] },
    });
    expect(names(one)).toContain('.New');
    const batch = run(doc, {
      name: 'process.add',
      args: {
        processes: [
          companyProcess('child', 'Child', 'top'),
          companyProcess('top', 'Top', null, { order: 2 }),
        ],
        mappings: [mappingTo('m-3', 'child', '1.2')],
      },
    });
    expect(names(batch).slice(-2)).toEqual(['Top', '.Child']);
    expect(batch.mappings.mappings).toHaveLength(3);
  });

  it('refuses a duplicate id, a used code (any case), an unknown parent, a cycle and a bad mapping', () => {
    const doc = catalogueDocument();
    const add =
      (
        processes: ReturnType<typeof companyProcess>[],
        mappings = [] as ReturnType<typeof mappingTo>[],
      ) =>
      () =>
        applyCommand(doc, { name: 'process.add', args: { processes, mappings } });
    expect(add([companyProcess('sales', 'Again')])).toThrow(/exists/);
    expect(add([companyProcess('x', 'X', null, { code: 's-1' })])).toThrow(/already used/);
    expect(add([companyProcess('x', 'X', 'nowhere')])).toThrow(/no parent/);
    expect(add([companyProcess('a', 'A', 'b'), companyProcess('b', 'B', 'a')])).toThrow(
      /own ancestor/,
    );
    expect(add([companyProcess('x', '   ')])).toThrow(CommandError);
    expect(add([], [mappingTo('m-9', 'ghost', '1.1')])).toThrow(/no process "ghost"/);
  });

  it('edits fields, clears them with null, and keeps codes unique', () => {
    const doc = catalogueDocument();
    const edited = run(doc, {
      name: 'process.update',
      args: {
        id: pid('orders'),
        fields: {
          name: 'Order handling',
          code: null,
          owner: 'Ops',
          tags: ['core'],
          extension: true,
          level: 1,
        },
      },
    });
    const orders = edited.processes.processes.find((p) => p.id === 'orders')!;
    expect(orders).toMatchObject({
      name: 'Order handling',
      owner: 'Ops',
      tags: ['core'],
      extension: true,
    });
    expect(orders.code).toBeUndefined();
    expect(() =>
      applyCommand(doc, {
        name: 'process.update',
        args: { id: pid('quotes'), fields: { code: 'b' } },
      }),
    ).toThrow(/"billing"'s/);
    expect(() =>
      applyCommand(doc, {
        name: 'process.update',
        args: { id: pid('quotes'), fields: { name: null } },
      }),
    ).toThrow(/cannot be cleared/);
  });

  it('indents, outdents and reorders through move, and undo restores every order exactly', () => {
    const doc = catalogueDocument();
    // Indent "quotes" under its previous sibling "orders", as the last child.
    const indented = run(doc, {
      name: 'process.move',
      args: { id: pid('quotes'), parentId: pid('orders'), index: 99 },
    });
    expect(names(indented)).toEqual([
      'Sales',
      '.Orders',
      '..Capture',
      '..Validate',
      '..Quotes',
      'Billing',
    ]);
    // Outdent "validate" to just after its parent.
    const outdented = run(doc, {
      name: 'process.move',
      args: { id: pid('validate'), parentId: pid('sales'), index: 1 },
    });
    expect(names(outdented)).toEqual([
      'Sales',
      '.Orders',
      '..Capture',
      '.Validate',
      '.Quotes',
      'Billing',
    ]);
    const up = run(doc, {
      name: 'process.move',
      args: { id: pid('billing'), parentId: null, index: 0 },
    });
    expect(names(up)[0]).toBe('Billing');
    expect(() =>
      applyCommand(doc, {
        name: 'process.move',
        args: { id: pid('sales'), parentId: pid('capture'), index: 0 },
      }),
    ).toThrow(/under itself/);
  });

  it('lists what a delete would take: the subtree, its mappings, nodes and their edges', () => {
    const usages = processUsages(catalogueDocument(), [pid('orders')]);
    expect(usages.processIds.sort()).toEqual(['capture', 'orders', 'validate']);
    expect(usages.mappingIds).toEqual(['m-1']);
    expect(usages.diagrams).toEqual([{ id: 'diagram-1', nodeIds: ['n-cap'], edgeIds: ['e-map'] }]);
  });

  it('deletes a subtree removing its usages, or keeping them, in one undoable step', () => {
    const doc = catalogueDocument();
    const removed = run(doc, {
      name: 'process.delete',
      args: { ids: [pid('orders')], usages: 'remove' },
    });
    expect(names(removed)).toEqual(['Sales', '.Quotes', 'Billing']);
    expect(removed.mappings.mappings.map((m) => m.id)).toEqual(['m-2']);
    expect(removed.diagrams[0]!.nodes.map((n) => n.id)).toEqual(['n-fw', 'n-box']);
    expect(removed.diagrams[0]!.edges.map((e) => e.id)).toEqual(['e-flow']);
    const kept = run(doc, {
      name: 'process.delete',
      args: { ids: [pid('orders')], usages: 'keep' },
    });
    expect(kept.mappings.mappings).toHaveLength(2);
    expect(kept.diagrams[0]!.nodes).toHaveLength(3);
  });

  it('any sequence of process commands, undone in reverse, gives back the original', () => {
    const base = catalogueDocument();
    const step = fc.record({
      kind: fc.nat(5),
      a: fc.nat(50),
      b: fc.nat(50),
      c: fc.nat(5),
      text: fc.string({ maxLength: 8 }),
    });
    let counter = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let doc = base;
        const inverses: Invocation[] = [];
        for (const s of steps) {
          const list = doc.processes.processes;
          const target = list.length === 0 ? undefined : list[s.a % list.length];
          const other = list.length === 0 ? undefined : list[s.b % list.length];
          let invocation: Invocation | null = null;
          if (s.kind === 0) {
            counter += 1;
            const id = `gen-${counter}`;
            invocation = {
              name: 'process.add',
              args: {
                processes: [companyProcess(id, `P ${id}`, other?.id ?? null, { order: s.c })],
              },
            };
          } else if (target && s.kind === 1) {
            invocation = {
              name: 'process.update',
              args: {
                id: target.id,
                fields: {
                  name: s.text.trim() === '' ? 'X' : s.text,
                  owner: s.c % 2 ? null : 'Ops',
                },
              },
            };
          } else if (target && s.kind === 2) {
            invocation = {
              name: 'process.move',
              args: { id: target.id, parentId: s.c === 0 ? null : (other?.id ?? null), index: s.c },
            };
          } else if (target && s.kind >= 3) {
            invocation = {
              name: 'process.delete',
              args: { ids: [target.id], usages: s.kind === 3 ? 'remove' : 'keep' },
            };
          }
          if (!invocation) continue;
          try {
            const applied = applyCommand(doc, invocation);
            doc = applied.document;
            inverses.push(applied.inverse);
          } catch (error) {
            // A move under its own subtree is refused, and refused without a change.
            if (!(error instanceof CommandError)) throw error;
          }
        }
        workspaceDocumentSchema.parse(doc);
        for (const inverse of inverses.reverse()) doc = applyCommand(doc, inverse).document;
        expect(doc).toEqual(base);
      }),
      { numRuns: 200 },
    );
  });

  it('adds 5,000 processes in one step and removes them on undo', () => {
    const doc = catalogueDocument();
    const processes = Array.from({ length: 5000 }, (_, i) =>
      companyProcess(
        `bulk-${i}`,
        `Bulk ${i}`,
        i === 0 ? null : `bulk-${Math.floor((i - 1) / 10)}`,
        { order: i, code: `BK-${i}` },
      ),
    );
    const applied = applyCommand(doc, { name: 'process.add', args: { processes } });
    expect(applied.document.processes.processes).toHaveLength(5006);
    expect(applyCommand(applied.document, applied.inverse).document).toEqual(doc);
  });
});
