import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramId } from '../../shared/model/ids';
import { carriesProcess, decodeProcessRef, PROCESS_MIME } from './drag-data';
import { addFrameworkNode } from './framework-node';

/**
 * Drop handlers for a diagram canvas: a framework process dragged from the tree, the search
 * results or the map becomes a framework node where it was dropped. Must be used inside the
 * canvas's ReactFlowProvider (it needs screenToFlowPosition).
 */
export function useFrameworkDrop(diagramId: DiagramId, readOnly: boolean) {
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback(
    (event: React.DragEvent) => {
      if (readOnly || !carriesProcess(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    [readOnly],
  );
  const onDrop = useCallback(
    (event: React.DragEvent) => {
      if (readOnly || !carriesProcess(event)) return;
      event.preventDefault();
      const ref = decodeProcessRef(event.dataTransfer.getData(PROCESS_MIME));
      if (!ref) return;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addFrameworkNode(diagramId, ref, at);
    },
    [diagramId, readOnly, screenToFlowPosition],
  );
  return { onDragOver, onDrop };
}
