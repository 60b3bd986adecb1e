import { Handle, NodeResizer, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { NodeId } from '../../shared/model/ids';
import { resizeNode } from './node-actions';

interface Props {
  nodeId: NodeId;
  selected: boolean;
  className: string;
  children: ReactNode;
}

/** What every node shares: connection handles, the resize frame and the body. */
export function ElementFrame({ nodeId, selected, className, children }: Props) {
  return (
    <>
      <NodeResizer
        isVisible={selected}
        minWidth={60}
        minHeight={32}
        onResizeEnd={(_event, box) => resizeNode(nodeId, box)}
      />
      <Handle type="target" position={Position.Left} />
      <div className={`element ${className}`}>{children}</div>
      <Handle type="source" position={Position.Right} />
    </>
  );
}
