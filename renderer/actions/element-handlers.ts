import { addElement } from '../canvas/add-element';
import { canFitToText, fitToTextCommands } from '../canvas/nodes/fit-to-text';
import { runCommands } from '../state/edit-actions';
import { canEditDiagram } from './context';
import type { ActionHandlers } from './handler';

/** The Insert menu (free text, groups, lanes) and sizing a node to its text. */
export const ELEMENT_HANDLERS: ActionHandlers<
  'diagram.addText' | 'diagram.addGroup' | 'diagram.addLane' | 'edit.fitToText'
> = {
  'diagram.addText': {
    when: canEditDiagram,
    run: (ctx) => void (ctx.diagram && addElement(ctx.diagram.id, 'text', ctx.at)),
  },
  'diagram.addGroup': {
    when: canEditDiagram,
    run: (ctx) => void (ctx.diagram && addElement(ctx.diagram.id, 'group', ctx.at)),
  },
  'diagram.addLane': {
    when: canEditDiagram,
    run: (ctx) => void (ctx.diagram && addElement(ctx.diagram.id, 'lane', ctx.at)),
  },
  'edit.fitToText': {
    when: (ctx) =>
      canEditDiagram(ctx) &&
      ctx.diagram !== null &&
      !ctx.dragging &&
      canFitToText(ctx.diagram, ctx.selection.nodes),
    run: (ctx) => {
      if (!ctx.diagram) return;
      // All the selected nodes in one undo step.
      runCommands('Fit to text', fitToTextCommands(ctx.diagram, ctx.selection.nodes));
    },
  },
};
