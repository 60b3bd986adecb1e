import type { WorkspaceDocument } from '../../../../shared/model/document';
import type { DiagramEdge, DiagramNode } from '../../../../shared/model/diagram-schema';
import type { EdgeId, MappingId, NodeId } from '../../../../shared/model/ids';
import { C, D1, sampleDocument } from './fixture';

/** A node of company process p-take on the first diagram. */
export const TAKE = 'n-take' as NodeId;
/** A mapping edge from TAKE to framework node C (1.3.3), drawing mapping m-take. */
export const TAKE_EDGE = 'e-take' as EdgeId;
export const TAKE_MAPPING = 'm-take' as MappingId;

/** sampleDocument() with a company process node mapped by an edge to framework node C. */
export function mappedDocument(): WorkspaceDocument {
  const document = sampleDocument();
  const node: DiagramNode = {
    id: TAKE,
    kind: 'process',
    processId: 'p-take' as never,
    x: 0,
    y: 200,
    width: 120,
    height: 60,
  };
  const edge: DiagramEdge = {
    id: TAKE_EDGE,
    kind: 'mapping',
    source: TAKE,
    target: C,
    mappingId: TAKE_MAPPING,
  };
  return {
    ...document,
    diagrams: document.diagrams.map((d) =>
      d.id === D1 ? { ...d, nodes: [...d.nodes, node], edges: [...d.edges, edge] } : d,
    ),
  };
}
