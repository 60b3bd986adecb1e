import type { WorkspaceDocument } from '../../../../shared/model/document';
import { workspaceDocumentSchema } from '../../../../shared/model/document';
import { SCHEMA_VERSIONS } from '../../../../shared/model/schema-versions';
import { FORMAT } from '../../../../shared/model/workspace-schema';
import { emptyScopeFile } from '../../../../shared/model/empty-files';
import type { DiagramId, EdgeId, NodeId } from '../../../../shared/model/ids';

export const D1 = 'order-to-cash' as DiagramId;
export const D2 = 'billing' as DiagramId;
export const A = 'n-a' as NodeId;
export const B = 'n-b' as NodeId;
export const C = 'n-c' as NodeId;
export const AB = 'e-ab' as EdgeId;
export const BC = 'e-bc' as EdgeId;
export const CA = 'e-ca' as EdgeId;

/** A small valid document: two diagrams, the first with three nodes and three edges. */
export function sampleDocument(): WorkspaceDocument {
  return workspaceDocumentSchema.parse({
    workspace: {
      format: FORMAT.workspace,
      schemaVersion: SCHEMA_VERSIONS.workspace,
      name: 'Sample',
      framework: { pack: 'gb921-v25.5', release: '25.5' },
    },
    processes: {
      format: FORMAT.processes,
      schemaVersion: SCHEMA_VERSIONS.processes,
      processes: [
        { id: 'p-sales', name: 'Sales', parentId: null, order: 0 },
        { id: 'p-orders', name: 'Orders', parentId: 'p-sales', order: 0 },
        { id: 'p-bill', name: 'Billing', parentId: null, order: 1 },
      ],
    },
    mappings: { format: FORMAT.mappings, schemaVersion: SCHEMA_VERSIONS.mappings, mappings: [] },
    scope: emptyScopeFile(),
    diagrams: [
      {
        format: FORMAT.diagram,
        schemaVersion: SCHEMA_VERSIONS.diagram,
        id: D1,
        name: 'Order to cash',
        nodes: [
          { id: A, kind: 'box', x: 0, y: 0, width: 100, height: 50, label: 'Take order' },
          { id: B, kind: 'note', x: 200, y: 0, width: 100, height: 50, text: 'Check credit' },
          {
            id: C,
            kind: 'framework',
            x: 400,
            y: 0,
            width: 100,
            height: 50,
            pack: 'gb921-v25.5',
            processId: '1.3.3',
          },
        ],
        edges: [
          { id: AB, kind: 'flow', source: A, target: B, label: 'then' },
          { id: BC, kind: 'flow', source: B, target: C },
          { id: CA, kind: 'association', source: C, target: A },
        ],
        viewport: { x: 0, y: 0, zoom: 1 },
      },
      {
        format: FORMAT.diagram,
        schemaVersion: SCHEMA_VERSIONS.diagram,
        id: D2,
        name: 'Billing',
        nodes: [],
        edges: [],
        viewport: { x: 10, y: 20, zoom: 1.5 },
      },
    ],
  });
}

/** Freezes a value deeply, so a test fails if a command mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
