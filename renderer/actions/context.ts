import type { HostKind } from '../../shared/actions/menus';
import type { Platform } from '../../shared/actions/shortcut';
import { WORKSPACE_STACK, type History, type StackKey } from '../../shared/commands/history';
import type { DiagramFile } from '../../shared/model/diagram-schema';
import type { DiagramId } from '../../shared/model/ids';
import { selectionIn } from '../state/select-actions';
import type { Selection } from '../state/selection';
import type { StudioState } from '../state/studio-store';
import { diagramOf, type Tab } from '../state/tabs';

/**
 * Everything an action's `when` and `run` may look at, as plain data: predicates are pure
 * functions of it, and tests build it by hand.
 */
export interface ActionContext {
  platform: Platform;
  host: HostKind;
  /** A modal dialog is open: it answers first, and actions wait. */
  modal: boolean;
  /** Nodes are being dragged on the canvas. */
  dragging: boolean;
  workspaceOpen: boolean;
  /** Why the workspace must not be changed, or null. */
  readOnly: string | null;
  saving: boolean;
  history: History | null;
  activeTab: Tab | null;
  /** The diagram of the active tab, if it is one. */
  diagram: DiagramFile | null;
  /** What is selected on that diagram. */
  selection: Selection;
  /** The undo stacks the active tab acts on: its diagram's and the workspace's. */
  undoStacks: StackKey[];
  /** The point of the diagram a context menu was opened at, when run from one. */
  at: { x: number; y: number } | null;
}

/** What the state cannot say: where the app runs and what the page shows right now. */
export interface ContextEnvironment {
  platform: Platform;
  host: HostKind;
  modal: boolean;
  dragging: boolean;
  at?: { x: number; y: number } | null;
}

/** The undo stacks a tab acts on: its diagram's and the workspace's, or the workspace's. */
export function undoStacksOf(diagramId: DiagramId | null): StackKey[] {
  return diagramId ? [diagramId, WORKSPACE_STACK] : [WORKSPACE_STACK];
}

/** The action context of a studio state in an environment. */
export function contextOf(state: StudioState, env: ContextEnvironment): ActionContext {
  const diagramId: DiagramId | null = diagramOf(state.activeTab);
  const diagram =
    (diagramId && state.history?.document.diagrams.find((d) => d.id === diagramId)) || null;
  return {
    platform: env.platform,
    host: env.host,
    modal: env.modal,
    dragging: env.dragging,
    workspaceOpen: state.workspace !== null && state.history !== null,
    readOnly: state.workspace?.readOnly ?? null,
    saving: state.saveStatus.kind === 'saving',
    history: state.history,
    activeTab: state.activeTab,
    diagram,
    selection: selectionIn(state, diagram?.id ?? null),
    undoStacks: undoStacksOf(diagram?.id ?? null),
    at: env.at ?? null,
  };
}

/** True when the open workspace may be changed now. */
export function canEdit(ctx: ActionContext): boolean {
  return ctx.workspaceOpen && ctx.readOnly === null && !ctx.modal;
}

/** True when the active tab is a diagram that may be changed now. */
export function canEditDiagram(
  ctx: ActionContext,
): ctx is ActionContext & { diagram: DiagramFile } {
  return canEdit(ctx) && ctx.diagram !== null;
}
