import type { DiagramNode } from '../model/diagram-schema';
import type { NodeId } from '../model/ids';
import { findDiagram, insertPlaced, removeWhere, updateDiagram } from './document-edit';
import { descendantsOf, withMembersCarried } from './group-membership';
import { CommandError, type CommandName, type CommandSpec } from './types';

function nodeOf(nodes: readonly DiagramNode[], id: NodeId, command: CommandName): DiagramNode {
  const node = nodes.find((n) => n.id === id);
  if (!node) throw new CommandError(command, `no node "${id}"`);
  return node;
}

/**
 * The nodes named by `ids`, found in one pass over the diagram (a command stays O(nodes +
 * changed), never O(nodes x changed)); throws naming the first id that is missing.
 */
function nodesByIds(
  nodes: readonly DiagramNode[],
  ids: readonly NodeId[],
  command: CommandName,
): Map<string, DiagramNode> {
  const wanted = new Set<string>(ids);
  const found = new Map<string, DiagramNode>();
  for (const node of nodes) if (wanted.has(node.id)) found.set(node.id, node);
  for (const id of ids) if (!found.has(id)) throw new CommandError(command, `no node "${id}"`);
  return found;
}

function isFinitePoint(x: number, y: number): boolean {
  return Number.isFinite(x) && Number.isFinite(y);
}

/** The highest drawing order on a diagram (0 when empty or when no node has one). */
export function topZ(nodes: readonly DiagramNode[]): number {
  let top = 0;
  for (const node of nodes) if (node.z !== undefined && node.z > top) top = node.z;
  return top;
}

/** Adds a node; one given without `z` is drawn on top of every node already there. */
export const elementAdd: CommandSpec<'element.add'> = {
  name: 'element.add',
  label: 'Add element',
  apply(document, { diagramId, node }) {
    const document2 = updateDiagram(document, diagramId, 'element.add', (d) => {
      if (d.nodes.some((n) => n.id === node.id)) {
        throw new CommandError('element.add', `a node "${node.id}" already exists`);
      }
      // A node without a drawing order goes on top of everything there is.
      const placed = node.z === undefined ? { ...node, z: topZ(d.nodes) + 1 } : node;
      return { ...d, nodes: [...d.nodes, placed] };
    });
    return {
      document: document2,
      inverse: { name: 'element.delete', args: { diagramId, ids: [node.id] } },
    };
  },
};

export const elementMove: CommandSpec<'element.move'> = {
  name: 'element.move',
  label: 'Move elements',
  apply(document, { diagramId, moves }) {
    const { diagram } = findDiagram(document, diagramId, 'element.move');
    for (const m of moves) {
      if (!isFinitePoint(m.x, m.y)) throw new CommandError('element.move', 'non-finite position');
    }
    const found = nodesByIds(
      diagram.nodes,
      moves.map((m) => m.id),
      'element.move',
    );
    const back = moves.map((m) => {
      const node = found.get(m.id) as DiagramNode;
      return { id: m.id, x: node.x, y: node.y };
    });
    // A group's members move with it; moving the group back carries them back.
    const byId = new Map(withMembersCarried(diagram.nodes, moves).map((m) => [m.id, m]));
    return {
      document: updateDiagram(document, diagramId, 'element.move', (d) => ({
        ...d,
        nodes: d.nodes.map((n) => {
          const move = byId.get(n.id);
          return move ? { ...n, x: move.x, y: move.y } : n;
        }),
      })),
      inverse: { name: 'element.move', args: { diagramId, moves: back } },
    };
  },
};

export const elementResize: CommandSpec<'element.resize'> = {
  name: 'element.resize',
  label: 'Resize element',
  apply(document, { diagramId, id, x, y, width, height }) {
    const { diagram } = findDiagram(document, diagramId, 'element.resize');
    const node = nodeOf(diagram.nodes, id, 'element.resize');
    if (!isFinitePoint(x, y) || !(width > 0) || !(height > 0)) {
      throw new CommandError('element.resize', 'position must be finite and size positive');
    }
    return {
      document: updateDiagram(document, diagramId, 'element.resize', (d) => ({
        ...d,
        nodes: d.nodes.map((n) => (n.id === id ? { ...n, x, y, width, height } : n)),
      })),
      inverse: {
        name: 'element.resize',
        args: { diagramId, id, x: node.x, y: node.y, width: node.width, height: node.height },
      },
    };
  },
};

