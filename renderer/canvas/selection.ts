import type { Edge } from '@xyflow/react';
import type { Invocation } from '../../shared/commands/types';
import type { DiagramId, EdgeId, NodeId } from '../../shared/model/ids';
import type { ElementNode } from './to-flow';

/** True when the key went to a text field, where it belongs to the text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The commands that delete the selected nodes (with their edges) and selected edges. */
export function deleteSelection(
  diagramId: DiagramId,
  nodes: readonly ElementNode[],
  edges: readonly Edge[],
): Invocation[] {
  const nodeIds = nodes.filter((n) => n.selected).map((n) => n.id as NodeId);
  const gone = new Set<string>(nodeIds);
  // Edges attached to deleted nodes go with them; only the others need their own command.
  const edgeIds = edges
    .filter((e) => e.selected && !gone.has(e.source) && !gone.has(e.target))
    .map((e) => e.id as EdgeId);
  const out: Invocation[] = [];
  if (nodeIds.length > 0) out.push({ name: 'element.delete', args: { diagramId, ids: nodeIds } });
  if (edgeIds.length > 0) out.push({ name: 'edge.delete', args: { diagramId, ids: edgeIds } });
  return out;
}
