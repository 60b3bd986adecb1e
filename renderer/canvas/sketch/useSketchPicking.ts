import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { DiagramId } from '../../../shared/model/ids';
import { changeSelection } from '../../state/select-actions';
import type { ElementNode } from '../to-flow';
import { boxesOf } from './sketch-boxes';
import { sketchedNodeAt, sketchedNodesInside } from './sketch-hit';

/** The zoom a double-click on a sketched node brings it to: its text readable again. */
const ZOOM_TO_READ = 1;

/**
 * Picking on the sketch of a zoomed-out large diagram, where React Flow holds the sketched
 * nodes hidden and so neither clicks nor rubber-bands them: a click on a sketched node selects
 * it, a rubber band adds the sketched nodes wholly inside it (as React Flow does for the live
 * ones), and a double-click on a node, sketched or live, zooms to it (at that zoom its text
 * is unreadable: renaming starts once it is in detail). Handlers for the pane, used inside the canvas's
 * ReactFlowProvider; each returns whether it handled the event.
 */
export function useSketchPicking(diagramId: DiagramId, sketching: boolean) {
  const store = useStoreApi<ElementNode>();
  const flow = useReactFlow<ElementNode>();
  // React Flow clears the rubber band before it reports the end: its last extent, in flow units.
  const band = useRef<{ x: number; y: number; width: number; height: number } | null>(null);

  useEffect(() => {
    if (!sketching) return;
    return store.subscribe((state) => {
      const rect = state.userSelectionRect;
      if (!rect) return;
      const [tx, ty, zoom] = state.transform;
      band.current = {
        x: (rect.x - tx) / zoom,
        y: (rect.y - ty) / zoom,
        width: rect.width / zoom,
        height: rect.height / zoom,
      };
    });
  }, [sketching, store]);

  const onSelectionEnd = useCallback(() => {
    const rect = band.current;
    band.current = null;
    if (!sketching || !rect) return;
    const inside = sketchedNodesInside(boxesOf(store.getState(), true), rect);
    if (inside.length > 0) {
      changeSelection(
        diagramId,
        inside.map((id) => ({ id, selected: true })),
        [],
      );
    }
  }, [diagramId, sketching, store]);

  const nodeAt = useCallback(
    (event: MouseEvent) =>
      sketching
        ? sketchedNodeAt(
            boxesOf(store.getState(), true),
            flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
          )
        : null,
    [flow, sketching, store],
  );

  // React Flow has already cleared the selection for a click on the pane.
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      const id = nodeAt(event);
      if (id !== null) changeSelection(diagramId, [{ id, selected: true }], []);
    },
    [diagramId, nodeAt],
  );

  /** Centres node `id` at a readable zoom: what a double-click on the sketch does. */
  const zoomTo = useCallback(
    (id: string) => {
      const node = flow.getInternalNode(id);
      if (!node) return;
      const { x, y } = node.internals.positionAbsolute;
      void flow.setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, {
        zoom: ZOOM_TO_READ,
      });
    },
    [flow],
  );

  const onPaneDoubleClick = useCallback(
    (event: MouseEvent): boolean => {
      const id = nodeAt(event);
      if (id !== null) zoomTo(id);
      return id !== null;
    },
    [nodeAt, zoomTo],
  );

  return { onSelectionEnd, onPaneClick, onPaneDoubleClick, zoomTo };
}
