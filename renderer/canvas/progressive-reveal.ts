import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Viewport } from '@xyflow/react';

/** Diagrams of up to this many nodes open in one step. */
export const REVEAL_AT_ONCE_UP_TO = 1_000;
/**
 * Nodes in view handed to the canvas per step (each is drawn: the costly part). Each step's
 * render, and the frame that lays out, measures and paints what it added, grow with every node
 * already in (React Flow runs each mounted handle's store selector on every update), and each
 * step costs a frame besides: on the 5,000-node benchmark (about 200 nodes in view) 40 per
 * step made five tasks of 35-47 ms and opened in 812 ms here; 100 makes two of 70-85 ms and
 * opens in about 690 ms. At 20,000 nodes the longest task is then 90-120 ms, within the
 * 200 ms a task may take.
 */
export const IN_VIEW_PER_STEP = 100;
/** Nodes out of view handed to the canvas per step (only indexed, not drawn). */
export const OUT_OF_VIEW_PER_STEP = 2_000;

/** A part of the diagram in flow coordinates. */
export interface FlowRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Placed {
  id: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
}

/** The part of the diagram a pane of `size` shows at `viewport`. */
export function viewRect(viewport: Viewport, size: { width: number; height: number }): FlowRect {
  const left = -viewport.x / viewport.zoom;
  const top = -viewport.y / viewport.zoom;
  return {
    left,
    top,
    right: left + size.width / viewport.zoom,
    bottom: top + size.height / viewport.zoom,
  };
}

/**
 * The order a large diagram's nodes reach the canvas in, as batches of ids: the nodes in
 * `view` first (top to bottom, left to right, IN_VIEW_PER_STEP at a time, as a reader scans),
 * then the others nearest the view first, OUT_OF_VIEW_PER_STEP at a time; `inViewPerStep`
 * sets a smaller step where each must fit in a frame (a canvas already in use).
 */
export function revealBatches(
  nodes: readonly Placed[],
  view: FlowRect,
  inViewPerStep = IN_VIEW_PER_STEP,
): string[][] {
  const midX = (view.left + view.right) / 2;
  const midY = (view.top + view.bottom) / 2;
  const inView: Placed[] = [];
  const outside: Array<{ id: string; distance: number }> = [];
  for (const node of nodes) {
    const { x, y } = node.position;
    const right = x + (node.width ?? 0);
    const bottom = y + (node.height ?? 0);
    if (x < view.right && right > view.left && y < view.bottom && bottom > view.top) {
      inView.push(node);
    } else {
      const dx = Math.max(view.left - right, 0, x - view.right);
      const dy = Math.max(view.top - bottom, 0, y - view.bottom);
      outside.push({
        id: node.id,
        distance: Math.hypot(dx, dy) + 1e-9 * Math.hypot(x - midX, y - midY),
      });
    }
  }
  inView.sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  outside.sort((a, b) => a.distance - b.distance);
  const batches: string[][] = [];
  for (let i = 0; i < inView.length; i += inViewPerStep) {
    batches.push(inView.slice(i, i + inViewPerStep).map((node) => node.id));
  }
  for (let i = 0; i < outside.length; i += OUT_OF_VIEW_PER_STEP) {
    batches.push(outside.slice(i, i + OUT_OF_VIEW_PER_STEP).map((node) => node.id));
  }
  return batches;
}

interface Linked {
  source: string;
  target: string;
}

/**
 * Hands a large diagram to the canvas in steps, one task each (see `revealBatches`), so that
 * opening it never holds the window for the whole diagram: the first step comes after the
 * window around the canvas is painted. Small diagrams, and every node or connection added
 * after the canvas opened, are handed over at once; when all are in, the arrays given are
 * returned as they are. A connection waits for both its ends.
 */
export function useProgressiveReveal<N extends Placed, E extends Linked>(
  nodes: N[],
  edges: E[],
  view: () => FlowRect,
): { nodes: N[]; edges: E[] } {
  const [large] = useState(() => nodes.length > REVEAL_AT_ONCE_UP_TO);
  // Which step each node comes in: made in a task of its own, the first after the mount.
  const [plan, setPlan] = useState<{ steps: number; stepOf: Map<string, number> } | null>(null);
  const [shown, setShown] = useState(0);
  const done = !large || (plan !== null && shown >= plan.steps);
  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => {
      if (plan !== null) {
        setShown((count) => count + 1);
        return;
      }
      const batches = revealBatches(nodes, view());
      const stepOf = new Map<string, number>();
      batches.forEach((batch, step) => batch.forEach((id) => stepOf.set(id, step)));
      setPlan({ steps: batches.length, stepOf });
    }, 0);
    return () => clearTimeout(timer);
  }, [done, plan, shown, nodes, view]);
  // A node of no step was added after the canvas opened: it is in at once.
  const isIn = useCallback(
    (id: string) => plan !== null && (plan.stepOf.get(id) ?? -1) < shown,
    [plan, shown],
  );
  const shownNodes = useMemo(
    () => (done ? nodes : nodes.filter((node) => isIn(node.id))),
    [done, nodes, isIn],
  );
  const shownEdges = useMemo(
    () => (done ? edges : edges.filter((edge) => isIn(edge.source) && isIn(edge.target))),
    [done, edges, isIn],
  );
  return { nodes: shownNodes, edges: shownEdges };
}
