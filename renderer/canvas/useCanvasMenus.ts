import { useCallback } from 'react';
import { useReactFlow, type Edge } from '@xyflow/react';
import type { DiagramId, EdgeId, NodeId } from '../../shared/model/ids';
import { openOverlay } from '../state/overlays';
import { setSelection } from '../state/select-actions';
import { selectionOf, type Selection } from '../state/selection';
import type { ElementNode } from './to-flow';

/**
 * The context menus of a canvas: on the empty canvas, on a node, on a connection. A
 * right-click on an element that is not selected selects it first, as file managers do; the
 * menu's actions then act on the selection, and "Add box" on the point clicked.
 */
export function useCanvasMenus(diagramId: DiagramId, selection: Selection) {
  const flow = useReactFlow();
  const openMenu = useCallback(
    (event: React.MouseEvent | MouseEvent, menu: 'canvas' | 'node' | 'edge') => {
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      openOverlay({
        kind: 'context-menu',
        menu,
        diagramId,
        x: event.clientX,
        y: event.clientY,
        at,
      });
    },
    [diagramId, flow],
  );
  const onPaneContextMenu = useCallback(
    (event: React.MouseEvent | MouseEvent) => openMenu(event, 'canvas'),
    [openMenu],
  );
  const onNodeContextMenu = useCallback(
    (event: React.MouseEvent, node: ElementNode) => {
      if (!selection.nodes.has(node.id as NodeId)) {
        setSelection(diagramId, selectionOf([node.id as NodeId]));
      }
      openMenu(event, 'node');
    },
    [diagramId, openMenu, selection],
  );
  const onEdgeContextMenu = useCallback(
    (event: React.MouseEvent, edge: Edge) => {
      if (!selection.edges.has(edge.id as EdgeId)) {
        setSelection(diagramId, selectionOf([], [edge.id as EdgeId]));
      }
      openMenu(event, 'edge');
    },
    [diagramId, openMenu, selection],
  );
  return { onPaneContextMenu, onNodeContextMenu, onEdgeContextMenu };
}
