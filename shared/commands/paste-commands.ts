import { findDiagram, updateDiagram } from './document-edit';
import { CommandError, type CommandSpec } from './types';

/**
 * Inserts a set of new nodes and the edges between them in one go (a paste, a duplicate).
 * Every id must be new to the diagram and every edge end one of the inserted nodes or a node
 * already there. Its inverse deletes the nodes, which takes their edges with them. Costs one
 * pass over the diagram, however many elements are inserted.
 */
export const elementInsert: CommandSpec<'element.insert'> = {
  name: 'element.insert',
  label: 'Paste',
  apply(document, { diagramId, nodes, edges }) {
    const { diagram } = findDiagram(document, diagramId, 'element.insert');
    if (nodes.length === 0) throw new CommandError('element.insert', 'nothing to insert');
    const nodeIds = new Set<string>(diagram.nodes.map((n) => n.id));
    for (const node of nodes) {
      if (nodeIds.has(node.id)) {
        throw new CommandError('element.insert', `a node "${node.id}" already exists`);
      }
      nodeIds.add(node.id);
    }
    const added = new Set<string>(nodes.map((n) => n.id));
    const edgeIds = new Set<string>(diagram.edges.map((e) => e.id));
    for (const edge of edges) {
      if (edgeIds.has(edge.id)) {
        throw new CommandError('element.insert', `an edge "${edge.id}" already exists`);
      }
      edgeIds.add(edge.id);
      // Edges of an insert hang on inserted nodes, so deleting the nodes undoes them too.
      if (!added.has(edge.source) && !added.has(edge.target)) {
        throw new CommandError('element.insert', `edge "${edge.id}" touches no inserted node`);
      }
      for (const end of [edge.source, edge.target]) {
        if (!nodeIds.has(end)) throw new CommandError('element.insert', `no node "${end}"`);
      }
    }
    return {
      document: updateDiagram(document, diagramId, 'element.insert', (d) => ({
        ...d,
        nodes: [...d.nodes, ...nodes],
        edges: [...d.edges, ...edges],
      })),
      inverse: { name: 'element.delete', args: { diagramId, ids: nodes.map((n) => n.id) } },
    };
  },
};
