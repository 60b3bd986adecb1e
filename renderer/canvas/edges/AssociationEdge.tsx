import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { ConnectionEdge } from '../to-flow';
import { DrawnEdge } from './DrawnEdge';

/** An association ties a note or text to what it is about: a plain thin line, no arrow. */
export const AssociationEdge = memo(function AssociationEdge(props: EdgeProps<ConnectionEdge>) {
  return <DrawnEdge {...props} markerEnd={undefined} className="edge-association" />;
});
