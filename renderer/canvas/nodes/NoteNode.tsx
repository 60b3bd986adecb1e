import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ElementNode } from '../to-flow';
import { EditableText } from './EditableText';
import { NodeFrame } from './NodeFrame';

/** A note: multi-line text on a sticky-note background, tied to things by associations. */
export const NoteNode = memo(function NoteNode({ data, selected, height }: NodeProps<ElementNode>) {
  return (
    <NodeFrame
      nodeId={data.nodeId}
      selected={selected}
      className="element-note"
      style={data.style}
      minWidth={80}
      minHeight={40}
    >
      <EditableText
        nodeId={data.nodeId}
        text={data.text}
        height={height}
        label="Note text"
        multiline
      />
    </NodeFrame>
  );
});
