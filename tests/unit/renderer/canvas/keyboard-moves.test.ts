import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { keyboardMoves } from '../../../../renderer/canvas/keyboard-moves';
import type { ElementNode } from '../../../../renderer/canvas/to-flow';

describe('keyboardMoves', () => {
  it('keeps finished position changes and drops drags in progress, selections and sizes', () => {
    const changes: NodeChange<ElementNode>[] = [
      { id: 'a', type: 'position', position: { x: 15, y: 0 }, dragging: false },
      { id: 'b', type: 'position', position: { x: 40, y: 5 }, dragging: true },
      { id: 'c', type: 'position', dragging: false },
      { id: 'd', type: 'select', selected: true },
      { id: 'e', type: 'position', position: { x: -5, y: 9 } },
    ];
    expect(keyboardMoves(changes)).toEqual([
      { id: 'a', x: 15, y: 0 },
      { id: 'e', x: -5, y: 9 },
    ]);
  });
});
