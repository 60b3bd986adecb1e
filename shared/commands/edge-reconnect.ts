import type { DiagramEdge, DiagramFile, HandleSide } from '../model/diagram-schema';
import type { NodeId } from '../model/ids';
import { findDiagram, updateDiagram } from './document-edit';
import { CommandError, type CommandSpec } from './types';

/** Where an edge's two ends are attached: nodes and, where chosen, the sides of them. */
export interface EdgeEnds {
  source: NodeId;
  target: NodeId;
  /** null: the side is not chosen (the canvas uses its default). */
  sourceHandle: HandleSide | null;
  targetHandle: HandleSide | null;
}

/** The ends of an edge as `edge.reconnect` takes them. */
export function endsOf(edge: DiagramEdge): EdgeEnds {
  return {
    source: edge.source,
    target: edge.target,
    sourceHandle: edge.sourceHandle ?? null,
    targetHandle: edge.targetHandle ?? null,
  };
}

function withEnds(edge: DiagramEdge, ends: EdgeEnds): DiagramEdge {
  const rest = { ...edge, source: ends.source, target: ends.target };
  delete rest.sourceHandle;
  delete rest.targetHandle;
  return {
    ...rest,
    ...(ends.sourceHandle === null ? {} : { sourceHandle: ends.sourceHandle }),
    ...(ends.targetHandle === null ? {} : { targetHandle: ends.targetHandle }),
  };
}

/** Why an edge of `kind` cannot run between these ends, or null when it can. */
function endsProblem(diagram: DiagramFile, edge: DiagramEdge, ends: EdgeEnds): string | null {
  const source = diagram.nodes.find((n) => n.id === ends.source);
  const target = diagram.nodes.find((n) => n.id === ends.target);
  if (!source) return `no node "${ends.source}"`;
  if (!target) return `no node "${ends.target}"`;
  if (ends.source === ends.target) return 'an edge joins two different nodes';
  // The file schema holds a mapping edge to these ends; refuse here rather than at save.
  if (edge.kind === 'mapping' && source.kind !== 'process') {
    return 'a mapping edge starts at a company process';
  }
  if (edge.kind === 'mapping' && target.kind !== 'framework') {
    return 'a mapping edge ends at a framework process';
  }
  return null;
}

/** Moves one or both ends of an edge to other nodes or other sides of them. */
export const edgeReconnect: CommandSpec<'edge.reconnect'> = {
  name: 'edge.reconnect',
  label: 'Reconnect connection',
  apply(document, { diagramId, id, ends }) {
    const { diagram } = findDiagram(document, diagramId, 'edge.reconnect');
    const edge = diagram.edges.find((e) => e.id === id);
    if (!edge) throw new CommandError('edge.reconnect', `no edge "${id}"`);
    const problem = endsProblem(diagram, edge, ends);
    if (problem) throw new CommandError('edge.reconnect', problem);
    return {
      document: updateDiagram(document, diagramId, 'edge.reconnect', (d) => ({
        ...d,
        edges: d.edges.map((e) => (e.id === id ? withEnds(e, ends) : e)),
      })),
      inverse: { name: 'edge.reconnect', args: { diagramId, id, ends: endsOf(edge) } },
    };
  },
};
