import type { EdgeTypes } from '@xyflow/react';
import { AssociationEdge } from './edges/AssociationEdge';
import { FlowEdge } from './edges/FlowEdge';
import { MappingEdge } from './edges/MappingEdge';

/** One component per edge kind, at module scope so React Flow never remounts edges. */
export const EDGE_TYPES: EdgeTypes = {
  flow: FlowEdge,
  association: AssociationEdge,
  mapping: MappingEdge,
};
