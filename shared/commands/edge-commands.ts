import type { DiagramEdge } from '../model/diagram-schema';
import type { EdgeId } from '../model/ids';
import { findDiagram, insertPlaced, removeWhere, updateDiagram } from './document-edit';
import { CommandError, type CommandName, type CommandSpec } from './types';

function edgeOf(edges: readonly DiagramEdge[], id: EdgeId, command: CommandName): DiagramEdge {
  const edge = edges.find((e) => e.id === id);
  if (!edge) throw new CommandError(command, `no edge "${id}"`);
  return edge;
}

export const edgeAdd: CommandSpec<'edge.add'> = {
  name: 'edge.add',
  label: 'Connect elements',
  apply(document, { diagramId, edge }) {
    const { diagram } = findDiagram(document, diagramId, 'edge.add');
    const nodeIds = new Set<string>(diagram.nodes.map((n) => n.id));
    for (const end of [edge.source, edge.target]) {
      if (!nodeIds.has(end)) throw new CommandError('edge.add', `no node "${end}"`);
    }
    if (diagram.edges.some((e) => e.id === edge.id)) {
      throw new CommandError('edge.add', `an edge "${edge.id}" already exists`);
    }
    return {
      document: updateDiagram(document, diagramId, 'edge.add', (d) => ({
        ...d,
        edges: [...d.edges, edge],
      })),
      inverse: { name: 'edge.delete', args: { diagramId, ids: [edge.id] } },
    };
  },
};

export const edgeDelete: CommandSpec<'edge.delete'> = {
  name: 'edge.delete',
  label: 'Delete connections',
  apply(document, { diagramId, ids }) {
    const { diagram } = findDiagram(document, diagramId, 'edge.delete');
    for (const id of ids) edgeOf(diagram.edges, id, 'edge.delete');
    const gone = new Set<string>(ids);
    const edges = removeWhere(diagram.edges, (e) => gone.has(e.id));
    return {
      document: updateDiagram(document, diagramId, 'edge.delete', (d) => ({
        ...d,
        edges: edges.kept,
      })),
      inverse: { name: 'edge.restore', args: { diagramId, edges: edges.removed } },
    };
  },
};

export const edgeRestore: CommandSpec<'edge.restore'> = {
  name: 'edge.restore',
  label: 'Restore connections',
  internal: true,
  apply(document, { diagramId, edges }) {
    return {
      document: updateDiagram(document, diagramId, 'edge.restore', (d) => ({
        ...d,
        edges: insertPlaced(d.edges, edges),
      })),
      inverse: { name: 'edge.delete', args: { diagramId, ids: edges.map((e) => e.item.id) } },
    };
  },
};

export const edgeRelabel: CommandSpec<'edge.relabel'> = {
  name: 'edge.relabel',
  label: 'Label connection',
  apply(document, { diagramId, id, label }) {
    const { diagram } = findDiagram(document, diagramId, 'edge.relabel');
    const before = edgeOf(diagram.edges, id, 'edge.relabel').label;
    return {
      document: updateDiagram(document, diagramId, 'edge.relabel', (d) => ({
        ...d,
        edges: d.edges.map((e) => {
          if (e.id !== id) return e;
          // An absent label is dropped, not stored as undefined, so files stay clean.
          const rest = { ...e };
          delete rest.label;
          return label === undefined ? rest : { ...rest, label };
        }),
      })),
      inverse: { name: 'edge.relabel', args: { diagramId, id, label: before } },
    };
  },
};
