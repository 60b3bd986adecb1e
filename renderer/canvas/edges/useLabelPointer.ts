import { useCallback } from 'react';
import type { Edge } from '@xyflow/react';
import type { DiagramId, EdgeId } from '../../../shared/model/ids';
import { askPrompt } from '../../state/overlays';
import { changeSelection, selectionIn, setSelection } from '../../state/select-actions';
import { selectionOf } from '../../state/selection';
import { useStudio } from '../../state/studio-store';

/** The connection whose label `target` is in, or null. */
function labelledEdge(target: EventTarget): EdgeId | null {
  if (!(target instanceof Element)) return null;
  const label = target.closest<HTMLElement>('.edge-label[data-edge-id]');
  return (label?.dataset.edgeId as EdgeId | undefined) ?? null;
}

/**
 * A connection's label acts for its connection: a click selects it (Shift, Ctrl or Cmd adds it
 * to the selection or takes it away), a double-click edits its label, a right-click opens its
 * menu. Labels lie above the connections: passed through, a double-click on a label lying over
 * another connection labelled that one. Handlers for the canvas's element, where the labels'
 * events arrive; each returns true when it handled the event.
 */
export function useLabelPointer(
  diagramId: DiagramId,
  readOnly: boolean,
  onEdgeContextMenu: (event: React.MouseEvent, edge: Edge) => void,
) {
  const onClick = useCallback(
    (event: React.MouseEvent): boolean => {
      const edgeId = labelledEdge(event.target);
      if (edgeId === null) return false;
      if (event.shiftKey || event.ctrlKey || event.metaKey) {
        const selected = selectionIn(useStudio.getState(), diagramId).edges.has(edgeId);
        changeSelection(diagramId, [], [{ id: edgeId, selected: !selected }]);
      } else setSelection(diagramId, selectionOf([], [edgeId]));
      return true;
    },
    [diagramId],
  );
  const onDoubleClick = useCallback(
    (event: React.MouseEvent): boolean => {
      const edgeId = labelledEdge(event.target);
      if (edgeId === null) return false;
      if (!readOnly) askPrompt({ kind: 'label-edge', diagramId, edgeId });
      return true;
    },
    [diagramId, readOnly],
  );
  const onContextMenu = useCallback(
    (event: React.MouseEvent): boolean => {
      const edgeId = labelledEdge(event.target);
      if (edgeId === null) return false;
      onEdgeContextMenu(event, { id: edgeId, source: '', target: '' });
      return true;
    },
    [onEdgeContextMenu],
  );
  return { onClick, onDoubleClick, onContextMenu };
}
