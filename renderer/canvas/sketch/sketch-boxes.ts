import type { ReactFlowState } from '@xyflow/react';
import type { ElementNode } from '../to-flow';
import type { SketchBox } from './sketch-picture';

/**
 * The boxes of the nodes React Flow holds, absolute (a group's members included), in flow
 * coordinates; with `sketchedOnly`, only those hidden from it, which the sketch draws.
 */
export function* boxesOf(
  state: Pick<ReactFlowState<ElementNode>, 'nodeLookup'>,
  sketchedOnly = false,
): Generator<SketchBox> {
  for (const node of state.nodeLookup.values()) {
    if (sketchedOnly && !node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    yield {
      id: node.id,
      kind: node.type,
      x,
      y,
      width: node.measured.width ?? node.width ?? 0,
      height: node.measured.height ?? node.height ?? 0,
    };
  }
}
