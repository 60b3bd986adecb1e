import { beforeEach, describe, expect, it } from 'vitest';
import {
  WORKSPACE_STACK,
  createHistory,
  execute,
  redo,
  undo,
} from '../../../../shared/commands/history';
import type { EdgeId, MappingId } from '../../../../shared/model/ids';
import { redoEdit, undoEdit } from '../../../../renderer/state/edit-actions';
import { useStudio } from '../../../../renderer/state/studio-store';
import { mappingTo } from '../../../fixtures/model-builders';
import { C, D1 } from '../../shared/commands/fixture';
import { TAKE, mappedDocument } from '../../shared/commands/mapped-fixture';

/*
 * A mapping drawn on a diagram lives on the diagram's stack, and its later edits on the
 * workspace's. When undo on the diagram has taken the mapping away, a redo of such an edit no
 * longer fits: it is refused with a message, not thrown out of the key handler.
 */
describe('undo and redo across the diagram and workspace stacks', () => {
  beforeEach(() => {
    let history = createHistory(mappedDocument());
    history = execute(history, {
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
        mapping: mappingTo('m-new', 'p-take', '1.3.3'),
      },
    });
    history = execute(history, {
      name: 'mapping.edit',
      args: { edits: [{ id: 'm-new' as MappingId, set: { status: 'approved' } }] },
    });
    // The edit undone in the table, then the drawing undone on the diagram.
    history = undo(undo(history, [WORKSPACE_STACK]), [D1]);
    useStudio.setState({
      history,
      error: null,
      workspace: { handle: 'h', path: '/w', readOnly: null, lockedBy: null, problems: [] },
    });
  });

  it('refuses a redo that no longer fits, saying why, and changes nothing', () => {
    const before = useStudio.getState().history;
    expect(() => redoEdit([WORKSPACE_STACK])).not.toThrow();
    expect(useStudio.getState().history).toBe(before);
    expect(useStudio.getState().error?.message).toContain('no mapping "m-new"');
    // The diagram's redo still brings the edge and the mapping back.
    redoEdit([D1]);
    expect(useStudio.getState().history?.document.mappings.mappings.map((m) => m.id)).toContain(
      'm-new',
    );
  });

  it('undo refuses the same way', () => {
    const history = useStudio.getState().history!;
    // Redo both, then take the mapping away behind the workspace step's back.
    const both = redo(redo(history, [D1]), [WORKSPACE_STACK]);
    const gone = execute(both, {
      name: 'edge.deleteMapped',
      args: { diagramId: D1, edgeIds: [], mappingIds: ['m-new' as MappingId] },
    });
    useStudio.setState({ history: gone });
    // The latest workspace step is the edit of a mapping that is gone.
    expect(() => undoEdit([WORKSPACE_STACK])).not.toThrow();
    expect(useStudio.getState().error?.message).toContain('no mapping "m-new"');
  });
});
