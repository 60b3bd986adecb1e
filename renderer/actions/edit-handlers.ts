import { canRedo, canUndo } from '../../shared/commands/history';
import { cancelDrag } from '../canvas/drag-session';
import { renameNode } from '../canvas/node-actions';
import { deleteWithMappings } from '../canvas/edges/delete-with-mappings';
import { redoEdit, runCommand, undoEdit } from '../state/edit-actions';
import { askPrompt } from '../state/overlays';
import { setSelection } from '../state/select-actions';
import { EMPTY_SELECTION, isEmptySelection, selectAllOf } from '../state/selection';
import { canEdit, canEditDiagram, type ActionContext } from './context';
import type { ActionHandler, ActionHandlers } from './handler';
import {
  deleteCommands,
  nudgeMoves,
  renamableNode,
  singleEdge,
  soleNode,
} from './selection-commands';

/** Moves the selected nodes by (dx, dy), one undo step a press. */
function nudge(dx: number, dy: number): ActionHandler {
  return {
    when: (ctx) => canEditDiagram(ctx) && ctx.selection.nodes.size > 0 && !ctx.dragging,
    run: (ctx) => {
      if (!ctx.diagram) return;
      const moves = nudgeMoves(ctx.diagram, ctx.selection, dx, dy);
      if (moves.length === 0) return;
      runCommand({ name: 'element.move', args: { diagramId: ctx.diagram.id, moves } });
    },
  };
}

const hasSelection = (ctx: ActionContext) => !isEmptySelection(ctx.selection);
const processesOf = (ctx: ActionContext) => ctx.history?.document.processes.processes ?? [];

/** The Edit menu: undo, the selection and what acts on it. */
export const EDIT_HANDLERS: ActionHandlers<
  | 'edit.undo'
  | 'edit.redo'
  | 'edit.rename'
  | 'edge.label'
  | 'edit.delete'
  | 'edit.selectAll'
  | 'canvas.cancelDrag'
  | 'edit.clearSelection'
  | 'edit.nudgeLeft'
  | 'edit.nudgeRight'
  | 'edit.nudgeUp'
  | 'edit.nudgeDown'
  | 'edit.nudgeLeftFar'
  | 'edit.nudgeRightFar'
  | 'edit.nudgeUpFar'
  | 'edit.nudgeDownFar'
> = {
  'edit.undo': {
    when: (ctx) => canEdit(ctx) && ctx.history !== null && canUndo(ctx.history, ctx.undoStacks),
    run: (ctx) => undoEdit(ctx.undoStacks),
  },
  'edit.redo': {
    when: (ctx) => canEdit(ctx) && ctx.history !== null && canRedo(ctx.history, ctx.undoStacks),
    run: (ctx) => redoEdit(ctx.undoStacks),
  },
  // A box, note, text, group or company process is renamed in place; on an eTOM process, whose
  // name is its pack's, or a company process no longer in the workspace, Rename says why not.
  'edit.rename': {
    when: (ctx) => {
      if (!canEditDiagram(ctx) || !ctx.diagram) return false;
      const node = soleNode(ctx.diagram, ctx.selection);
      // An eTOM process, or a company process gone from the workspace, gets a notice.
      return (
        node !== null &&
        (node.kind === 'framework' ||
          node.kind === 'process' ||
          renamableNode(ctx.diagram, ctx.selection, processesOf(ctx)) !== null)
      );
    },
    run: (ctx) => {
      const node = ctx.diagram && soleNode(ctx.diagram, ctx.selection);
      if (node) renameNode(node);
    },
  },
  'edge.label': {
    when: (ctx) => canEditDiagram(ctx) && singleEdge(ctx.diagram, ctx.selection) !== null,
    run: (ctx) => {
      const edgeId = ctx.diagram && singleEdge(ctx.diagram, ctx.selection);
      if (ctx.diagram && edgeId)
        askPrompt({ kind: 'label-edge', diagramId: ctx.diagram.id, edgeId });
    },
  },
  'edit.delete': {
    when: (ctx) => canEditDiagram(ctx) && hasSelection(ctx) && !ctx.dragging,
    run: (ctx) => {
      if (!ctx.diagram) return;
      const commands = deleteCommands(ctx.diagram, ctx.selection);
      const label = commands.length > 1 ? 'Delete selection' : 'Delete';
      void deleteWithMappings(label, ctx.diagram.id, commands);
    },
  },
  'edit.selectAll': {
    when: (ctx) =>
      ctx.diagram !== null && !ctx.modal && ctx.diagram.nodes.length + ctx.diagram.edges.length > 0,
    run: (ctx) => {
      if (ctx.diagram) setSelection(ctx.diagram.id, selectAllOf(ctx.diagram));
    },
  },
  'canvas.cancelDrag': {
    when: (ctx) => ctx.dragging,
    run: () => void cancelDrag(),
  },
  'edit.clearSelection': {
    when: (ctx) => ctx.diagram !== null && !ctx.modal && !ctx.dragging && hasSelection(ctx),
    run: (ctx) => {
      if (ctx.diagram) setSelection(ctx.diagram.id, EMPTY_SELECTION);
    },
  },
  'edit.nudgeLeft': nudge(-1, 0),
  'edit.nudgeRight': nudge(1, 0),
  'edit.nudgeUp': nudge(0, -1),
  'edit.nudgeDown': nudge(0, 1),
  'edit.nudgeLeftFar': nudge(-10, 0),
  'edit.nudgeRightFar': nudge(10, 0),
  'edit.nudgeUpFar': nudge(0, -10),
  'edit.nudgeDownFar': nudge(0, 10),
};
