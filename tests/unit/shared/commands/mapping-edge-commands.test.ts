import { describe, expect, it } from 'vitest';
import {
  WORKSPACE_STACK,
  createHistory,
  execute,
  redo,
  transact,
  undo,
  undoLabel,
} from '../../../../shared/commands/history';
import { CommandError } from '../../../../shared/commands/types';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import type { EdgeId, MappingId } from '../../../../shared/model/ids';
import { mappingTo } from '../../../fixtures/model-builders';
import { A, C, D1, deepFreeze } from './fixture';
import { TAKE, TAKE_EDGE, TAKE_MAPPING, mappedDocument } from './mapped-fixture';

const edgeIds = (document: WorkspaceDocument) =>
  document.diagrams.find((d) => d.id === D1)?.edges.map((e) => e.id) ?? [];
const mappingIds = (document: WorkspaceDocument) => document.mappings.mappings.map((m) => m.id);

const drawn = {
  name: 'edge.addMapped',
  args: {
    diagramId: D1,
    edge: {
      id: 'e-new' as EdgeId,
      kind: 'mapping',
      source: TAKE,
      target: C,
      mappingId: 'm-new' as MappingId,
    },
    mapping: mappingTo('m-new', 'p-take', '1.3.3', 'partial'),
  },
} as const;

describe('a mapping drawn on a diagram: one step on the diagram stack', () => {
  it('adds the edge and the mapping, and one undo on the diagram takes both back; redo both', () => {
    const start = createHistory(deepFreeze(mappedDocument()));
    const done = execute(start, drawn, 'Map by connection');
    expect(edgeIds(done.document)).toContain('e-new');
    expect(mappingIds(done.document)).toContain('m-new');
    expect(undoLabel(done, [D1])).toBe('Map by connection');
    // The workspace's stack (the mapping table's undo) has nothing of it.
    expect(undoLabel(done, [WORKSPACE_STACK])).toBeNull();

    const undone = undo(done, [D1]);
    expect(edgeIds(undone.document)).not.toContain('e-new');
    expect(mappingIds(undone.document)).not.toContain('m-new');
    expect(undone.document).toEqual(start.document);

    const redone = redo(undone, [D1]);
    expect(redone.document).toEqual(done.document);
  });

  it('refuses an edge that is not a mapping edge naming the mapping, changing nothing', () => {
    const start = createHistory(mappedDocument());
    const wrong = { ...drawn, args: { ...drawn.args, edge: { ...drawn.args.edge, kind: 'flow' } } };
    expect(() => execute(start, wrong as never)).toThrow(CommandError);
    const other = {
      ...drawn,
      args: { ...drawn.args, edge: { ...drawn.args.edge, mappingId: 'm-other' as MappingId } },
    };
    expect(() => execute(start, other as never)).toThrow(CommandError);
  });

  it('refuses a mapping whose id is taken, leaving no edge behind', () => {
    const start = createHistory(mappedDocument());
    const taken = {
      ...drawn,
      args: {
        ...drawn.args,
        edge: { ...drawn.args.edge, mappingId: TAKE_MAPPING },
        mapping: mappingTo(TAKE_MAPPING, 'p-take', '1.3.3'),
      },
    };
    expect(() => execute(start, taken as never)).toThrow(/taken/);
  });
});

describe('deleting a mapping edge with its mapping', () => {
  it('deletes both as one step; undo puts both back where they were', () => {
    const start = createHistory(deepFreeze(mappedDocument()));
    const gone = execute(start, {
      name: 'edge.deleteMapped',
      args: { diagramId: D1, edgeIds: [TAKE_EDGE], mappingIds: [TAKE_MAPPING] },
    });
    expect(edgeIds(gone.document)).not.toContain(TAKE_EDGE);
    expect(mappingIds(gone.document)).not.toContain(TAKE_MAPPING);
    const back = undo(gone, [D1]);
    expect(back.document).toEqual(start.document);
    expect(redo(back, [D1]).document).toEqual(gone.document);
  });

  it('deletes a process node, its mapping edge and the mapping in one step', () => {
    const start = createHistory(deepFreeze(mappedDocument()));
    const gone = transact(start, 'Delete', [
      {
        name: 'edge.deleteMapped',
        args: { diagramId: D1, edgeIds: [], mappingIds: [TAKE_MAPPING] },
      },
      { name: 'element.delete', args: { diagramId: D1, ids: [TAKE, A] } },
    ]);
    expect(edgeIds(gone.document)).not.toContain(TAKE_EDGE);
    expect(mappingIds(gone.document)).toEqual([]);
    const back = undo(gone, [D1]);
    expect(back.document).toEqual(start.document);
  });

  it('refuses to delete nothing, or an edge or mapping that is not there', () => {
    const start = createHistory(mappedDocument());
    expect(() =>
      execute(start, {
        name: 'edge.deleteMapped',
        args: { diagramId: D1, edgeIds: [], mappingIds: [] },
      }),
    ).toThrow(/nothing/);
    expect(() =>
      execute(start, {
        name: 'edge.deleteMapped',
        args: { diagramId: D1, edgeIds: ['e-none' as EdgeId], mappingIds: [] },
      }),
    ).toThrow(/no edge/);
    expect(() =>
      execute(start, {
        name: 'edge.deleteMapped',
        args: { diagramId: D1, edgeIds: [], mappingIds: ['m-none' as MappingId] },
      }),
    ).toThrow(/no mapping/);
  });
});
