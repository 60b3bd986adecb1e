import { join } from 'node:path';
import type { DiagramFile } from '../../../shared/model/diagram-schema';
import type { DiagramId, FrameworkProcessId, NodeId, ProcessId } from '../../../shared/model/ids';
import { SCHEMA_VERSIONS } from '../../../shared/model/schema-versions';
import { FORMAT } from '../../../shared/model/workspace-schema';
import { makeTempDir, writeWorkspaceFiles } from '../../fixtures/workspace-builder';
import { operatorDocument } from './mapping-workspace';

/** The diagram of the mapping-creation spec: two company processes, one eTOM process, a box. */
export const MAPPING_DIAGRAM = 'Order capture';

function diagram(): DiagramFile {
  const size = { width: 200, height: 70 };
  return {
    format: FORMAT.diagram,
    schemaVersion: SCHEMA_VERSIONS.diagram,
    id: 'order-capture' as DiagramId,
    name: MAPPING_DIAGRAM,
    nodes: [
      {
        id: 'n-take' as NodeId,
        kind: 'process',
        processId: 'p-take' as ProcessId,
        x: 40,
        y: 60,
        ...size,
      },
      {
        id: 'n-ticket' as NodeId,
        kind: 'process',
        processId: 'p-ticket' as ProcessId,
        x: 40,
        y: 260,
        ...size,
      },
      {
        id: 'n-order' as NodeId,
        kind: 'framework',
        pack: 'gb921-v25.5',
        processId: '1.3.3' as FrameworkProcessId,
        x: 460,
        y: 60,
        ...size,
      },
      { id: 'n-box' as NodeId, kind: 'box', label: 'Check stock', x: 460, y: 260, ...size },
    ],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  };
}

/** The operator workspace (no mappings) with that diagram, in a new temporary folder. */
export async function writeMappingDiagramWorkspace(): Promise<string> {
  const folder = join((await makeTempDir('etom-e2e-mapping-creation-')).dir, 'operator');
  const document = operatorDocument(0);
  await writeWorkspaceFiles(folder, { ...document, diagrams: [diagram()] });
  return folder;
}
