import { useCallback } from 'react';
import type { DiagramId, NodeId } from '../../shared/model/ids';
import { selectionIn, setSelection } from '../state/select-actions';
import { selectionOf } from '../state/selection';
import { useStudio } from '../state/studio-store';

interface Click {
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The canvas's node click: a click (not a drag, and without Shift, Ctrl or Cmd) on one of
 * several selected elements selects that node alone, as other modellers do. React Flow keeps
 * the whole selection then, since a press on a selected node may start a drag of all of them;
 * a drag still moves them all (it ends in no click).
 */
export function usePickAlone(diagramId: DiagramId) {
  return useCallback(
    (event: Click, node: { id: string }) => {
      if (event.shiftKey || event.ctrlKey || event.metaKey) return;
      const id = node.id as NodeId;
      const { nodes, edges } = selectionIn(useStudio.getState(), diagramId);
      if (nodes.has(id) && nodes.size + edges.size > 1) setSelection(diagramId, selectionOf([id]));
    },
    [diagramId],
  );
}
