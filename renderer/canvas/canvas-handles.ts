import { useEffect, useMemo, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramId } from '../../shared/model/ids';
import { fitClearOfPanels } from './fit-clear';
import type { Rect } from '../../shared/model/rect';

/**
 * What actions can ask of the canvas showing a diagram: the live viewport belongs to React
 * Flow while the user pans, and is written to the studio state when a move ends.
 */
export interface CanvasHandle {
  zoomIn(): void;
  zoomOut(): void;
  zoomTo(level: number): void;
  fit(): void;
  /** The part of the diagram in view, in diagram coordinates. */
  visibleRect(): Rect | null;
  /**
   * Pans (at the same zoom, as little as it takes) so that `rect` is in view, when it is not
   * wholly in view already and fits in it. For what was just pasted or added, which goes
   * beyond the view when the view holds no room for it.
   */
  show(rect: Rect): void;
}

/** Room kept between something shown (`show`) and the view's edge, in diagram units. */
const SHOW_MARGIN = 24;

/** Slack for whole-unit positions: a spot placed at the view's edge is rounded (placement.ts). */
const SLACK = 2;

/** Whether `inner` lies wholly inside `outer` (within SLACK). */
const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - SLACK &&
  inner.y >= outer.y - SLACK &&
  inner.x + inner.width <= outer.x + outer.width + SLACK &&
  inner.y + inner.height <= outer.y + outer.height + SLACK;

const handles = new Map<DiagramId, CanvasHandle>();

/** The handle of the canvas showing `diagramId`, while one is mounted. */
export function canvasHandle(diagramId: DiagramId): CanvasHandle | undefined {
  return handles.get(diagramId);
}

/**
 * Registers the canvas of a diagram, for as long as it is mounted, as the handle actions use.
 * Must be used inside the canvas's ReactFlowProvider; `pane` is the element the flow fills.
 * Returns the handle, for the canvas's own buttons.
 */
export function useCanvasHandle(
  diagramId: DiagramId,
  pane: RefObject<HTMLElement | null>,
): CanvasHandle {
  const flow = useReactFlow();
  const handle = useMemo<CanvasHandle>(() => {
    const visibleRect = (): Rect | null => {
      const box = pane.current?.getBoundingClientRect();
      if (!box || box.width === 0) return null;
      const topLeft = flow.screenToFlowPosition({ x: box.left, y: box.top });
      const bottomRight = flow.screenToFlowPosition({ x: box.right, y: box.bottom });
      return {
        x: topLeft.x,
        y: topLeft.y,
        width: bottomRight.x - topLeft.x,
        height: bottomRight.y - topLeft.y,
      };
    };
    return {
      zoomIn: () => void flow.zoomIn(),
      zoomOut: () => void flow.zoomOut(),
      zoomTo: (level) => void flow.zoomTo(level),
      fit: () => void flow.fitView(fitClearOfPanels(pane.current)),
      visibleRect,
      show: (rect) => {
        const view = visibleRect();
        // One larger than the view (a lane) is placed where lanes go, not where one looks.
        if (!view || within(rect, view) || rect.width > view.width || rect.height > view.height) {
          return;
        }
        // As little as brings it wholly in view, with a margin: the rest of what the user was
        // looking at stays on screen.
        const shift = (from: number, size: number, start: number, length: number) => {
          const margin = Math.min(SHOW_MARGIN, (length - size) / 2);
          if (from < start + margin) return from - start - margin;
          if (from + size > start + length - margin) return from + size - (start + length) + margin;
          return 0;
        };
        const dx = shift(rect.x, rect.width, view.x, view.width);
        const dy = shift(rect.y, rect.height, view.y, view.height);
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({ x: x - dx * zoom, y: y - dy * zoom, zoom });
      },
    };
  }, [flow, pane]);
  useEffect(() => {
    handles.set(diagramId, handle);
    return () => {
      if (handles.get(diagramId) === handle) handles.delete(diagramId);
    };
  }, [diagramId, handle]);
  return handle;
}
