import type { DiagramNode } from '../model/diagram-schema';
import type { NodeId } from '../model/ids';
import { findDiagram, updateDiagram } from './document-edit';
import { CommandError, type CommandSpec, type NodeMove } from './types';

/** The members of each group, by the group's id, from the nodes' `parentId`. */
function membersByGroup(nodes: readonly DiagramNode[]): Map<string, DiagramNode[]> {
  const members = new Map<string, DiagramNode[]>();
  for (const node of nodes) {
    if (node.parentId === undefined) continue;
    const list = members.get(node.parentId);
    if (list) list.push(node);
    else members.set(node.parentId, [node]);
  }
  return members;
}

/**
 * The ids of every node inside the groups `ids` (members, their members, ...), not counting
 * `ids` themselves. Coordinates are absolute, so a member is found only through `parentId`.
 */
export function descendantsOf(nodes: readonly DiagramNode[], ids: Iterable<string>): Set<string> {
  const members = membersByGroup(nodes);
  const found = new Set<string>();
  const stack = [...ids];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const member of members.get(id) ?? []) {
      if (found.has(member.id)) continue;
      found.add(member.id);
      stack.push(member.id);
    }
  }
  return found;
}

/**
 * `moves` with the members of every moved group carried along: a member that is not moved
 * itself follows the nearest moved group above it by the same distance. Node positions are
 * absolute, so this is what makes a group's members move with it. Undoing a move (moving the
 * explicitly moved nodes back) carries the members back the same way.
 */
export function withMembersCarried(
  nodes: readonly DiagramNode[],
  moves: readonly NodeMove[],
): NodeMove[] {
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const moved = new Map(moves.map((m) => [m.id as string, m]));
  const groupsMoved = moves.some((m) => byId.get(m.id)?.kind === 'group');
  if (!groupsMoved) return [...moves];
  const members = membersByGroup(nodes);
  const carried: NodeMove[] = [];
  // Walk down from each moved group, passing its shift to members that are not moved
  // themselves; a member that is moved passes its own shift further down.
  const visit = (groupId: string, dx: number, dy: number) => {
    for (const member of members.get(groupId) ?? []) {
      const own = moved.get(member.id);
      if (own) continue; // it is visited from its own move below
      carried.push({ id: member.id, x: member.x + dx, y: member.y + dy });
      visit(member.id, dx, dy);
    }
  };
  for (const move of moves) {
    const node = byId.get(move.id);
    if (node?.kind === 'group') visit(node.id, move.x - node.x, move.y - node.y);
  }
  return [...moves, ...carried];
}

/**
 * Why `node` cannot become a member of `parentId`, or null when it can: the parent must be a
 * group or lane of the diagram, and not the node itself or one of its own members.
 */
export function membershipProblem(
  nodes: readonly DiagramNode[],
  node: DiagramNode,
  parentId: NodeId | null,
): string | null {
  if (parentId === null) return null;
  const parent = nodes.find((n) => n.id === parentId);
  if (!parent) return `no node "${parentId}"`;
  if (parent.kind !== 'group') return `"${parentId}" is a ${parent.kind}, not a group or lane`;
  if (parentId === node.id || descendantsOf(nodes, [node.id]).has(parentId)) {
    return `"${node.id}" cannot go inside itself`;
  }
  return null;
}

/** A node's new group (or none): dropping a node into a group or dragging it out. */
export interface MembershipChange {
  id: NodeId;
  parentId: NodeId | null;
}

function withParent(node: DiagramNode, parentId: NodeId | null): DiagramNode {
  const rest = { ...node };
  delete rest.parentId;
  return parentId === null ? rest : { ...rest, parentId };
}

/** Puts nodes into a group or lane, or takes them out (`parentId` null). */
export const elementSetParent: CommandSpec<'element.setParent'> = {
  name: 'element.setParent',
  label: 'Change group',
  apply(document, { diagramId, changes }) {
    const { diagram } = findDiagram(document, diagramId, 'element.setParent');
    // Check the changes one after another, so that a batch cannot build a cycle.
    let nodes = diagram.nodes;
    const back: MembershipChange[] = [];
    for (const change of changes) {
      const index = nodes.findIndex((n) => n.id === change.id);
      const node = nodes[index];
      if (!node) throw new CommandError('element.setParent', `no node "${change.id}"`);
      const problem = membershipProblem(nodes, node, change.parentId);
      if (problem) throw new CommandError('element.setParent', problem);
      back.unshift({ id: change.id, parentId: node.parentId ?? null });
      nodes = nodes.slice();
      nodes[index] = withParent(node, change.parentId);
    }
    const changed = nodes;
    return {
      document: updateDiagram(document, diagramId, 'element.setParent', (d) => ({
        ...d,
        nodes: changed,
      })),
      inverse: { name: 'element.setParent', args: { diagramId, changes: back } },
    };
  },
};
