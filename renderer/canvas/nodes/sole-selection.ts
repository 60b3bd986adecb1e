import { createContext, useContext } from 'react';
import type { NodeId } from '../../../shared/model/ids';

/**
 * The node selected on its own, or null when none is or several are. Resizing is for one node
 * at a time: its grips (eight positioned elements and their drag listeners per node) are drawn
 * only on a node selected alone, not on each of a hundred dragged together.
 */
export const SoleSelection = createContext<NodeId | null>(null);

/** The id of the one selected node of `nodes`, or null. */
export function soleSelected(nodes: ReadonlySet<NodeId>): NodeId | null {
  if (nodes.size !== 1) return null;
  const [only] = nodes;
  return only ?? null;
}

/** True when `nodeId` is the only node selected on its canvas. */
export function useSelectedAlone(nodeId: NodeId): boolean {
  return useContext(SoleSelection) === nodeId;
}
