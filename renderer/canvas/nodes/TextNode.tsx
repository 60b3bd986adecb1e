import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ElementNode } from '../to-flow';
import { EditableText } from './EditableText';
import { NodeFrame } from './NodeFrame';

/** Free text with no frame: a title or a caption on the diagram. */
export const TextNode = memo(function TextNode({ data, selected, height }: NodeProps<ElementNode>) {
  return (
    <NodeFrame
      nodeId={data.nodeId}
      selected={selected}
      className="element-text-node"
      style={data.style}
      minWidth={40}
      minHeight={24}
    >
      <EditableText
        nodeId={data.nodeId}
        text={data.text}
        height={height}
        label="Free text"
        multiline
      />
    </NodeFrame>
  );
});
