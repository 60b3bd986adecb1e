import { useEffect } from 'react';
import type { Edge } from '@xyflow/react';
import type { DiagramId, NodeId } from '../../shared/model/ids';
import { cancelEdit, runCommands } from '../state/edit-actions';
import { startEditing } from './node-actions';
import { deleteSelection, isTypingTarget } from './selection';
import type { ElementNode } from './to-flow';

/** Deletes the selected nodes (with their edges) and edges as one undo step. */
export function removeSelection(
  diagramId: DiagramId,
  nodes: readonly ElementNode[],
  edges: readonly Edge[],
): boolean {
  const commands = deleteSelection(diagramId, nodes, edges);
  if (commands.length === 0) return false;
  return runCommands(commands.length > 1 ? 'Delete selection' : 'Delete', commands);
}

/** Delete removes the selection, F2 renames the selected node, Escape cancels a gesture or drag. */
export function useCanvasKeys(
  diagramId: DiagramId,
  nodes: readonly ElementNode[],
  edges: readonly Edge[],
  onEscape: () => void,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        if (removeSelection(diagramId, nodes, edges)) event.preventDefault();
      } else if (event.key === 'F2') {
        const selected = nodes.filter((n) => n.selected);
        const only = selected[0];
        if (selected.length === 1 && only && (only.type === 'box' || only.type === 'note')) {
          event.preventDefault();
          startEditing(only.id as NodeId);
        }
      } else if (event.key === 'Escape') {
        onEscape();
        cancelEdit();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [diagramId, nodes, edges, onEscape]);
}
