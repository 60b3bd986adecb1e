import { useState, type DragEvent } from 'react';
import type { FrameworkProcessId } from '../../shared/model/ids';
import { carriesCompanyProcess, droppedCompanyProcess } from '../catalogue/process-drag';
import { isEditingBlocked } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { mapByDrop } from './gesture-mapping';
import './mapping-drop.css';

/**
 * Makes a framework process on screen (a library row, a map cell) a drop target for company
 * processes dragged from the catalogue: dropping one maps it to this process. `over` is true
 * while one is held above it, for the highlight (class `mapping-drop-over`).
 */
export function useMappingDrop(pack: string, id: string) {
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => carriesCompanyProcess(event) && !isEditingBlocked();
  return {
    over,
    dropProps: {
      onDragOver(event: DragEvent) {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        if (!over) setOver(true);
      },
      onDragLeave() {
        setOver(false);
      },
      onDrop(event: DragEvent) {
        setOver(false);
        if (!accepts(event)) return;
        event.preventDefault();
        event.stopPropagation();
        const processes = useStudio.getState().history?.document.processes.processes ?? [];
        const processId = droppedCompanyProcess(event, (text) =>
          processes.some((p) => p.id === text),
        );
        if (processId) mapByDrop(processId, { pack, id: id as FrameworkProcessId });
      },
    },
  };
}
