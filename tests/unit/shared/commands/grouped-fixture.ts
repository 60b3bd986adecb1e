import type { WorkspaceDocument } from '../../../../shared/model/document';
import type { DiagramNode } from '../../../../shared/model/diagram-schema';
import type { NodeId } from '../../../../shared/model/ids';
import { A, B, D1, sampleDocument } from './fixture';

/** A lane holding a group that holds box A; note B and framework node C stand outside. */
export const LANE = 'n-lane' as NodeId;
export const GROUP = 'n-group' as NodeId;

/** sampleDocument() with a lane on the first diagram, a group in the lane and A in the group. */
export function groupedDocument(): WorkspaceDocument {
  const document = sampleDocument();
  const lane: DiagramNode = {
    id: LANE,
    kind: 'group',
    variant: 'lane',
    x: -100,
    y: -100,
    width: 800,
    height: 300,
    label: 'Customer',
  };
  const group: DiagramNode = {
    id: GROUP,
    kind: 'group',
    variant: 'group',
    parentId: LANE,
    x: -20,
    y: -20,
    width: 160,
    height: 100,
    label: 'Capture',
  };
  return {
    ...document,
    diagrams: document.diagrams.map((d) =>
      d.id === D1
        ? {
            ...d,
            nodes: [
              ...d.nodes.map((n) => (n.id === A ? { ...n, parentId: GROUP } : n)),
              lane,
              group,
            ],
          }
        : d,
    ),
  };
}

/** A node of the first diagram, by id. */
export function nodeIn(document: WorkspaceDocument, id: NodeId): DiagramNode | undefined {
  return document.diagrams.find((d) => d.id === D1)?.nodes.find((n) => n.id === id);
}

export { A, B };
