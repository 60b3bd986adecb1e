import { EdgeLabelRenderer } from '@xyflow/react';
import { useMemo } from 'react';
import { labelBox } from '../../../shared/render/diagram-edges';
import type { Point } from './edge-geometry';

interface Props {
  /** The connection's id: a click, double-click or right-click on the label acts for it. */
  edgeId: string;
  text: string | undefined;
  at: Point;
  selected: boolean;
}

/**
 * An edge's label on its own background, drawn above nodes and edges (the label layer), so a
 * node never hides it; long labels wrap and are cut at the end, at the same words as in the
 * exports (`labelBox`'s lines), the whole text on hover.
 */
export function ConnectionLabel({ edgeId, text, at, selected }: Props) {
  const lines = useMemo(() => (text ? labelBox(text, { x: 0, y: 0 }).lines : []), [text]);
  if (text === undefined || text === '') return null;
  return (
    <EdgeLabelRenderer>
      <div
        className={`edge-label${selected ? ' selected' : ''}`}
        style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
        title={text}
        data-edge-id={edgeId}
      >
        {lines.join('\n')}
      </div>
    </EdgeLabelRenderer>
  );
}
