import type { NodeProps } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { drawsTheSame } from '../../../../../renderer/canvas/nodes/node-memo';
import type { ElementNode } from '../../../../../renderer/canvas/to-flow';

const data = { nodeId: 'n-1', kind: 'box', text: 'Take order', caption: undefined };

function props(overrides: Record<string, unknown> = {}): NodeProps<ElementNode> {
  return {
    id: 'n-1',
    type: 'box',
    data,
    selected: false,
    width: 150,
    height: 50,
    zIndex: 0,
    selectable: true,
    deletable: true,
    draggable: true,
    isConnectable: true,
    dragging: false,
    positionAbsoluteX: 10,
    positionAbsoluteY: 20,
    ...overrides,
  } as unknown as NodeProps<ElementNode>;
}

describe('drawsTheSame', () => {
  it('keeps the drawing when only the position or the drag state moved', () => {
    expect(drawsTheSame(props(), props({ positionAbsoluteX: 300, positionAbsoluteY: -40 }))).toBe(
      true,
    );
    expect(drawsTheSame(props(), props({ dragging: true }))).toBe(true);
  });

  it('draws again when anything the node shows changed', () => {
    expect(drawsTheSame(props(), props({ selected: true }))).toBe(false);
    expect(drawsTheSame(props(), props({ height: 80 }))).toBe(false);
    expect(drawsTheSame(props(), props({ data: { ...data } }))).toBe(false);
    expect(drawsTheSame(props(), props({ isConnectable: false }))).toBe(false);
  });

  it('draws again when a prop appears or goes', () => {
    expect(drawsTheSame(props(), props({ parentId: 'n-0' }))).toBe(false);
  });
});
