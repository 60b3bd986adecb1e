import type { DiagramNode } from '../model/diagram-schema';
import type { NodeId } from '../model/ids';
import { findDiagram, updateDiagram } from './document-edit';
import { CommandError, type CommandName, type CommandSpec, type NodeOrder } from './types';

const Z_LIMIT = 1_000_000_000;

/** The nodes of `ids`, in that order, or a CommandError naming the first unknown one. */
function nodesOf(
  nodes: readonly DiagramNode[],
  ids: readonly NodeId[],
  command: CommandName,
): DiagramNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return ids.map((id) => {
    const node = byId.get(id);
    if (!node) throw new CommandError(command, `no node "${id}"`);
    return node;
  });
}

/**
 * Sets the drawing order of some nodes (bring forward, send back, to front, to back). A `z` of
 * null removes the field, as older files had it, so the inverse gives back exactly what was.
 */
export const elementReorder: CommandSpec<'element.reorder'> = {
  name: 'element.reorder',
  label: 'Change drawing order',
  apply(document, { diagramId, orders }) {
    const { diagram } = findDiagram(document, diagramId, 'element.reorder');
    for (const o of orders) {
      if (o.z !== null && (!Number.isInteger(o.z) || Math.abs(o.z) > Z_LIMIT)) {
        throw new CommandError('element.reorder', `drawing order ${o.z} is out of range`);
      }
    }
    const before = nodesOf(
      diagram.nodes,
      orders.map((o) => o.id),
      'element.reorder',
    );
    const back: NodeOrder[] = before.map((n) => ({ id: n.id, z: n.z ?? null }));
    const byId = new Map(orders.map((o) => [o.id, o.z]));
    return {
      document: updateDiagram(document, diagramId, 'element.reorder', (d) => ({
        ...d,
        nodes: d.nodes.map((n) => {
          if (!byId.has(n.id)) return n;
          const z = byId.get(n.id);
          if (z === null || z === undefined) {
            const rest = { ...n };
            delete rest.z;
            return rest;
          }
          return { ...n, z };
        }),
      })),
      inverse: { name: 'element.reorder', args: { diagramId, orders: back } },
    };
  },
};

/**
 * Locks or unlocks nodes: a locked node is neither moved, resized nor deleted by the editor
 * until unlocked. Only the nodes whose state changes are recorded in the inverse.
 */
export const elementLock: CommandSpec<'element.lock'> = {
  name: 'element.lock',
  label: 'Lock elements',
  apply(document, { diagramId, ids, locked }) {
    const { diagram } = findDiagram(document, diagramId, 'element.lock');
    const changed = nodesOf(diagram.nodes, ids, 'element.lock')
      .filter((n) => (n.locked === true) !== locked)
      .map((n) => n.id);
    const change = new Set<string>(changed);
    return {
      document: updateDiagram(document, diagramId, 'element.lock', (d) => ({
        ...d,
        nodes: d.nodes.map((n) => {
          if (!change.has(n.id)) return n;
          if (locked) return { ...n, locked: true as const };
          const rest = { ...n };
          delete rest.locked;
          return rest;
        }),
      })),
      inverse: { name: 'element.lock', args: { diagramId, ids: changed, locked: !locked } },
    };
  },
};
