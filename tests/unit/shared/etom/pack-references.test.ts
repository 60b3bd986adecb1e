import { describe, expect, it } from 'vitest';
import { findChangedReferences, referencedPacks } from '../../../../shared/etom/pack-references';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { workspaceDocumentSchema } from '../../../../shared/model/document';
import { emptyScopeFile } from '../../../../shared/model/empty-files';
import { mappingTo } from '../../../fixtures/model-builders';

const document = workspaceDocumentSchema.parse({
  workspace: {
    format: 'etom-studio.workspace',
    schemaVersion: 2,
    name: 'Test',
    framework: { pack: 'gb921-v25.5', release: '25.5' },
  },
  processes: { format: 'etom-studio.processes', schemaVersion: 2, processes: [] },
  mappings: {
    format: 'etom-studio.mappings',
    schemaVersion: 2,
    mappings: [
      mappingTo('m-1', 'p-1', '1.3.3', 'full'),
      mappingTo('m-2', 'p-1', '1.12.9', 'partial'),
    ],
  },
  scope: emptyScopeFile(),
  diagrams: [
    {
      format: 'etom-studio.diagram',
      schemaVersion: 3,
      id: 'overview',
      name: 'Overview',
      nodes: [
        {
          id: 'n-1',
          kind: 'framework',
          pack: 'gb921-v25.5',
          processId: '1.12.9',
          x: 0,
          y: 0,
          width: 10,
          height: 10,
        },
        { id: 'n-2', kind: 'box', label: 'x', x: 0, y: 0, width: 10, height: 10 },
        {
          id: 'n-3',
          kind: 'framework',
          pack: 'gb921-v25.5',
          processId: '1.1',
          x: 0,
          y: 0,
          width: 10,
          height: 10,
        },
      ],
      edges: [],
      viewport: { x: 0, y: 0, zoom: 1 },
    },
  ],
});

const lookup = (pack: string) => getBuiltInCatalogue(pack);

describe('findChangedReferences', () => {
  it('lists what the target pack lacks and what it names otherwise, with both names', () => {
    const changed = findChangedReferences(document, getBuiltInCatalogue('classic-r14')!, lookup);
    expect(changed).toEqual([
      {
        kind: 'diagram-node',
        reason: 'missing',
        pack: 'gb921-v25.5',
        processId: '1.12.9',
        name: getBuiltInCatalogue('gb921-v25.5')!.byId('1.12.9')!.name,
        targetName: undefined,
        diagramId: 'overview',
        nodeId: 'n-1',
        file: 'diagrams/overview.json',
        jsonPath: 'nodes[0].processId',
      },
      {
        // Classic 1.1 exists, but it is Operations, not GB921's Market Domain.
        kind: 'diagram-node',
        reason: 'renamed',
        pack: 'gb921-v25.5',
        processId: '1.1',
        name: 'Market Domain',
        targetName: 'Operations',
        diagramId: 'overview',
        nodeId: 'n-3',
        file: 'diagrams/overview.json',
        jsonPath: 'nodes[2].processId',
      },
      {
        kind: 'mapping',
        reason: 'renamed',
        pack: 'gb921-v25.5',
        processId: '1.3.3',
        name: 'Customer Order Processing Management',
        targetName: 'Enterprise Effectiveness Management',
        mappingId: 'm-1',
        file: 'mappings.json',
        jsonPath: 'mappings[0].target.id',
      },
      {
        kind: 'mapping',
        reason: 'missing',
        pack: 'gb921-v25.5',
        processId: '1.12.9',
        name: getBuiltInCatalogue('gb921-v25.5')!.byId('1.12.9')!.name,
        targetName: undefined,
        mappingId: 'm-2',
        file: 'mappings.json',
        jsonPath: 'mappings[1].target.id',
      },
    ]);
  });

  it('finds nothing changed in the pack the workspace was built on', () => {
    expect(findChangedReferences(document, getBuiltInCatalogue('gb921-v25.5')!, lookup)).toEqual(
      [],
    );
  });

  it('compares by pack and id: a reference to the target pack itself never changes', () => {
    const classicNode = { ...document.diagrams[0]!.nodes[2]!, pack: 'classic-r14' };
    const onClassic = {
      ...document,
      mappings: { ...document.mappings, mappings: [] },
      diagrams: [{ ...document.diagrams[0]!, nodes: [classicNode] }],
    };
    expect(findChangedReferences(onClassic, getBuiltInCatalogue('classic-r14')!, lookup)).toEqual(
      [],
    );
    // The same node read against GB921: classic 1.1 Operations is not GB921 1.1.
    expect(
      findChangedReferences(onClassic, getBuiltInCatalogue('gb921-v25.5')!, lookup),
    ).toMatchObject([{ reason: 'renamed', name: 'Operations', targetName: 'Market Domain' }]);
  });

  it('falls back to the id alone when the reference’s own pack is not available', () => {
    const unknown = {
      ...document,
      mappings: { ...document.mappings, mappings: [] },
      diagrams: [
        {
          ...document.diagrams[0]!,
          nodes: [{ ...document.diagrams[0]!.nodes[2]!, pack: 'user-gone' }],
        },
      ],
    };
    expect(findChangedReferences(unknown, getBuiltInCatalogue('classic-r14')!, lookup)).toEqual([]);
    expect(referencedPacks(unknown)).toEqual(['user-gone']);
  });
});
