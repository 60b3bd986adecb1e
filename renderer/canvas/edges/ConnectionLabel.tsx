import { EdgeLabelRenderer } from '@xyflow/react';
import type { Point } from './edge-geometry';

interface Props {
  text: string | undefined;
  at: Point;
  selected: boolean;
}

/**
 * An edge's label on its own background, drawn above nodes and edges (the label layer), so a
 * node never hides it; long labels wrap and are cut at the end, the whole text on hover.
 */
export function ConnectionLabel({ text, at, selected }: Props) {
  if (text === undefined || text === '') return null;
  return (
    <EdgeLabelRenderer>
      <div
        className={`edge-label${selected ? ' selected' : ''}`}
        style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
        title={text}
      >
        {text}
      </div>
    </EdgeLabelRenderer>
  );
}
