import { describe, expect, it } from 'vitest';
import { findMissingReferences } from '../../../../shared/etom/pack-references';
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

describe('findMissingReferences', () => {
  it('lists the nodes and mappings the target pack lacks, with file and place', () => {
    const missing = findMissingReferences(document, getBuiltInCatalogue('classic-r14')!);
    expect(missing).toEqual([
      {
        kind: 'diagram-node',
        processId: '1.12.9',
        diagramId: 'overview',
        nodeId: 'n-1',
        file: 'diagrams/overview.json',
        jsonPath: 'nodes[0].processId',
      },
      {
        kind: 'mapping',
        processId: '1.12.9',
        mappingId: 'm-2',
        file: 'mappings.json',
        jsonPath: 'mappings[1].target.id',
      },
    ]);
  });

  it('finds nothing missing in the pack the workspace was built on', () => {
    expect(findMissingReferences(document, getBuiltInCatalogue('gb921-v25.5')!)).toEqual([]);
  });
});
