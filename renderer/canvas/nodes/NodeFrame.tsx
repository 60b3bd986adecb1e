import { NodeResizer } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { NodeStyle } from '../../../shared/model/diagram-schema';
import type { NodeId } from '../../../shared/model/ids';
import { resizeNode } from '../node-actions';
import { NodeHandles } from './node-handles';
import { styleVariables } from './node-style';

interface Props {
  nodeId: NodeId;
  selected: boolean;
  className: string;
  style?: NodeStyle | undefined;
  minWidth?: number;
  minHeight?: number;
  children: ReactNode;
}

/** What every node shares: its four handles, the resize frame, the body with its style preset. */
export function NodeFrame({
  nodeId,
  selected,
  className,
  style,
  minWidth = 60,
  minHeight = 32,
  children,
}: Props) {
  return (
    <>
      <NodeResizer
        isVisible={selected}
        minWidth={minWidth}
        minHeight={minHeight}
        onResizeEnd={(_event, box) => resizeNode(nodeId, box)}
      />
      <NodeHandles />
      <div className={`element ${className}`} style={styleVariables(style)}>
        {children}
      </div>
    </>
  );
}
