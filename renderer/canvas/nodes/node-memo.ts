import type { NodeProps } from '@xyflow/react';
import type { ElementNode } from '../to-flow';

// React Flow moves a node by transforming its wrapper; these props change on every frame of a
// drag but change nothing a node draws.
const MOVING: ReadonlySet<string> = new Set(['positionAbsoluteX', 'positionAbsoluteY', 'dragging']);

/**
 * Whether a node may keep what it drew: every prop the same but where it is and whether it is
 * being dragged. Dragging 100 selected nodes re-rendered all 100 (and re-bound their resize
 * grips) on every mouse move before.
 */
export function drawsTheSame(prev: NodeProps<ElementNode>, next: NodeProps<ElementNode>): boolean {
  const before = prev as unknown as Readonly<Record<string, unknown>>;
  const after = next as unknown as Readonly<Record<string, unknown>>;
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length) return false;
  return keys.every((key) => MOVING.has(key) || Object.is(before[key], after[key]));
}
