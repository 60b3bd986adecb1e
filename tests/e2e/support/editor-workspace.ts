import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocument, writeWorkspaceFiles } from '../../fixtures/workspace-builder';
import type { DiagramFile, DiagramNode } from '../../../shared/model/diagram-schema';
import type { DiagramId, EdgeId, NodeId } from '../../../shared/model/ids';

const box = (id: string, label: string, x: number, y: number): DiagramNode => ({
  id: id as NodeId,
  kind: 'box',
  x,
  y,
  width: 180,
  height: 72,
  label,
});

/**
 * Writes the "Acme Telco" workspace the editor specs start from and returns its folder:
 * "Order to Cash" (boxes Capture order -> Check credit, and a note) and "Billing" (one box).
 */
export async function writeEditorWorkspace(): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), 'etom-e2e-editor-')), 'acme');
  const document = buildDocument({ name: 'Acme Telco', diagrams: 2 });
  const [first, second] = document.diagrams as [DiagramFile, DiagramFile];
  Object.assign(first, {
    id: 'order-to-cash' as DiagramId,
    name: 'Order to Cash',
    nodes: [
      box('n-capture', 'Capture order', 100, 100),
      box('n-credit', 'Check credit', 420, 100),
      {
        id: 'n-note' as NodeId,
        kind: 'note',
        x: 100,
        y: 260,
        width: 200,
        height: 90,
        text: 'Limits come from finance',
      },
    ],
    edges: [{ id: 'e-1' as EdgeId, kind: 'flow', source: 'n-capture', target: 'n-credit' }],
    viewport: { x: 0, y: 0, zoom: 1 },
  });
  Object.assign(second, {
    id: 'billing' as DiagramId,
    name: 'Billing',
    nodes: [box('n-rate', 'Rate usage', 100, 100)],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  });
  await writeWorkspaceFiles(folder, document);
  return folder;
}
