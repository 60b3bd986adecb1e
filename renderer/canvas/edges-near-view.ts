import { useEffect, useMemo, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import { viewRect, type FlowRect } from './progressive-reveal';

/**
 * Which connections of a large diagram React Flow is handed: those that can show in the part of
 * the diagram around the view, not all of them. React Flow walks every connection it holds on
 * every change of its store (its connection lookup, its arrowhead markers, which connections are
 * visible): at 20,000 nodes that was most of each step of opening a diagram and of each frame of
 * a pan. The app's own state keeps every connection; React Flow never decides what a connection
 * is, only draws the ones it is given.
 */

/** The region around the view, as a share of the view's width and height on each side. */
export const REGION_MARGIN = 0.5;

interface Placed {
  id: string;
  position: { x: number; y: number };
  width?: number | undefined;
  height?: number | undefined;
}

interface Linked {
  source: string;
  target: string;
  selected?: boolean | undefined;
}

/** The nodes by id, for `edgesNear`. */
export function boxesOf(nodes: readonly Placed[]): Map<string, Placed> {
  const boxes = new Map<string, Placed>();
  for (const node of nodes) boxes.set(node.id, node);
  return boxes;
}

/** `view` grown by REGION_MARGIN of its size on every side. */
export function regionAround(view: FlowRect): FlowRect {
  const dx = (view.right - view.left) * REGION_MARGIN;
  const dy = (view.bottom - view.top) * REGION_MARGIN;
  return {
    left: view.left - dx,
    top: view.top - dy,
    right: view.right + dx,
    bottom: view.bottom + dy,
  };
}

/**
 * Whether `region` still serves `view`: it holds the view, and is not so much larger (after
 * zooming in) that it hands React Flow many times the connections it can show.
 */
export function regionServes(region: FlowRect, view: FlowRect): boolean {
  const holds =
    view.left >= region.left &&
    view.right <= region.right &&
    view.top >= region.top &&
    view.bottom <= region.bottom;
  const grown = (region.right - region.left) / Math.max(view.right - view.left, 1);
  return holds && grown <= 2 * (1 + 2 * REGION_MARGIN);
}

/**
 * The connections that may show in `region`: those whose ends' bounding box reaches into it
 * (as React Flow itself decides which to draw, so none it would draw is left out), and every
 * selected one.
 */
export function edgesNear<E extends Linked>(
  boxes: ReadonlyMap<string, Placed>,
  edges: readonly E[],
  region: FlowRect,
): E[] {
  const near: E[] = [];
  for (const edge of edges) {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const left = Math.min(source.position.x, target.position.x);
    const top = Math.min(source.position.y, target.position.y);
    const right = Math.max(
      source.position.x + (source.width ?? 0),
      target.position.x + (target.width ?? 0),
    );
    const bottom = Math.max(
      source.position.y + (source.height ?? 0),
      target.position.y + (target.height ?? 0),
    );
    const inRegion =
      left <= region.right && right >= region.left && top <= region.bottom && bottom >= region.top;
    if (inRegion || edge.selected === true) near.push(edge);
  }
  return near;
}

/** Whether two lists hold the same connections (the same objects) in the same order. */
export function sameEdges(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && a.every((edge, i) => b[i] === edge);
}

/**
 * `edges` as React Flow should get them: all of them for a diagram that is not `large`, else
 * those near the view (`edgesNear`) with their ends where `nodes` puts them, the region
 * followed outside React so that only a view leaving it renders. Must be used inside the
 * canvas's ReactFlowProvider.
 */
export function useEdgesNearView<E extends Linked>(
  nodes: readonly Placed[],
  edges: E[],
  large: boolean,
): E[] {
  const store = useStoreApi();
  const [region, setRegion] = useState<FlowRect | null>(null);
  useEffect(() => {
    if (!large) return;
    const follow = () => {
      const { transform, width, height } = store.getState();
      const [x, y, zoom] = transform;
      // Before the pane is laid out, the window stands for it.
      const size =
        width > 0 && height > 0
          ? { width, height }
          : { width: window.innerWidth, height: window.innerHeight };
      const view = viewRect({ x, y, zoom }, size);
      setRegion((current) =>
        current !== null && regionServes(current, view) ? current : regionAround(view),
      );
    };
    follow();
    return store.subscribe((state, before) => {
      if (
        state.transform !== before.transform ||
        state.width !== before.width ||
        state.height !== before.height
      ) {
        follow();
      }
    });
  }, [large, store]);
  // Made once the region is known, which is after the first render (a task of its own).
  const placed = large && region !== null;
  const boxes = useMemo(() => (placed ? boxesOf(nodes) : null), [placed, nodes]);
  const fresh = useMemo(
    () => (boxes !== null && region !== null ? edgesNear(boxes, edges, region) : null),
    [boxes, region, edges],
  );
  // The list handed over last: kept while a new one holds the same connections, so React
  // Flow sees no change (a new array is a rebuild of its lookup).
  const [kept, setKept] = useState<E[] | null>(null);
  const near = fresh !== null && kept !== null && sameEdges(fresh, kept) ? kept : fresh;
  if (near !== kept) setKept(near);
  return near ?? edges;
}
