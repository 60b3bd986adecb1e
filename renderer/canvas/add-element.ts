import { NODE_SIZE, makeBox, makeNote } from '../../shared/commands/factories';
import type { DiagramId } from '../../shared/model/ids';
import { runCommand } from '../state/edit-actions';
import { setSelection } from '../state/select-actions';
import { selectionOf } from '../state/selection';
import { useStudio } from '../state/studio-store';
import { canvasHandle } from './canvas-handles';
import { placeInView } from './placement';

/**
 * Adds a box or a note where the user is looking: at `at` (a context menu's point) or mid-view,
 * on the nearest free spot in view, so additions never stack. The new element is selected.
 */
export function addElement(
  diagramId: DiagramId,
  kind: 'box' | 'note',
  at: { x: number; y: number } | null,
): boolean {
  const diagram = useStudio.getState().history?.document.diagrams.find((d) => d.id === diagramId);
  if (!diagram) return false;
  const size = NODE_SIZE[kind];
  const view = canvasHandle(diagramId)?.visibleRect() ?? null;
  const { x, y } = placeInView(diagram.nodes, size, view, at);
  const node = kind === 'box' ? makeBox(x, y) : makeNote(x, y);
  const added = runCommand(
    { name: 'element.add', args: { diagramId, node } },
    kind === 'box' ? 'Add box' : 'Add note',
  );
  if (added) setSelection(diagramId, selectionOf([node.id]));
  return added;
}
