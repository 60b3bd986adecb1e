import { NODE_SIZE, makeBox, makeGroup, makeNote, makeText } from '../../shared/commands/factories';
import type { DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId } from '../../shared/model/ids';
import { runCommand } from '../state/edit-actions';
import { setSelection } from '../state/select-actions';
import { selectionOf } from '../state/selection';
import { useStudio } from '../state/studio-store';
import { canvasHandle } from './canvas-handles';
import { placeInView, placementObstacles } from './placement';
import { focusNodeWhenDrawn } from './focus-node';
import { nextLaneSlot } from './nodes/lane-stack';

/** What can be added from the menus, the toolbar and the canvas's context menu. */
export type AddableKind = 'box' | 'note' | 'text' | 'group' | 'lane';

const MAKE: Record<AddableKind, (x: number, y: number) => DiagramNode> = {
  box: (x, y) => makeBox(x, y),
  note: (x, y) => makeNote(x, y),
  text: (x, y) => makeText(x, y),
  group: (x, y) => makeGroup(x, y, 'group'),
  lane: (x, y) => makeGroup(x, y, 'lane'),
};

/**
 * Adds a box, note, text, group or lane where the user is looking: at `at` (a context menu's
 * point) or mid-view, on the nearest free spot in view, so additions never stack; a lane goes
 * under the diagram’s lanes; when the view has no room it goes beyond and the view follows.
 * The new element is selected and has the keyboard focus.
 */
export function addElement(
  diagramId: DiagramId,
  kind: AddableKind,
  at: { x: number; y: number } | null,
): boolean {
  const diagram = useStudio.getState().history?.document.diagrams.find((d) => d.id === diagramId);
  if (!diagram) return false;
  const size = NODE_SIZE[kind];
  const view = canvasHandle(diagramId)?.visibleRect() ?? null;
  const lane = kind === 'lane' ? nextLaneSlot(diagram.nodes) : null;
  const obstacles = placementObstacles(diagram.nodes);
  const { x, y } = lane ?? placeInView(obstacles, size, view, at);
  const node = lane ? { ...MAKE.lane(x, y), width: lane.width } : MAKE[kind](x, y);
  const added = runCommand({ name: 'element.add', args: { diagramId, node } }, `Add ${kind}`);
  if (added) {
    setSelection(diagramId, selectionOf([node.id]));
    // Beyond a full view, the view follows it there; a lane goes where lanes go, under the
    // others, and the view stays.
    if (!lane) canvasHandle(diagramId)?.show(node);
    focusNodeWhenDrawn(node.id);
  }
  return added;
}
