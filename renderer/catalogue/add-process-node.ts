import { NODE_SIZE } from '../../shared/commands/factories';
import type { DiagramId, NodeId, ProcessId } from '../../shared/model/ids';
import { newId } from '../../shared/model/ids';
import { runCommand } from '../state/edit-actions';

/**
 * Adds a node showing company process `processId` centred at `at` on a diagram: one process,
 * any number of nodes; its label always comes from processes.json.
 */
export function addCompanyProcessNode(
  diagramId: DiagramId,
  processId: ProcessId,
  at: { x: number; y: number },
): boolean {
  const { width, height } = NODE_SIZE.box;
  return runCommand(
    {
      name: 'element.add',
      args: {
        diagramId,
        node: {
          id: newId<NodeId>('n'),
          kind: 'process',
          processId,
          x: Math.round(at.x - width / 2),
          y: Math.round(at.y - height / 2),
          width,
          height,
        },
      },
    },
    'Add company process',
  );
}
