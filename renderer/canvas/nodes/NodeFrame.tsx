import { NodeResizer } from '@xyflow/react';
import { useCallback, type ReactNode } from 'react';
import type { NodeStyle } from '../../../shared/model/diagram-schema';
import type { NodeId } from '../../../shared/model/ids';
import { resizeNode } from '../node-actions';
import { NodeHandles } from './node-handles';
import { styleVariables } from './node-style';
import { useSelectedAlone } from './sole-selection';

interface Props {
  nodeId: NodeId;
  selected: boolean;
  className: string;
  style?: NodeStyle | undefined;
  minWidth?: number;
  minHeight?: number;
  children: ReactNode;
}

/** The resize frame, shown on a node selected alone (see sole-selection.ts). */
function ResizeGrips({
  nodeId,
  alone,
  minWidth,
  minHeight,
}: {
  nodeId: NodeId;
  alone: boolean;
  minWidth: number;
  minHeight: number;
}) {
  // Stable, so the resize grips are not unbound and bound again whenever the node draws.
  const onResizeEnd = useCallback(
    (_event: unknown, box: { x: number; y: number; width: number; height: number }) =>
      resizeNode(nodeId, box),
    [nodeId],
  );
  return (
    <NodeResizer
      isVisible={alone}
      minWidth={minWidth}
      minHeight={minHeight}
      onResizeEnd={onResizeEnd}
    />
  );
}

/**
 * What every node shares: its four handles (shown on a node selected alone), the resize frame,
 * the body with its style preset.
 */
export function NodeFrame({
  nodeId,
  selected,
  className,
  style,
  minWidth = 60,
  minHeight = 32,
  children,
}: Props) {
  const alone = useSelectedAlone(nodeId);
  return (
    <>
      {selected && (
        <ResizeGrips nodeId={nodeId} alone={alone} minWidth={minWidth} minHeight={minHeight} />
      )}
      <NodeHandles shown={alone} />
      <div className={`element ${className}`} style={styleVariables(style)}>
        {children}
      </div>
    </>
  );
}
