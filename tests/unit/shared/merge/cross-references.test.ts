import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import { getBuiltInPack } from '../../../../shared/etom/registry';
import { documentEdit } from '../../../../shared/merge/conflict-resolution';
import { applyReferenceFix, danglingReferences } from '../../../../shared/merge/cross-references';
import type { MergeRecord } from '../../../../shared/merge/conflict-record-schema';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { companyProcess, mappingTo } from '../../../fixtures/model-builders';

const pack = getBuiltInPack('gb921-v25.5');
const catalogue = pack ? createCatalogue(pack) : undefined;
const lookup = (id: string) => (id === 'gb921-v25.5' ? catalogue : undefined);

/** A workspace as a clean merge leaves it when one side deleted p-2 and the other used it. */
function merged(): WorkspaceDocument {
  const document = buildDocument({ diagrams: 1, nodesPerDiagram: 6, processes: 7 });
  return {
    ...document,
    processes: {
      ...document.processes,
      processes: document.processes.processes.filter((p) => p.id !== 'p-2'),
    },
    mappings: {
      ...document.mappings,
      mappings: [mappingTo('m-1', 'p-2', '1.3'), mappingTo('m-2', 'p-1', '9.99.99')],
    },
  };
}

describe('references across files after a merge', () => {
  it('finds mappings and nodes that point at a deleted process or a missing framework process', () => {
    const found = danglingReferences(merged(), lookup, []);
    expect(found.map((r) => r.id)).toEqual([
      'ref:mapping:m-1:process',
      'ref:mapping:m-2:target',
      'ref:node:diagram-1:n-2',
    ]);
    expect(found[0]?.fixes).toEqual(['delete-mapping', 'kept']);
    expect(found[1]?.message).toContain('9.99.99');
    expect(found[2]?.marks.nodes).toEqual([{ diagramId: 'diagram-1', nodeId: 'n-2' }]);
  });

  it('offers the process back when a conflict record still has it', () => {
    const record: MergeRecord = {
      file: 'processes.json',
      hash: 'h'.repeat(64),
      conflicts: [
        {
          kind: 'deleted-ours-changed-theirs',
          path: 'processes["p-2"]',
          base: companyProcess('p-2', 'Old'),
          theirs: companyProcess('p-2', 'Billing', 'p-0'),
          message: 'deleted and changed',
        },
      ],
    };
    const document = merged();
    const [first] = danglingReferences(document, lookup, [record]);
    expect(first?.fixes).toEqual(['restore-process', 'delete-mapping', 'kept']);
    const after = applyReferenceFix(document, first!, 'restore-process');
    const applied = applyCommand(document, documentEdit(document, after)).document;
    expect(applied.processes.processes.find((p) => p.id === 'p-2')?.name).toBe('Billing');
    expect(danglingReferences(applied, lookup, [record]).map((r) => r.id)).toEqual([
      'ref:mapping:m-2:target',
    ]);
  });

  it('deletes the mapping, or the node with its connections, as one undoable edit', () => {
    const document = merged();
    const [mapping, , node] = danglingReferences(document, lookup, []);
    const noMapping = applyReferenceFix(document, mapping!, 'delete-mapping');
    const applied = applyCommand(document, documentEdit(document, noMapping));
    expect(applied.document.mappings.mappings.map((m) => m.id)).toEqual(['m-2']);
    expect(applyCommand(applied.document, applied.inverse).document.mappings.mappings).toHaveLength(
      2,
    );

    const noNode = applyCommand(
      document,
      documentEdit(document, applyReferenceFix(document, node!, 'delete-node')),
    ).document;
    const diagram = noNode.diagrams[0]!;
    expect(diagram.nodes.some((n) => n.id === 'n-2')).toBe(false);
    expect(diagram.edges.some((e) => e.source === 'n-2' || e.target === 'n-2')).toBe(false);
  });
});
