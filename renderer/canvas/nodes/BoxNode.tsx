import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ElementNode } from '../to-flow';
import { EditableText } from './EditableText';
import { NodeFrame } from './NodeFrame';
import { drawsTheSame } from './node-memo';

/** A box the analyst names: a step, a system, a team. */
export const BoxNode = memo(function BoxNode({
  data,
  selected,
  width,
  height,
}: NodeProps<ElementNode>) {
  return (
    <NodeFrame nodeId={data.nodeId} selected={selected} className="element-box" style={data.style}>
      <EditableText
        nodeId={data.nodeId}
        kind="box"
        text={data.text}
        width={width}
        height={height}
        label="Box label"
        multiline={false}
      />
    </NodeFrame>
  );
}, drawsTheSame);
