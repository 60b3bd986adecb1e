import type { Invocation } from '../commands/types';
import type { DiagramEdge, DiagramFile, DiagramNode } from '../model/diagram-schema';
import type { WorkspaceDocument } from '../model/document';
import type { FrameworkTarget } from '../model/framework-ref';
import type { Mapping } from '../model/mapping-schema';
import type { Stamp } from './mapping-stamps';
import { draftMapping, existingMapping } from './new-mapping';

type CompanyNode = Extract<DiagramNode, { kind: 'process' }>;
type FrameworkNode = Extract<DiagramNode, { kind: 'framework' }>;

/** What connecting two nodes does. */
export type ConnectionPlan =
  /** Not a company process and an eTOM process: an ordinary connection (flow or association). */
  | { kind: 'plain' }
  /** A mapping edge; `created` tells whether the mapping is new or one that existed already. */
  | { kind: 'mapping'; invocation: Invocation; mapping: Mapping; created: boolean }
  /** A mapping edge that cannot be made (the eTOM process's pack is not available). */
  | { kind: 'refused'; reason: string };

/** `edge` turned around: its ends and their sides swapped. */
function reversed(edge: DiagramEdge): DiagramEdge {
  const turned: DiagramEdge = { ...edge, source: edge.target, target: edge.source };
  delete turned.sourceHandle;
  delete turned.targetHandle;
  if (edge.targetHandle !== undefined) turned.sourceHandle = edge.targetHandle;
  if (edge.sourceHandle !== undefined) turned.targetHandle = edge.sourceHandle;
  return turned;
}

/**
 * What a connection drawn on `diagram` means. Between a company process node and an eTOM
 * (framework) node, in either direction, it is a mapping edge from the company process to the
 * eTOM process: it draws the mapping between the two when one exists, or creates a draft one
 * (the workspace's default alignment) together with the edge, as one step on the diagram's
 * stack (`edge.addMapped`). Any other pair of nodes gets an ordinary connection.
 *
 * @param edge the connection as drawn (its id, ends and sides; its kind is replaced).
 * @param targetOf the reference a mapping keeps to a framework process (with its release and
 *   UID), or null when that pack is not available.
 */
export function planConnection(
  document: WorkspaceDocument,
  diagram: DiagramFile,
  edge: DiagramEdge,
  targetOf: (pack: string, id: string) => FrameworkTarget | null,
  stamp: Stamp,
): ConnectionPlan {
  const source = diagram.nodes.find((n) => n.id === edge.source);
  const target = diagram.nodes.find((n) => n.id === edge.target);
  let ends: { company: CompanyNode; framework: FrameworkNode; oriented: DiagramEdge };
  if (source?.kind === 'process' && target?.kind === 'framework') {
    ends = { company: source, framework: target, oriented: edge };
  } else if (source?.kind === 'framework' && target?.kind === 'process') {
    ends = { company: target, framework: source, oriented: reversed(edge) };
  } else {
    return { kind: 'plain' };
  }
  const { company, framework, oriented } = ends;

  const found = existingMapping(document, company.processId, {
    pack: framework.pack,
    id: framework.processId,
  });
  if (found) {
    return {
      kind: 'mapping',
      created: false,
      mapping: found,
      invocation: {
        name: 'edge.add',
        args: {
          diagramId: diagram.id,
          edge: { ...oriented, kind: 'mapping', mappingId: found.id },
        },
      },
    };
  }
  const reference = targetOf(framework.pack, framework.processId);
  if (!reference) {
    return {
      kind: 'refused',
      reason: `the pack "${framework.pack}" of ${framework.processId} is not available, so no mapping can refer to it`,
    };
  }
  const mapping = draftMapping(document, company.processId, reference, stamp);
  return {
    kind: 'mapping',
    created: true,
    mapping,
    invocation: {
      name: 'edge.addMapped',
      args: {
        diagramId: diagram.id,
        edge: { ...oriented, kind: 'mapping', mappingId: mapping.id },
        mapping,
      },
    },
  };
}
