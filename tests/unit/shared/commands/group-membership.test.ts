import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { createHistory, execute, transact, undo } from '../../../../shared/commands/history';
import { CommandError, type Invocation } from '../../../../shared/commands/types';
import { descendantsOf, withMembersCarried } from '../../../../shared/commands/group-membership';
import { workspaceDocumentSchema } from '../../../../shared/model/document';
import { C, D1, deepFreeze } from './fixture';
import { A, B, GROUP, LANE, groupedDocument, nodeIn } from './grouped-fixture';

const setParent = (changes: Array<{ id: typeof A; parentId: typeof A | null }>): Invocation => ({
  name: 'element.setParent',
  args: { diagramId: D1, changes },
});

const nodesOf = (doc = groupedDocument()) => doc.diagrams[0]!.nodes;

describe('group membership', () => {
  it('finds every member of a group, members of members included', () => {
    expect(descendantsOf(nodesOf(), [LANE])).toEqual(new Set([GROUP, A]));
    expect(descendantsOf(nodesOf(), [GROUP])).toEqual(new Set([A]));
    expect(descendantsOf(nodesOf(), [B])).toEqual(new Set());
  });

  it('carries members along with a moved group, by the group shift', () => {
    const moves = withMembersCarried(nodesOf(), [{ id: LANE, x: -90, y: 0 }]);
    expect(moves).toEqual([
      { id: LANE, x: -90, y: 0 },
      { id: GROUP, x: -10, y: 80 },
      { id: A, x: 10, y: 100 },
    ]);
  });

  it('lets a member moved itself keep its own place and pass its shift to its members', () => {
    const moves = withMembersCarried(nodesOf(), [
      { id: LANE, x: 0, y: -100 },
      { id: GROUP, x: -20, y: -25 },
    ]);
    expect(moves).toEqual([
      { id: LANE, x: 0, y: -100 },
      { id: GROUP, x: -20, y: -25 },
      { id: A, x: 0, y: -5 },
    ]);
  });

  it('moves members with their lane as one step, and undo puts all of them back', () => {
    const start = createHistory(deepFreeze(groupedDocument()));
    const moved = execute(start, {
      name: 'element.move',
      args: { diagramId: D1, moves: [{ id: LANE, x: -100, y: 50 }] },
    });
    expect(nodeIn(moved.document, A)).toMatchObject({ x: 0, y: 150 });
    expect(nodeIn(moved.document, GROUP)).toMatchObject({ x: -20, y: 130 });
    expect(nodeIn(moved.document, B)).toMatchObject({ x: 200, y: 0 });
    expect(undo(moved, [D1]).document).toStrictEqual(start.document);
  });

  it('puts a node into a group and takes it out again, each undoable', () => {
    const original = deepFreeze(groupedDocument());
    const into = applyCommand(original, setParent([{ id: B, parentId: LANE }]));
    expect(nodeIn(into.document, B)?.parentId).toBe(LANE);
    expect(workspaceDocumentSchema.safeParse(into.document).success).toBe(true);
    expect(applyCommand(into.document, into.inverse).document).toStrictEqual(original);

    const out = applyCommand(original, setParent([{ id: A, parentId: null }]));
    // Out of every group, the key is gone rather than stored as undefined.
    expect(Object.keys(nodeIn(out.document, A)!)).not.toContain('parentId');
    expect(applyCommand(out.document, out.inverse).document).toStrictEqual(original);
  });

  it('makes a drop into a lane (move + membership) one undo step', () => {
    const start = createHistory(deepFreeze(groupedDocument()));
    const h = transact(start, 'Move elements', [
      { name: 'element.move', args: { diagramId: D1, moves: [{ id: C, x: 300, y: 20 }] } },
      setParent([{ id: C, parentId: LANE }]),
    ]);
    expect(nodeIn(h.document, C)).toMatchObject({ x: 300, y: 20, parentId: LANE });
    expect(undo(h, [D1]).document).toStrictEqual(start.document);
  });

  it('deletes a group with what it holds, and undo restores every member with its group', () => {
    const original = deepFreeze(groupedDocument());
    const deleted = applyCommand(original, {
      name: 'element.delete',
      args: { diagramId: D1, ids: [GROUP] },
    });
    expect(nodesOf(deleted.document).map((n) => n.id)).toEqual([B, C, LANE]);
    // A's edges went with it; the file stays valid (no member left naming a missing group).
    expect(workspaceDocumentSchema.safeParse(deleted.document).success).toBe(true);
    expect(applyCommand(deleted.document, deleted.inverse).document).toStrictEqual(original);
  });

  it.each([
    ['a node that is not a group', [{ id: A, parentId: B }], /not a group or lane/],
    ['an unknown group', [{ id: A, parentId: 'n-zz' as typeof A }], /no node "n-zz"/],
    ['a group into its own member', [{ id: LANE, parentId: GROUP }], /inside itself/],
    ['a group into itself', [{ id: GROUP, parentId: GROUP }], /inside itself/],
    ['an unknown node', [{ id: 'n-zz' as typeof A, parentId: LANE }], /no node "n-zz"/],
  ])('refuses to put %s', (_title, changes, message) => {
    const original = deepFreeze(groupedDocument());
    expect(() => applyCommand(original, setParent(changes))).toThrow(CommandError);
    expect(() => applyCommand(original, setParent(changes))).toThrow(message);
  });

  it('renames lanes, groups and free text like boxes', () => {
    const { document } = applyCommand(groupedDocument(), {
      name: 'element.rename',
      args: { diagramId: D1, id: LANE, text: 'Service' },
    });
    expect(nodeIn(document, LANE)).toMatchObject({ label: 'Service' });
  });
});
