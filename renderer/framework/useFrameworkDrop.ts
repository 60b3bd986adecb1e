import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramId } from '../../shared/model/ids';
import { carriesProcess, decodeProcessRef, PROCESS_MIME } from './drag-data';
import { addFrameworkNode } from './framework-node';
import { addCompanyProcessNode } from '../catalogue/add-process-node';
import { carriesCompanyProcess, droppedCompanyProcess } from '../catalogue/process-drag';
import { useStudio } from '../state/studio-store';

/**
 * Drop handlers for a diagram canvas: a framework process dragged from the tree, the search
 * results or the map becomes a framework node where it was dropped. Must be used inside the
 * canvas's ReactFlowProvider (it needs screenToFlowPosition).
 */
export function useFrameworkDrop(diagramId: DiagramId, readOnly: boolean) {
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback(
    (event: React.DragEvent) => {
      if (readOnly || !(carriesProcess(event) || carriesCompanyProcess(event))) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    [readOnly],
  );
  const onDrop = useCallback(
    (event: React.DragEvent) => {
      if (!readOnly && carriesCompanyProcess(event)) {
        // A company process from the catalogue becomes a process node where it was dropped.
        event.preventDefault();
        const processes = useStudio.getState().history?.document.processes.processes ?? [];
        const id = droppedCompanyProcess(event, (text) => processes.some((p) => p.id === text));
        const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        if (id) addCompanyProcessNode(diagramId, id, at);
        return;
      }
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
