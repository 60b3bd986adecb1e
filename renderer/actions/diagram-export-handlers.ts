import { openDiagramExport } from '../diagram-export/diagram-export-store';
import type { ActionHandlers } from './handler';

/** "Export diagram…": the diagram of the active tab, as SVG, PNG or a JSON bundle. */
export const DIAGRAM_EXPORT_HANDLERS: ActionHandlers<'diagram.export'> = {
  'diagram.export': {
    when: (ctx) => ctx.diagram !== null && !ctx.modal,
    run: (ctx) => {
      if (!ctx.diagram) return;
      openDiagramExport({
        diagramId: ctx.diagram.id,
        selection: [...ctx.selection.nodes],
      });
    },
  },
};
