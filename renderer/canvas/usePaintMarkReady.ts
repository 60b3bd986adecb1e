import { useEffect, useRef, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
import { urgentTask } from '../framework/idle-steps';
import type { ElementNode } from './to-flow';

/** The Performance mark set when a diagram's visible nodes are painted. */
export const DIAGRAM_READY_MARK = 'diagram:ready';

interface Pane {
  width: number;
  height: number;
  transform: readonly [number, number, number];
}

interface Sized {
  position: { x: number; y: number };
  width?: number;
  height?: number;
  measured?: { width?: number; height?: number };
  hidden?: boolean;
}

/** How many nodes overlap the visible part of the pane (flow coordinates from the transform). */
export function visibleNodeCount(nodes: Iterable<Sized>, pane: Pane): number {
  const [tx, ty, zoom] = pane.transform;
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + pane.width / zoom;
  const bottom = top + pane.height / zoom;
  let count = 0;
  for (const node of nodes) {
    if (node.hidden) continue;
    const width = node.measured?.width ?? node.width ?? 0;
    const height = node.measured?.height ?? node.height ?? 0;
    const { x, y } = node.position;
    if (x < right && x + width > left && y < bottom && y + height > top) count += 1;
  }
  return count;
}

/** What watchPaint waits on: an animation frame and an urgent task, each cancellable. */
export interface PaintClock {
  frame(work: () => void): () => void;
  task(work: () => void): () => void;
}

const BROWSER_CLOCK: PaintClock = {
  frame: (work) => {
    const handle = requestAnimationFrame(() => work());
    return () => cancelAnimationFrame(handle);
  },
  task: urgentTask,
};

/**
 * Calls `painted` once, in a task posted from the first animation frame in which `drawn()`
 * holds: that frame paints what is drawn, and the task runs as soon as it is painted, ahead of
 * any other work waiting (as the benchmark times bpmn-js: a frame, then a task). Checks once a
 * frame until then. Returns what stops it.
 */
export function watchPaint(drawn: () => boolean, painted: () => void, clock: PaintClock) {
  let cancel = clock.frame(function check() {
    cancel = drawn() ? clock.task(painted) : clock.frame(check);
  });
  return () => cancel();
}

/**
 * Marks `diagram:ready` (performance.mark, detail `{ diagramId, visible }`) once per mount, as
 * soon as every node in view is painted: the moment a user sees the diagram.
 * `npm run bench:canvas` times opening up to this mark.
 */
export function usePaintMarkReady(
  diagramId: string,
  pane: RefObject<HTMLElement | null>,
  nodes: readonly ElementNode[],
): void {
  const store = useStoreApi<ElementNode>();
  const latest = useRef(nodes);
  useEffect(() => {
    latest.current = nodes;
  }, [nodes]);
  useEffect(() => {
    let visible = -1;
    // The count of nodes in view, worked out again only when the nodes or the view change (a
    // walk over every node: 14 ms a frame at 20,000 nodes).
    let countedFor: readonly unknown[] = [];
    const drawn = () => {
      const { width, height, transform } = store.getState();
      if (width <= 0) return false;
      const inputs = [latest.current, width, height, ...transform];
      if (inputs.some((input, i) => input !== countedFor[i])) {
        visible = visibleNodeCount(latest.current, { width, height, transform });
        countedFor = inputs;
      }
      const rendered = pane.current?.querySelectorAll('.react-flow__node').length ?? 0;
      return rendered >= visible;
    };
    return watchPaint(
      drawn,
      () => performance.mark(DIAGRAM_READY_MARK, { detail: { diagramId, visible } }),
      BROWSER_CLOCK,
    );
  }, [diagramId, pane, store]);
}
