import type { Connection, Edge } from '@xyflow/react';
import type { DiagramId, EdgeId, NodeId } from '../../../shared/model/ids';
import { runCommand } from '../../state/edit-actions';
import { isHandleSide } from '../nodes/node-handles';

/**
 * Moves an edge's end (either one) to where the user dropped it: one `edge.reconnect`, one
 * undo step. Dropped back where it was, nothing happens.
 */
export function reconnectEdge(diagramId: DiagramId, edge: Edge, connection: Connection): void {
  if (!connection.source || !connection.target) return;
  const ends = {
    source: connection.source as NodeId,
    target: connection.target as NodeId,
    sourceHandle: isHandleSide(connection.sourceHandle) ? connection.sourceHandle : null,
    targetHandle: isHandleSide(connection.targetHandle) ? connection.targetHandle : null,
  };
  const unchanged =
    ends.source === edge.source &&
    ends.target === edge.target &&
    ends.sourceHandle === (edge.sourceHandle ?? null) &&
    ends.targetHandle === (edge.targetHandle ?? null);
  if (unchanged) return;
  runCommand({ name: 'edge.reconnect', args: { diagramId, id: edge.id as EdgeId, ends } });
}
