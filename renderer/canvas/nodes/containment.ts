import type { MembershipChange } from '../../../shared/commands/group-membership';
import { descendantsOf } from '../../../shared/commands/group-membership';
import type { DiagramNode } from '../../../shared/model/diagram-schema';
import type { NodeId } from '../../../shared/model/ids';

/** A dragged node where it was dropped. */
export interface Dropped {
  id: NodeId;
  x: number;
  y: number;
}

function contains(group: DiagramNode, x: number, y: number): boolean {
  return x >= group.x && x <= group.x + group.width && y >= group.y && y <= group.y + group.height;
}

/**
 * The group memberships a drop changes: a dragged node whose centre lands in a group or lane
 * becomes its member (the innermost one, where groups sit in lanes), and one dropped outside
 * every group leaves its group. Members carried along by a dragged group keep their group, and
 * a group never lands in itself or in one of its own members.
 */
export function dropMemberships(
  nodes: readonly DiagramNode[],
  dropped: readonly Dropped[],
): MembershipChange[] {
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const draggedIds = new Set<string>(dropped.map((d) => d.id));
  const carried = descendantsOf(
    nodes,
    dropped.filter((d) => byId.get(d.id)?.kind === 'group').map((d) => d.id),
  );
  // Groups that can take members: not moving, not inside something that moves.
  const groups = nodes.filter(
    (n) => n.kind === 'group' && !draggedIds.has(n.id) && !carried.has(n.id),
  );
  const changes: MembershipChange[] = [];
  for (const drop of dropped) {
    const node = byId.get(drop.id);
    if (!node || carried.has(node.id)) continue;
    const own = node.kind === 'group' ? descendantsOf(nodes, [node.id]) : new Set<string>();
    const cx = drop.x + node.width / 2;
    const cy = drop.y + node.height / 2;
    let best: DiagramNode | null = null;
    for (const group of groups) {
      if (group.id === node.id || own.has(group.id) || !contains(group, cx, cy)) continue;
      // The innermost container wins: the smallest one holding the point.
      if (!best || group.width * group.height < best.width * best.height) best = group;
    }
    const parentId = best?.id ?? null;
    if (parentId !== (node.parentId ?? null)) changes.push({ id: node.id, parentId });
  }
  return changes;
}
