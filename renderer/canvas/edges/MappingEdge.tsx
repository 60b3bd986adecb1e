import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { ConnectionEdge } from '../to-flow';
import { DrawnEdge } from './DrawnEdge';

/**
 * A mapping of mappings.json drawn on the diagram: from a company process to the eTOM process
 * it maps to, dashed, with an open arrow head. What the mapping says lives in mappings.json.
 */
export const MappingEdge = memo(function MappingEdge(props: EdgeProps<ConnectionEdge>) {
  return <DrawnEdge {...props} className="edge-mapping" />;
});
