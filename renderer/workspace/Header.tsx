import { isDirty, redoLabel, undoLabel } from '../../shared/commands/history';
import { undoStacksOf } from '../actions/context';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';
import { ActionToolbar } from '../ui/ActionToolbar';

/** The banner: workspace name with the unsaved marker, and the workspace toolbar. */
export function Header() {
  const name = useStudio((s) => s.history?.document.workspace.name ?? '');
  const path = useStudio((s) => s.workspace?.path ?? '');
  const dirty = useStudio((s) => (s.history ? isDirty(s.history) : false));
  const undoTitle = useStudio((s) =>
    s.history ? undoLabel(s.history, undoStacksOf(diagramOf(s.activeTab))) : null,
  );
  const redoTitle = useStudio((s) =>
    s.history ? redoLabel(s.history, undoStacksOf(diagramOf(s.activeTab))) : null,
  );

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
      <ActionToolbar
        bar="workspace"
        label="Workspace"
        // Save stands out while there is something to save; saved, it is a button like the rest.
        classes={{ ...(dirty ? { 'workspace.save': 'primary' } : {}), 'workspace.close': 'quiet' }}
        details={{ 'edit.undo': undoTitle, 'edit.redo': redoTitle }}
      />
    </header>
  );
}
