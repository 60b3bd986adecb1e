import { NODE_SIZE, makeBox, makeGroup, makeNote, makeText } from '../../shared/commands/factories';
import type { DiagramNode } from '../../shared/model/diagram-schema';
import type { DiagramId } from '../../shared/model/ids';
import { runCommand } from '../state/edit-actions';
import { setSelection } from '../state/select-actions';
import { selectionOf } from '../state/selection';
import { useStudio } from '../state/studio-store';
import { canvasHandle } from './canvas-handles';
import { freeSpot } from './placement';
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
 * under the diagram's lanes. The new element is selected.
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
  const centre = at ?? (view ? { x: view.x + view.width / 2, y: view.y + view.height / 2 } : null);
  const desired = centre
    ? { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2) }
    : { x: 0, y: 0 };
  // Near the edge of the view, the element moves in just enough to be seen whole.
  if (view) {
    desired.x = Math.round(Math.max(view.x, Math.min(desired.x, view.x + view.width - size.width)));
    desired.y = Math.round(
      Math.max(view.y, Math.min(desired.y, view.y + view.height - size.height)),
    );
  }
  const lane = kind === 'lane' ? nextLaneSlot(diagram.nodes) : null;
  // Groups and lanes are backgrounds: new elements may land on them, not on their members.
  const obstacles = diagram.nodes.filter((n) => n.kind !== 'group');
  const { x, y } = lane ?? freeSpot(obstacles, desired, size, view ?? undefined);
  const node = lane ? { ...MAKE.lane(x, y), width: lane.width } : MAKE[kind](x, y);
  const added = runCommand({ name: 'element.add', args: { diagramId, node } }, `Add ${kind}`);
  if (added) setSelection(diagramId, selectionOf([node.id]));
  return added;
}
