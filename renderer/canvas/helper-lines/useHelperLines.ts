import { useCallback, useRef, useState, type RefObject } from 'react';
import { useReactFlow, type NodeChange } from '@xyflow/react';
import { descendantsOf } from '../../../shared/commands/group-membership';
import type { DiagramNode } from '../../../shared/model/diagram-schema';
import type { ElementNode } from '../to-flow';
import { boundsOf, intersects, type Rect } from '../../../shared/model/rect';
import { GUIDE_SNAP_PIXELS, snapToGuides } from './guide-geometry';

/** The guides drawn while dragging, in flow coordinates (null: none on that axis). */
export interface GuideLines {
  vertical: number | null;
  horizontal: number | null;
}

const NONE: GuideLines = { vertical: null, horizontal: null };

type PositionChange = Extract<NodeChange<ElementNode>, { type: 'position' }>;

function rectOf(node: Pick<ElementNode, 'position' | 'measured' | 'width' | 'height'>): Rect {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.width ?? 0,
    height: node.measured?.height ?? node.height ?? 0,
  };
}

/**
 * Helper lines while nodes are dragged: the dragged selection, as one rectangle, snaps to the
 * left/centre/right and top/middle/bottom lines of the nodes in view, and the guides it snapped
 * to are drawn. The nodes in view are gathered once when the drag begins, so each move costs
 * O(visible nodes); the dragged nodes and the members carried along with them are left out.
 */
export function useHelperLines(pane: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();
  const [lines, setLines] = useState<GuideLines>(NONE);
  // The nodes the drag may snap to, fixed for the drag; null while no drag is going on.
  const candidates = useRef<Rect[] | null>(null);
  // How far the last snap moved the selection from where the mouse put it.
  const offset = useRef({ x: 0, y: 0 });

  const collect = useCallback(
    (moving: ReadonlySet<string>, model: readonly DiagramNode[]) => {
      const carried = descendantsOf(model, moving);
      const box = pane.current?.getBoundingClientRect();
      const { x, y, zoom } = flow.getViewport();
      const view: Rect | null = box
        ? { x: -x / zoom, y: -y / zoom, width: box.width / zoom, height: box.height / zoom }
        : null;
      return flow
        .getNodes()
        .filter((n) => !moving.has(n.id) && !carried.has(n.id) && !n.hidden)
        .map((n) => rectOf(n as ElementNode))
        .filter((r) => view === null || intersects(r, view));
    },
    [flow, pane],
  );

  /** `changes` with the dragged nodes' positions snapped to the guides in reach. */
  const snap = useCallback(
    (
      changes: NodeChange<ElementNode>[],
      model: readonly DiagramNode[],
    ): NodeChange<ElementNode>[] => {
      const moves = changes.filter(
        (c): c is PositionChange => c.type === 'position' && c.position !== undefined,
      );
      if (moves.length === 0 || !moves.some((m) => m.dragging !== undefined)) return changes;
      // The nodes in view are gathered once per drag; each move then costs O(visible nodes).
      candidates.current ??= collect(new Set(moves.map((m) => m.id)), model);
      const dragged = boundsOf(
        moves.flatMap((m) => {
          const node = flow.getInternalNode(m.id);
          return node && m.position ? [{ ...rectOf(node), ...m.position }] : [];
        }),
      );
      if (!dragged) return changes;
      const { zoom } = flow.getViewport();
      const guides = snapToGuides(dragged, candidates.current, GUIDE_SNAP_PIXELS / zoom);
      const dx = guides.position.x - dragged.x;
      const dy = guides.position.y - dragged.y;
      offset.current = { x: dx, y: dy };
      setLines((now) =>
        now.vertical === guides.vertical && now.horizontal === guides.horizontal
          ? now
          : { vertical: guides.vertical, horizontal: guides.horizontal },
      );
      if (dx === 0 && dy === 0) return changes;
      return changes.map((c) =>
        c.type === 'position' && c.position
          ? { ...c, position: { x: c.position.x + dx, y: c.position.y + dy } }
          : c,
      );
    },
    [collect, flow],
  );

  /**
   * Ends the drag: the guides go, and `dragged` (as React Flow reports them, unsnapped) come
   * back where the last snap put them.
   */
  const finish = useCallback(<T extends { position: { x: number; y: number } }>(dragged: T[]) => {
    const { x, y } = offset.current;
    candidates.current = null;
    offset.current = { x: 0, y: 0 };
    setLines(NONE);
    return dragged.map((n) => ({ ...n, position: { x: n.position.x + x, y: n.position.y + y } }));
  }, []);

  return { lines, snap, finish };
}
