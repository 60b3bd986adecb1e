import type { DiagramNode } from '../../shared/model/diagram-schema';
import { newId, type DiagramId, type NodeId } from '../../shared/model/ids';
import { canvasHandle } from '../canvas/canvas-handles';
import { placeInView, placementObstacles } from '../canvas/placement';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import type { FrameworkRef } from '../../shared/model/framework-ref';

/** The size of a framework node when it is first placed, in canvas units. */
export const FRAMEWORK_NODE_SIZE = { width: 200, height: 64 } as const;

/** A framework node for `ref` with its top-left corner at (x, y). */
export function makeFrameworkNode(ref: FrameworkRef, x: number, y: number): DiagramNode {
  return {
    id: newId<NodeId>('n'),
    kind: 'framework',
    x: Math.round(x),
    y: Math.round(y),
    ...FRAMEWORK_NODE_SIZE,
    pack: ref.pack,
    processId: ref.id,
  };
}

/**
 * Adds a framework node to a diagram through `element.add`. With `at` (a drop point in flow
 * coordinates) the node is centred there; without, it goes to a free spot in view.
 */
export function addFrameworkNode(
  diagramId: DiagramId,
  ref: FrameworkRef,
  at?: { x: number; y: number },
): boolean {
  const state = useStudio.getState();
  const diagram = state.history?.document.diagrams.find((d) => d.id === diagramId);
  if (!diagram) return false;
  // A drop goes where it was dropped; "Add to diagram" where the user is looking, in the
  // canvas's visible part (the saved viewport ignores the panels beside the canvas).
  const spot =
    at === undefined
      ? placeInView(
          placementObstacles(diagram.nodes),
          FRAMEWORK_NODE_SIZE,
          canvasHandle(diagramId)?.visibleRect() ?? null,
          null,
        )
      : { x: at.x - FRAMEWORK_NODE_SIZE.width / 2, y: at.y - FRAMEWORK_NODE_SIZE.height / 2 };
  const node = makeFrameworkNode(ref, spot.x, spot.y);
  const added = runCommand({ name: 'element.add', args: { diagramId, node } });
  // Added beyond a full view, the view follows it there.
  if (added && at === undefined) canvasHandle(diagramId)?.show(node);
  return added;
}
