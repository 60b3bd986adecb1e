import { TEST_FRAMEWORK } from '../../../fixtures/model-builders';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import type {
  FrameworkProcessId,
  MappingId,
  NodeId,
  ProcessId,
} from '../../../../shared/model/ids';
import { processUsage } from '../../../../renderer/process-details/usage';
import { D1, D2, sampleDocument } from '../../shared/commands/fixture';

function frameworkNode(id: string, pack: string, processId: string) {
  return {
    id: id as NodeId,
    kind: 'framework' as const,
    x: 0,
    y: 0,
    width: 10,
    height: 10,
    pack,
    processId: processId as FrameworkProcessId,
  };
}

function withUses(): WorkspaceDocument {
  let document = sampleDocument();
  const add = (diagramId: typeof D1, node: ReturnType<typeof frameworkNode>) => {
    document = applyCommand(document, { name: 'element.add', args: { diagramId, node } }).document;
  };
  add(D1, frameworkNode('n-1', 'gb921-v25.5', '1.3.3'));
  add(D1, frameworkNode('n-2', 'gb921-v25.5', '1.3.3'));
  add(D2, frameworkNode('n-3', 'classic-r14', '1.3.3'));
  add(D2, frameworkNode('n-4', 'gb921-v25.5', '1.3.4'));
  return {
    ...document,
    processes: {
      ...document.processes,
      processes: [{ id: 'p-1' as ProcessId, name: 'Take orders', parentId: null, order: 0 }],
    },
    mappings: {
      ...document.mappings,
      mappings: [
        {
          id: 'm-1' as MappingId,
          processId: 'p-1' as ProcessId,
          target: { ...TEST_FRAMEWORK, id: '1.3.3' as FrameworkProcessId },
          status: 'draft',
          alignment: 'partial',
        },
        {
          id: 'm-2' as MappingId,
          processId: 'p-gone' as ProcessId,
          target: { ...TEST_FRAMEWORK, id: '1.3.3' as FrameworkProcessId },
          status: 'draft',
          alignment: 'full',
        },
        {
          id: 'm-3' as MappingId,
          processId: 'p-1' as ProcessId,
          target: { ...TEST_FRAMEWORK, id: '1.3.5' as FrameworkProcessId },
          status: 'draft',
          alignment: 'full',
        },
      ],
    },
  };
}

describe('processUsage', () => {
  it('lists diagrams with framework nodes of that pack and id, counting them', () => {
    const usage = processUsage(withUses(), 'gb921-v25.5', '1.3.3');
    // The fixture's first diagram may hold such nodes already; two more were added.
    const before = sampleDocument().diagrams[0]!.nodes.filter(
      (n) => n.kind === 'framework' && n.pack === 'gb921-v25.5' && n.processId === '1.3.3',
    ).length;
    expect(usage.diagrams).toEqual([
      { id: D1, name: sampleDocument().diagrams[0]!.name, nodes: before + 2 },
    ]);
  });

  it('lists mappings to the id with the company process name, or its id when gone', () => {
    const usage = processUsage(withUses(), 'gb921-v25.5', '1.3.3');
    expect(usage.mappings).toEqual([
      { id: 'm-1', processId: 'p-1', processName: 'Take orders', alignment: 'partial' },
      { id: 'm-2', processId: 'p-gone', processName: 'p-gone', alignment: 'full' },
    ]);
  });

  it('counts mappings only for the workspace pack, since mappings name no pack', () => {
    const usage = processUsage(withUses(), 'classic-r14', '1.3.3');
    expect(usage.diagrams.map((d) => d.id)).toEqual([D2]);
    expect(usage.mappings).toEqual([]);
  });

  it('finds nothing for an unused process', () => {
    expect(processUsage(withUses(), 'gb921-v25.5', '1.9')).toEqual({ diagrams: [], mappings: [] });
  });
});