/** The text a node shows that the analyst can edit, or null for nodes named elsewhere. */
export function editableText(node: DiagramNode): string | null {
  if (node.kind === 'box') return node.label;
  if (node.kind === 'note' || node.kind === 'text') return node.text;
  if (node.kind === 'group') return node.label;
  return null;
}

/**
 * True when a double-click or F2 edits `node`'s name in place: its own text (a box, note, text
 * or group), or the name of the company process it draws while `processes` holds it (which
 * renames the process wherever it is drawn). An eTOM process is named by its pack.
 */
export function renamesInPlace(node: DiagramNode, processes: readonly { id: string }[]): boolean {
  if (node.kind === 'process') return processes.some((p) => p.id === node.processId);
  return editableText(node) !== null;
}

export const elementRename: CommandSpec<'element.rename'> = {
  name: 'element.rename',
  label: 'Rename element',
  apply(document, { diagramId, id, text }) {
    const { diagram } = findDiagram(document, diagramId, 'element.rename');
    const node = nodeOf(diagram.nodes, id, 'element.rename');
    const before = editableText(node);
    if (before === null) {
      throw new CommandError(
        'element.rename',
        `a ${node.kind} node takes its name from its source`,
      );
    }
    return {
      document: updateDiagram(document, diagramId, 'element.rename', (d) => ({
        ...d,
        nodes: d.nodes.map((n) => {
          if (n.id !== id) return n;
          if (n.kind === 'box' || n.kind === 'group') return { ...n, label: text };
          if (n.kind === 'note' || n.kind === 'text') return { ...n, text };
          return n;
        }),
      })),
      inverse: { name: 'element.rename', args: { diagramId, id, text: before } },
    };
  },
};

export const elementDelete: CommandSpec<'element.delete'> = {
  name: 'element.delete',
  label: 'Delete elements',
  apply(document, { diagramId, ids }) {
    const { diagram } = findDiagram(document, diagramId, 'element.delete');
    nodesByIds(diagram.nodes, ids, 'element.delete');
    // A group goes with what it holds (as in Visio or draw.io); undo brings all of it back.
    const gone = new Set<string>([...ids, ...descendantsOf(diagram.nodes, ids)]);
    const nodes = removeWhere(diagram.nodes, (n) => gone.has(n.id));
    const edges = removeWhere(diagram.edges, (e) => gone.has(e.source) || gone.has(e.target));
    return {
      document: updateDiagram(document, diagramId, 'element.delete', (d) => ({
        ...d,
        nodes: nodes.kept,
        edges: edges.kept,
      })),
      inverse: {
        name: 'element.restore',
        args: { diagramId, nodes: nodes.removed, edges: edges.removed },
      },
    };
  },
};

export const elementRestore: CommandSpec<'element.restore'> = {
  name: 'element.restore',
  label: 'Restore elements',
  internal: true,
  apply(document, { diagramId, nodes, edges }) {
    const { diagram } = findDiagram(document, diagramId, 'element.restore');
    const taken = new Set<string>(diagram.nodes.map((n) => n.id));
    for (const { item } of nodes) {
      if (taken.has(item.id)) {
        throw new CommandError('element.restore', `a node "${item.id}" already exists`);
      }
    }
    return {
      document: updateDiagram(document, diagramId, 'element.restore', (d) => ({
        ...d,
        nodes: insertPlaced(d.nodes, nodes),
        edges: insertPlaced(d.edges, edges),
      })),
      inverse: {
        name: 'element.delete',
        args: { diagramId, ids: nodes.map((n) => n.item.id) },
      },
    };
  },
};
