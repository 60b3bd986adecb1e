import { useReactFlow } from '@xyflow/react';
import { makeBox, makeNote, NODE_SIZE } from '../../shared/commands/factories';
import type { DiagramId } from '../../shared/model/ids';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { freeSpot } from './placement';

interface Props {
  diagramId: DiagramId;
  readOnly: boolean;
}

/** Buttons that add elements; new elements appear at a free spot mid-view. */
export function CanvasToolbar({ diagramId, readOnly }: Props) {
  const flow = useReactFlow();

  const centre = (size: { width: number; height: number }) => {
    const pane = document.querySelector('.canvas-flow')?.getBoundingClientRect();
    const point = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    const topLeft = pane ? flow.screenToFlowPosition({ x: pane.left, y: pane.top }) : null;
    const bottomRight = pane ? flow.screenToFlowPosition({ x: pane.right, y: pane.bottom }) : null;
    const visible =
      topLeft && bottomRight
        ? {
            x: topLeft.x,
            y: topLeft.y,
            width: bottomRight.x - topLeft.x,
            height: bottomRight.y - topLeft.y,
          }
        : undefined;
    const diagram = useStudio.getState().history?.document.diagrams.find((d) => d.id === diagramId);
    const desired = {
      x: Math.round(point.x - size.width / 2),
      y: Math.round(point.y - size.height / 2),
    };
    return freeSpot(diagram?.nodes ?? [], desired, size, visible);
  };

  const add = (kind: 'box' | 'note') => {
    const { x, y } = centre(NODE_SIZE[kind]);
    const node = kind === 'box' ? makeBox(x, y) : makeNote(x, y);
    runCommand(
      { name: 'element.add', args: { diagramId, node } },
      kind === 'box' ? 'Add box' : 'Add note',
    );
  };

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Diagram tools">
      <button type="button" onClick={() => add('box')} disabled={readOnly}>
        Add box
      </button>
      <button type="button" onClick={() => add('note')} disabled={readOnly}>
        Add note
      </button>
    </div>
  );
}
