import { create } from 'zustand';
import type { DiagramId } from '../../shared/model/ids';

/** The diagram export dialog: which diagram, and the ids selected on it when it was opened. */
export interface DiagramExportRequest {
  diagramId: DiagramId;
  selection: readonly string[];
}

export const useDiagramExport = create<{ request: DiagramExportRequest | null }>(() => ({
  request: null,
}));

/** Opens the export dialog for a diagram (null closes it). */
export function openDiagramExport(request: DiagramExportRequest | null): void {
  useDiagramExport.setState({ request });
}
