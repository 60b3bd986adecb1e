import { addElement } from '../canvas/add-element';
import { askPrompt } from '../state/overlays';
import { deleteDiagram } from '../workspace/diagram-actions';
import { canEdit, canEditDiagram } from './context';
import type { ActionHandlers } from './handler';

/** The Diagram menu: the diagram list and what goes on a diagram. */
export const DIAGRAM_HANDLERS: ActionHandlers<
  | 'diagram.new'
  | 'diagram.rename'
  | 'diagram.duplicate'
  | 'diagram.delete'
  | 'diagram.addBox'
  | 'diagram.addNote'
> = {
  'diagram.new': {
    when: canEdit,
    run: () => askPrompt({ kind: 'new-diagram' }),
  },
  'diagram.rename': {
    when: canEditDiagram,
    run: (ctx) => {
      if (ctx.diagram) askPrompt({ kind: 'rename-diagram', diagramId: ctx.diagram.id });
    },
  },
  'diagram.duplicate': {
    when: canEditDiagram,
    run: (ctx) => {
      if (ctx.diagram) askPrompt({ kind: 'duplicate-diagram', diagramId: ctx.diagram.id });
    },
  },
  'diagram.delete': {
    when: canEditDiagram,
    run: (ctx) => (ctx.diagram ? deleteDiagram(ctx.diagram.id) : undefined),
  },
  'diagram.addBox': {
    when: canEditDiagram,
    run: (ctx) => void (ctx.diagram && addElement(ctx.diagram.id, 'box', ctx.at)),
  },
  'diagram.addNote': {
    when: canEditDiagram,
    run: (ctx) => void (ctx.diagram && addElement(ctx.diagram.id, 'note', ctx.at)),
  },
};
