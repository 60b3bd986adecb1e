import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useStudio } from '../../state/studio-store';
import { InlineTextEditor } from '../InlineTextEditor';
import type { ElementNode } from '../to-flow';
import { NodeFrame } from './NodeFrame';
import { drawsTheSame } from './node-memo';

/**
 * A container drawn behind its members: a group is a dashed frame with its label at the top;
 * a lane is a horizontal band (customer, service, resource, partner...) with its label in a
 * vertical header on the left. Members name it as their parentId and move with it.
 */
export const GroupNode = memo(function GroupNode({ data, selected }: NodeProps<ElementNode>) {
  const lane = data.variant === 'lane';
  const editing = useStudio((s) => s.editingNodeId === data.nodeId);
  const label = lane ? 'Lane label' : 'Group label';
  return (
    <NodeFrame
      nodeId={data.nodeId}
      selected={selected}
      className={lane ? 'element-lane' : 'element-group'}
      style={data.style}
      minWidth={lane ? 240 : 120}
      minHeight={lane ? 80 : 60}
    >
      <div className={lane ? 'lane-header' : 'group-header'}>
        {editing ? (
          <InlineTextEditor
            nodeId={data.nodeId}
            initial={data.text}
            label={label}
            multiline={false}
          />
        ) : (
          // One line, cut at its end with an ellipsis; in a lane it runs up the header.
          <span className="container-label" title={data.text}>
            {data.text}
          </span>
        )}
      </div>
    </NodeFrame>
  );
}, drawsTheSame);
