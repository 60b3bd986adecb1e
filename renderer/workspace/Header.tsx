import { canRedo, canUndo, isDirty, redoLabel, undoLabel } from '../../shared/commands/history';
import { WORKSPACE_STACK, type StackKey } from '../../shared/commands/history';
import { redoEdit, undoEdit } from '../state/edit-actions';
import type { DiagramId } from '../../shared/model/ids';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';
import {
  closeWorkspace,
  openWorkspaceFromDialog,
  saveAsCopy,
  saveWorkspace,
} from '../state/workspace-actions';

/** The banner: workspace name with the unsaved marker, file and edit actions. */
export function Header() {
  const name = useStudio((s) => s.history?.document.workspace.name ?? '');
  const path = useStudio((s) => s.workspace?.path ?? '');
  const dirty = useStudio((s) => (s.history ? isDirty(s.history) : false));
  const keys = (tab: DiagramId | null): StackKey[] =>
    tab ? [tab, WORKSPACE_STACK] : [WORKSPACE_STACK];
  const undoable = useStudio((s) =>
    s.history ? canUndo(s.history, keys(diagramOf(s.activeTab))) : false,
  );
  const redoable = useStudio((s) =>
    s.history ? canRedo(s.history, keys(diagramOf(s.activeTab))) : false,
  );
  const undoTitle = useStudio((s) =>
    s.history ? undoLabel(s.history, keys(diagramOf(s.activeTab))) : null,
  );
  const redoTitle = useStudio((s) =>
    s.history ? redoLabel(s.history, keys(diagramOf(s.activeTab))) : null,
  );
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const saving = useStudio((s) => s.saveStatus.kind === 'saving');

  return (
    <header className="app-header">
      <div className="brand" aria-hidden="true">
        eT
      </div>
      <div className="title-block">
        <h1 className="workspace-name">
          {name}
          {dirty && (
            <>
              <span className="unsaved-dot" aria-hidden="true" title="Unsaved changes">
                {' ●'}
              </span>
              <span className="visually-hidden"> (unsaved changes)</span>
            </>
          )}
        </h1>
        <span className="workspace-path" title={path}>
          {path}
        </span>
      </div>
      <div className="header-actions" role="toolbar" aria-label="Workspace">
        <button
          type="button"
          onClick={undoEdit}
          disabled={!undoable || readOnly}
          title={undoTitle ? `Undo ${undoTitle} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={redoEdit}
          disabled={!redoable || readOnly}
          title={redoTitle ? `Redo ${redoTitle} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}
        >
          Redo
        </button>
        <span className="divider" aria-hidden="true" />
        <button
          type="button"
          className="primary"
          onClick={() => void saveWorkspace()}
          disabled={readOnly || saving}
          title="Save (Ctrl+S)"
        >
          Save
        </button>
        {readOnly && (
          <button type="button" aria-label="Save a copy" onClick={() => void saveAsCopy()}>
            Save a copy…
          </button>
        )}
        <button
          type="button"
          onClick={() => void openWorkspaceFromDialog()}
          title="Open workspace (Ctrl+O)"
        >
          Open workspace
        </button>
        <button type="button" className="quiet" onClick={() => void closeWorkspace()}>
          Close workspace
        </button>
      </div>
    </header>
  );
}
