import { describe, expect, it } from 'vitest';
import type { Edge } from '@xyflow/react';
import { deleteSelection, isTypingTarget } from '../../../../renderer/canvas/selection';
import type { ElementNode } from '../../../../renderer/canvas/to-flow';
import { D1 } from '../../shared/commands/fixture';

const node = (id: string, selected: boolean) => ({ id, selected }) as ElementNode;
const edge = (id: string, source: string, target: string, selected: boolean): Edge => ({
  id,
  source,
  target,
  selected,
});

describe('deleteSelection', () => {
  it('deletes selected nodes, and only those selected edges not already going with them', () => {
    const commands = deleteSelection(
      D1,
      [node('a', true), node('b', false), node('c', false)],
      [edge('ab', 'a', 'b', true), edge('bc', 'b', 'c', true), edge('ca', 'c', 'a', false)],
    );
    expect(commands).toEqual([
      { name: 'element.delete', args: { diagramId: D1, ids: ['a'] } },
      { name: 'edge.delete', args: { diagramId: D1, ids: ['bc'] } },
    ]);
  });

  it('gives no command when nothing is selected', () => {
    expect(deleteSelection(D1, [node('a', false)], [])).toEqual([]);
  });

  it('treats a non-element target as not typing', () => {
    expect(isTypingTarget(null)).toBe(false);
  });
});
