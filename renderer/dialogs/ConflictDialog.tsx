import { isDirty } from '../../shared/commands/history';
import { keepMine, reloadFromDisk, saveAsCopy } from '../state/workspace-actions';
import { useStudio } from '../state/studio-store';
import { Dialog } from './Dialog';

function dismiss() {
  useStudio.setState({ conflict: null });
}

/**
 * Disk and app disagree. After a refused save, or outside changes while there are unsaved
 * edits: reload, keep mine, or save as a copy. Outside changes with nothing unsaved: reload.
 */
export function ConflictDialog() {
  const conflict = useStudio((s) => s.conflict);
  const dirty = useStudio((s) => (s.history ? isDirty(s.history) : false));
  if (!conflict) return null;
  const choose = conflict.reason === 'save' || dirty;
  const files = conflict.files.length > 0 ? conflict.files : ['(unknown files)'];
  return (
    <Dialog
      title={choose ? 'Files changed on disk' : 'Workspace changed on disk'}
      onCancel={dismiss}
      wide
    >
      <p>
        {conflict.reason === 'save'
          ? 'Your changes were not saved, because these files changed outside eTOM Studio since they were loaded:'
          : 'These files were changed outside eTOM Studio:'}
      </p>
      <ul className="file-list">
        {files.map((f) => (
          <li key={f}>
            <code>{f}</code>
          </li>
        ))}
      </ul>
      <p>
        {choose
          ? 'Reload to take the version on disk (your unsaved changes are lost), keep yours (the disk version is overwritten), or save yours as a copy in another folder.'
          : 'You have no unsaved changes. Reload to see the new version.'}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={dismiss}>
          {choose ? 'Cancel' : 'Not now'}
        </button>
        {choose && (
          <button type="button" aria-label="Save as copy" onClick={() => void copy()}>
            Save as copy…
          </button>
        )}
        {choose && (
          <button type="button" onClick={() => void keepMine()}>
            Keep mine
          </button>
        )}
        <button type="button" className="primary" onClick={() => void reloadFromDisk()}>
          Reload from disk
        </button>
      </div>
    </Dialog>
  );
}

async function copy() {
  // The folder dialog replaces this one; the conflict returns if the copy is cancelled.
  const conflict = useStudio.getState().conflict;
  dismiss();
  if (!(await saveAsCopy())) useStudio.setState({ conflict });
}
