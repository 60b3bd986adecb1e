import { NODE_SIZE } from '../../shared/commands/factories';
import type { DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId, NodeId, ProcessId } from '../../shared/model/ids';
import { newId } from '../../shared/model/ids';
import { canvasHandle } from '../canvas/canvas-handles';
import { placeInView, placementObstacles } from '../canvas/placement';
import { runCommand } from '../state/edit-actions';
import { setSelection } from '../state/select-actions';
import { selectionOf } from '../state/selection';
import { useStudio } from '../state/studio-store';

function addNode(diagramId: DiagramId, node: DiagramNode): boolean {
  return runCommand({ name: 'element.add', args: { diagramId, node } }, 'Add company process');
}

function processNode(processId: ProcessId, x: number, y: number): DiagramNode {
  const { width, height } = NODE_SIZE.box;
  return {
    id: newId<NodeId>('n'),
    kind: 'process',
    processId,
    x: Math.round(x),
    y: Math.round(y),
    width,
    height,
  };
}

/**
 * Adds a node showing company process `processId` centred at `at` on a diagram: one process,
 * any number of nodes; its label always comes from processes.json.
 */
export function addCompanyProcessNode(
  diagramId: DiagramId,
  processId: ProcessId,
  at: { x: number; y: number },
): boolean {
  const { width, height } = NODE_SIZE.box;
  return addNode(diagramId, processNode(processId, at.x - width / 2, at.y - height / 2));
}

/**
 * The keyboard's way to add a company process ("Add to diagram"): on the nearest free spot in
 * the canvas's visible part, never on another element, and selected, so the next key (F2, the
 * arrows, Delete) acts on it once the canvas has the focus.
 */
export function addCompanyProcessInView(diagramId: DiagramId, processId: ProcessId): boolean {
  const diagram = useStudio.getState().history?.document.diagrams.find((d) => d.id === diagramId);
  if (!diagram) return false;
  const spot = placeInView(
    placementObstacles(diagram.nodes),
    NODE_SIZE.box,
    canvasHandle(diagramId)?.visibleRect() ?? null,
    null,
  );
  const node = processNode(processId, spot.x, spot.y);
  const added = addNode(diagramId, node);
  if (added) {
    setSelection(diagramId, selectionOf([node.id]));
    // Added beyond a full view, the view follows it there.
    canvasHandle(diagramId)?.show(node);
  }
  return added;
}
