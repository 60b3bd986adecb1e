import { Handle, Position } from '@xyflow/react';
import { HANDLE_SIDES, type HandleSide } from '../../../shared/model/diagram-schema';

const POSITION: Record<HandleSide, Position> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

/**
 * A handle on each side of a node, named by its side (the `sourceHandle` / `targetHandle` an
 * edge stores). The canvas connects in loose mode, so each handle can start or end an edge.
 * `shown`: drawn although the node is not hovered (a node selected on its own); a node among
 * several selected shows its handles only when hovered or focused, as any other (a hundred
 * selected nodes drew four hundred handles over the selection).
 */
export function NodeHandles({ shown }: { shown: boolean }) {
  return (
    <>
      {HANDLE_SIDES.map((side) => (
        <Handle
          key={side}
          id={side}
          type="source"
          position={POSITION[side]}
          className={shown ? `handle-${side} handle-shown` : `handle-${side}`}
          aria-label={`Connect from the ${side} side`}
        />
      ))}
    </>
  );
}

/** The side an edge uses at an end where the file names none: flows run left to right. */
export function defaultSide(end: 'source' | 'target'): HandleSide {
  return end === 'source' ? 'right' : 'left';
}

/** True when `value` names a side of a node (a handle id from React Flow may be anything). */
export function isHandleSide(value: string | null | undefined): value is HandleSide {
  return (HANDLE_SIDES as readonly (string | null | undefined)[]).includes(value);
}
