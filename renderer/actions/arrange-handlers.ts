import type { Invocation, NodeMove } from '../../shared/commands/types';
import type { DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId } from '../../shared/model/ids';
import { alignMoves, distributeMoves, type AlignEdge } from '../canvas/layout/align';
import { elkGraphOf, movesFromLayout, type LayoutDirection } from '../canvas/layout/elk-graph';
import { etomMapMoves } from '../canvas/layout/etom-map-arrange';
import { layoutReconnects } from '../canvas/layout/layout-sides';
import { layoutInWorker } from '../canvas/layout/run-layout';
import { zOrders, type ZMove } from '../canvas/layout/z-order';
import { runCommands } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { canEditDiagram, type ActionContext } from './context';
import type { ActionHandler, ActionHandlers } from './handler';

/** The selected nodes of the diagram on screen, in the diagram's order. */
function selectedNodes(ctx: ActionContext): DiagramNode[] {
  return ctx.diagram ? ctx.diagram.nodes.filter((n) => ctx.selection.nodes.has(n.id)) : [];
}

/** The selected nodes that may move: locked ones stay where they are. */
function movable(ctx: ActionContext): DiagramNode[] {
  return selectedNodes(ctx).filter((n) => !n.locked);
}

/** Moves nodes as one undo step; nothing is recorded when nothing moves. */
function move(diagramId: DiagramId, label: string, moves: NodeMove[]): void {
  if (moves.length > 0) runCommands(label, [{ name: 'element.move', args: { diagramId, moves } }]);
}

function align(edge: AlignEdge, label: string): ActionHandler {
  return {
    when: (ctx) => canEditDiagram(ctx) && !ctx.dragging && movable(ctx).length >= 2,
    run: (ctx) => void (ctx.diagram && move(ctx.diagram.id, label, alignMoves(movable(ctx), edge))),
  };
}

function distribute(axis: 'horizontal' | 'vertical', label: string): ActionHandler {
  return {
    when: (ctx) => canEditDiagram(ctx) && !ctx.dragging && movable(ctx).length >= 3,
    run: (ctx) =>
      void (ctx.diagram && move(ctx.diagram.id, label, distributeMoves(movable(ctx), axis))),
  };
}

function reorder(z: ZMove, label: string): ActionHandler {
  const orders = (ctx: ActionContext) =>
    ctx.diagram ? zOrders(ctx.diagram.nodes, ctx.selection.nodes, z) : [];
  return {
    when: (ctx) => canEditDiagram(ctx) && ctx.selection.nodes.size > 0 && orders(ctx).length > 0,
    run: (ctx) => {
      if (!ctx.diagram) return;
      const diagramId = ctx.diagram.id;
      runCommands(label, [{ name: 'element.reorder', args: { diagramId, orders: orders(ctx) } }]);
    },
  };
}

function lock(locked: boolean): ActionHandler {
  const changing = (ctx: ActionContext) =>
    selectedNodes(ctx).filter((n) => (n.locked === true) !== locked);
  return {
    when: (ctx) => canEditDiagram(ctx) && changing(ctx).length > 0,
    run: (ctx) => {
      if (!ctx.diagram) return;
      const ids = changing(ctx).map((n) => n.id);
      runCommands(locked ? 'Lock' : 'Unlock', [
        { name: 'element.lock', args: { diagramId: ctx.diagram.id, ids, locked } },
      ]);
    },
  };
}

/**
 * What a layout arranges: the selection when it holds two nodes or more, else the whole
 * diagram; never locked nodes, nor groups and lanes (they hold their members where they are).
 */
function layoutScope(ctx: ActionContext): DiagramNode[] {
  const all = ctx.diagram?.nodes ?? [];
  const picked = movable(ctx);
  const scope = picked.length >= 2 ? picked : all.filter((n) => !n.locked);
  return scope.filter((n) => n.kind !== 'group');
}

/**
 * Lays the scope out in a worker. The answer is applied to the diagram as it is when the
 * answer comes, as one undo step; nodes deleted meanwhile are skipped.
 */
async function autoLayout(diagram: DiagramFile, nodes: DiagramNode[], direction: LayoutDirection) {
  const laidOut = await layoutInWorker(elkGraphOf(nodes, diagram.edges, direction));
  const now = useStudio.getState().history?.document.diagrams.find((d) => d.id === diagram.id);
  if (!now) return;
  const present = new Set<string>(now.nodes.map((n) => n.id));
  const moves = movesFromLayout(nodes, laidOut).filter((m) => present.has(m.id));
  const scoped = nodes.filter((n) => present.has(n.id));
  const sides = layoutReconnects(diagram.id, scoped, now.edges, moves, direction);
  const changes: Invocation[] = [
    ...(moves.length > 0
      ? [{ name: 'element.move' as const, args: { diagramId: diagram.id, moves } }]
      : []),
    ...sides,
  ];
  if (changes.length > 0) runCommands('Auto-layout', changes);
}

function layout(direction: LayoutDirection): ActionHandler {
  return {
    when: (ctx) => canEditDiagram(ctx) && !ctx.dragging && layoutScope(ctx).length >= 2,
    run: (ctx) => (ctx.diagram ? autoLayout(ctx.diagram, layoutScope(ctx), direction) : undefined),
  };
}

/** The Arrange actions: align, distribute, drawing order, lock, layout. */
export const ARRANGE_HANDLERS: ActionHandlers<
  | 'arrange.alignLeft'
  | 'arrange.alignCentre'
  | 'arrange.alignRight'
  | 'arrange.alignTop'
  | 'arrange.alignMiddle'
  | 'arrange.alignBottom'
  | 'arrange.distributeHorizontal'
  | 'arrange.distributeVertical'
  | 'arrange.bringForward'
  | 'arrange.sendBackward'
  | 'arrange.bringToFront'
  | 'arrange.sendToBack'
  | 'arrange.lock'
  | 'arrange.unlock'
  | 'arrange.layoutRight'
  | 'arrange.layoutDown'
  | 'arrange.etomMap'
> = {
  'arrange.alignLeft': align('left', 'Align left'),
  'arrange.alignCentre': align('centre', 'Align centres'),
  'arrange.alignRight': align('right', 'Align right'),
  'arrange.alignTop': align('top', 'Align top'),
  'arrange.alignMiddle': align('middle', 'Align middles'),
  'arrange.alignBottom': align('bottom', 'Align bottom'),
  'arrange.distributeHorizontal': distribute('horizontal', 'Distribute horizontally'),
  'arrange.distributeVertical': distribute('vertical', 'Distribute vertically'),
  'arrange.bringForward': reorder('forward', 'Bring forward'),
  'arrange.sendBackward': reorder('backward', 'Send backward'),
  'arrange.bringToFront': reorder('front', 'Bring to front'),
  'arrange.sendToBack': reorder('back', 'Send to back'),
  'arrange.lock': lock(true),
  'arrange.unlock': lock(false),
  'arrange.layoutRight': layout('right'),
  'arrange.layoutDown': layout('down'),
  'arrange.etomMap': {
    when: (ctx) =>
      canEditDiagram(ctx) && !ctx.dragging && layoutScope(ctx).some((n) => n.kind === 'framework'),
    run: (ctx) =>
      void (
        ctx.diagram && move(ctx.diagram.id, 'Arrange as eTOM map', etomMapMoves(layoutScope(ctx)))
      ),
  },
};
