import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { ConnectionEdge } from '../to-flow';
import { DrawnEdge } from './DrawnEdge';

/** A flow: one step leads to the next; a solid line with an arrow head. */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<ConnectionEdge>) {
  return <DrawnEdge {...props} className="edge-flow" />;
});
