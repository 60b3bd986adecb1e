import { useEffect, useRef, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';
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

/**
 * Marks `diagram:ready` (performance.mark, detail `{ diagramId, visible }`) once per mount, in
 * the first frame after every node in view is in the DOM: the moment a user sees the diagram.
 * `npm run bench:canvas` times opening up to this mark. Checks once per frame until then.
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
    let frame = 0;
    let painted = false;
    const check = () => {
      const { width, height, transform } = store.getState();
      const rendered = pane.current?.querySelectorAll('.react-flow__node').length ?? 0;
      const expected =
        width > 0 ? visibleNodeCount(latest.current, { width, height, transform }) : -1;
      if (painted) {
        performance.mark(DIAGRAM_READY_MARK, { detail: { diagramId, visible: expected } });
        return;
      }
      // The nodes in view are in the DOM: the next frame shows them.
      painted = expected >= 0 && rendered >= expected;
      frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [diagramId, pane, store]);
}
