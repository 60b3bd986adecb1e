import { runCommands } from '../state/edit-actions';
import { connectionsFor } from './connect-selection';
import { canEditDiagram } from './context';
import type { ActionHandlers } from './handler';

/** Drawing connections without the mouse: the selected nodes joined in selection order. */
export const CONNECT_HANDLERS: ActionHandlers<'edit.connectSelected'> = {
  'edit.connectSelected': {
    when: (ctx) =>
      canEditDiagram(ctx) &&
      !ctx.dragging &&
      connectionsFor(ctx.diagram, ctx.selection.nodes).length > 0,
    run: (ctx) => {
      if (!ctx.diagram) return;
      const diagramId = ctx.diagram.id;
      // All the new connections in one undo step.
      runCommands(
        'Connect selected',
        connectionsFor(ctx.diagram, ctx.selection.nodes).map((edge) => ({
          name: 'edge.add' as const,
          args: { diagramId, edge },
        })),
      );
    },
  },
};
